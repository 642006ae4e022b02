/**
 * Measures SqliteStore.putArticle throughput on a file database.
 *
 *   npx tsx bench/store.ts [count=10000] [db=/tmp/parallax-bench.db]
 *
 * Articles are ~5 KB of Zipf-distributed words (so common 3-grams recur as in prose), with an HTML raw body;
 * every tenth is a republished copy of an earlier one with a disclaimer appended, to exercise copy linking.
 * Deterministic: a seeded generator, fixed clock.
 */
import { readFileSync, rmSync, statSync } from "node:fs";
import wordListPath from "word-list";
import { contentHash } from "../src/ingest/clean.js";
import { newArticle } from "../src/pipeline.js";
import type { Article } from "../src/article.js";
import { openSqliteStore } from "../src/store/sqlite/SqliteStore.js";

const count = Number(process.argv[2] ?? 10_000) || 10_000;
const path = process.argv[3] ?? "/tmp/parallax-bench.db";

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(42);
const vocabulary = readFileSync(wordListPath, "utf8").split("\n").slice(0, 30_000);
// Zipf(s=1) by inverse CDF over ranks: rank r drawn with probability ∝ 1/r.
const harmonic = Math.log(vocabulary.length) + 0.5772;
const word = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(random() * harmonic)) - 1)] ?? "the";

function paragraph(): string {
  const sentences: string[] = [];
  for (let s = 0; s < 4; s++) {
    const words = Array.from({ length: 12 + Math.floor(random() * 14) }, word);
    sentences.push(words.join(" ") + ".");
  }
  return sentences.join(" ");
}

function articleText(): string {
  const paragraphs: string[] = [];
  while (paragraphs.join("\n\n").length < 5_000) paragraphs.push(paragraph());
  return paragraphs.join("\n\n");
}

function makeArticle(i: number, text: string): Article {
  const body = `<html><head><title>Article ${i}</title></head><body><article><p>${text.replace(/\n\n/g, "</p>\n<p>")}</p></article></body></html>`;
  const article = newArticle({ source: `bench/${i}.html`, format: "html", body, meta: {}, encoding: "utf-8" });
  article.id = `a-${i}`;
  article.text = text;
  article.contentHash = contentHash(text);
  article.meta = { ...article.meta, title: `Article ${i}`, outlet: `outlet-${i % 50}`, language: "en" };
  article.meta.url = `https://outlet-${i % 50}.example/news/${i}`;
  article.meta.published = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
  return article;
}

const texts: string[] = [];
const articles: Article[] = [];
for (let i = 0; i < count; i++) {
  const source = texts[Math.floor(random() * texts.length)];
  const text =
    i % 10 === 9 && source
      ? `${source}\n\nThis story was republished under a content-sharing agreement.`
      : articleText();
  texts.push(text);
  articles.push(makeArticle(i, text));
}
const bytes = articles.reduce((n, a) => n + a.text.length, 0);

rmSync(path, { force: true });
rmSync(`${path}-wal`, { force: true });
rmSync(`${path}-shm`, { force: true });
const store = await openSqliteStore(path, { now: () => new Date("2024-06-01T00:00:00Z") });
const tally = { new: 0, copy: 0, duplicate: 0 };
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
for (const article of articles) tally[(await store.putArticle(article)).status]++;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStarted);
// CPU time as well as wall time: on a shared machine the wall clock includes waiting for a core.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const stats = await store.stats();
await store.close();

const size = (p: string) => {
  try {
    return statSync(p).size;
  } catch {
    return 0;
  }
};
console.log(
  JSON.stringify(
    {
      articles: count,
      avgTextBytes: Math.round(bytes / count),
      seconds: Number(seconds.toFixed(2)),
      articlesPerSecond: Math.round(count / seconds),
      cpuSeconds: Number(cpuSeconds.toFixed(2)),
      articlesPerCpuSecond: Math.round(count / cpuSeconds),
      outcomes: tally,
      stats,
      dbMegabytes: Number(((size(path) + size(`${path}-wal`)) / 1e6).toFixed(1)),
    },
    null,
    2,
  ),
);
