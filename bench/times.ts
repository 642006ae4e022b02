/**
 * Speed of the times stage on ~700-word news articles: TempEval-3 texts (TBAQ + platinum) joined into
 * 700-word articles, each with its own publication date.
 *
 *   npx tsx bench/times.ts
 */
import { fileURLToPath } from "node:url";
import { findTimes } from "../src/analyze/times/findTimes.js";
import { readCorpus } from "../eval/times.js";

export interface TimesBench {
  articles: number;
  wordsPerArticle: number;
  articlesPerSecond: number;
  msPerArticle: number;
}

export function benchTimes(rounds = 5): TimesBench {
  const docs = [...readCorpus("TBAQ-cleaned"), ...readCorpus("te3-platinum")];
  const articles: Array<{ text: string; published: string }> = [];
  let parts: string[] = [];
  let count = 0;
  let published = "";
  for (const d of docs) {
    if (parts.length === 0) published = d.dct;
    parts.push(d.text);
    count += d.text.split(/\s+/).filter(Boolean).length;
    if (count >= 700) {
      articles.push({ text: parts.join("\n\n"), published });
      parts = [];
      count = 0;
    }
  }
  for (const a of articles) findTimes(a.text, a.published); // warm up
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const a of articles) findTimes(a.text, a.published);
  const seconds = (performance.now() - t0) / 1000 / rounds;
  const totalWords = articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
  return {
    articles: articles.length,
    wordsPerArticle: Math.round(totalWords / articles.length),
    articlesPerSecond: articles.length / seconds,
    msPerArticle: (seconds * 1000) / articles.length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const b = benchTimes();
  console.log(
    `times: ${b.articles} articles of ~${b.wordsPerArticle} words: ${b.articlesPerSecond.toFixed(0)} articles/s, ${b.msPerArticle.toFixed(3)} ms/article`,
  );
}
