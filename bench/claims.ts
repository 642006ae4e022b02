/**
 * Speed of the claims stage on news articles of ~750 words: the PolNeAR test texts (read from ../shared/eval at
 * bench time, never copied), after the stages claims reads from (segment, actors, times).
 *
 *   npx tsx bench/claims.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/article.js";
import { actors } from "../src/analyze/actors/index.js";
import { findClaims } from "../src/analyze/claims/findClaims.js";
import { segment } from "../src/analyze/segment.js";
import { times } from "../src/analyze/times/times.js";
import { clean } from "../src/ingest/clean.js";
import { newArticle } from "../src/pipeline.js";
import { defaultContext } from "../src/stage.js";

const corpus = new URL("../../shared/eval/polnear/data/test/text/", import.meta.url);

export interface ClaimsBench {
  articles: number;
  wordsPerArticle: number;
  claimsPerArticle: number;
  /** Best of several rounds: the machine is shared, the best round is the least disturbed. */
  msPerArticle: number;
  articlesPerSecond: number;
}

function prepared(): Article[] {
  const dir = fileURLToPath(corpus);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const published = /_(\d{4}-\d{2}-\d{2})_/u.exec(file)?.[1] ?? null;
      const article = newArticle({
        source: file,
        format: "text",
        body: readFileSync(dir + file, "utf8"),
        meta: { published },
      });
      for (const stage of [clean, segment, actors, times]) stage.run(article, defaultContext);
      return article;
    });
}

export function benchClaims(rounds = 7, repeat = 5): ClaimsBench {
  const articles = prepared();
  const run = (a: Article): number =>
    findClaims(a.text, {
      sentences: a.sentences,
      times: a.times,
      mentions: a.mentions,
      quotes: a.quotes,
      published: a.meta.published,
    }).length;
  let claims = 0;
  for (const a of articles) claims += run(a); // warm up
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let k = 0; k < repeat; k++) for (const a of articles) run(a);
    best = Math.min(best, (performance.now() - t0) / (repeat * articles.length));
  }
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/u).filter(Boolean).length, 0);
  return {
    articles: articles.length,
    wordsPerArticle: Math.round(words / articles.length),
    claimsPerArticle: claims / articles.length,
    msPerArticle: best,
    articlesPerSecond: 1000 / best,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const b = benchClaims();
  console.log(
    `claims: ${b.articles} articles of ~${b.wordsPerArticle} words, ${b.claimsPerArticle.toFixed(1)} claims each: ` +
      `${b.msPerArticle.toFixed(3)} ms/article, ${b.articlesPerSecond.toFixed(0)} articles/s`,
  );
}
