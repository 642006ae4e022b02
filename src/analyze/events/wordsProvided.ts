import { cameoRoot } from "./cameoCodes.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Lemmas of giving that code aid (07) or its intent (03). */
const givingLemmas = new Set(["provide", "give", "offer"]);
/** Roots of aid and of the intent to give it. */
const aidRoots = new Set(["07", "03"]);
/** Things of words, votes and papers, whose giving is no aid: "provided votes to fund", "gave testimony". */
const wordNouns = new Set([
  "information",
  "excerpts",
  "testimony",
  "votes",
  "vote",
  "assurance",
  "assurances",
  "update",
  "updates",
  "briefing",
  "briefings",
  "answers",
  "answer",
  "explanation",
  "account",
  "evidence",
  "list",
  "statement",
  "comment",
  "comments",
  "quote",
  "interview",
  "interviews",
  "analysis",
  "estimate",
  "magnet",
]);
/** Words read after the verb for its object, or before it for a reduced relative: "excerpts … provided by". */
const maxGap = 4;
const lowerWord = /^[a-z][a-z-]*$/;

/**
 * Whether a verb of giving coded as aid gives words, votes or papers, which is no aid: "Democrats provided votes to
 * fund the government", "offered a critical vote of confidence", "excerpts from his speech provided by his campaign", "provided a magnet for immigrants". "The
 * US provided weapons to Ukraine" and "gave $2 billion in aid" stay aid.
 *
 * @example wordsProvided(words("Democrats provided votes to fund the government"), match at "provided", "070") // → true
 */
export function wordsProvided(words: readonly Word[], match: PatternMatch, code: string): boolean {
  if (!givingLemmas.has(match.form.lemma) || !aidRoots.has(cameoRoot(code))) return false;
  for (let k = match.head + 1; k < words.length && k <= match.head + maxGap; k++) {
    const w = (words[k] as Word).norm;
    if (wordNouns.has(w)) return true;
    if (!lowerWord.test(w)) break;
  }
  // "excerpts from his speech provided by his campaign": the thing before a reduced relative.
  if (words[match.head + 1]?.norm === "by") {
    for (let k = match.head - 1; k >= 0 && k >= match.head - maxGap; k--) {
      if (wordNouns.has(words[k]?.norm ?? "")) return true;
    }
  }
  return false;
}
