/**
 * Speed of the quotes stage on the PolNeAR test texts (political news, ~700 words on average): sentences are
 * split once up front (segment time reported separately), then findQuotes runs over every article.
 *
 *   npx tsx bench/quotes.ts
 */
import { fileURLToPath } from "node:url";
import { readSplit } from "../eval/quotes.js";
import { findQuotes } from "../src/analyze/quotes/findQuotes.js";
import { splitSentences } from "../src/analyze/segment/splitSentences.js";

export interface QuotesBench {
  articles: number;
  wordsPerArticle: number;
  /** findQuotes alone, sentences given. */
  articlesPerSecond: number;
  msPerArticle: number;
  /** splitSentences alone, for comparison. */
  segmentMsPerArticle: number;
}

export function benchQuotes(rounds = 20): QuotesBench {
  const articles = readSplit("test").map((d) => ({ text: d.text, sentences: splitSentences(d.text) }));
  for (let r = 0; r < 3; r++) for (const a of articles) findQuotes(a.text, a.sentences); // warm up the JIT
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const a of articles) findQuotes(a.text, a.sentences);
  const seconds = (performance.now() - t0) / 1000 / rounds;
  const t1 = performance.now();
  for (let r = 0; r < rounds; r++) for (const a of articles) splitSentences(a.text);
  const segmentSeconds = (performance.now() - t1) / 1000 / rounds;
  const totalWords = articles.reduce((n, a) => n + a.text.split(/\s+/u).filter(Boolean).length, 0);
  return {
    articles: articles.length,
    wordsPerArticle: Math.round(totalWords / articles.length),
    articlesPerSecond: articles.length / seconds,
    msPerArticle: (seconds * 1000) / articles.length,
    segmentMsPerArticle: (segmentSeconds * 1000) / articles.length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const b = benchQuotes();
  console.log(
    `quotes: ${b.articles} articles of ~${b.wordsPerArticle} words: ${b.articlesPerSecond.toFixed(0)} articles/s, ${b.msPerArticle.toFixed(3)} ms/article (segment ${b.segmentMsPerArticle.toFixed(3)} ms/article, not included)`,
  );
}
