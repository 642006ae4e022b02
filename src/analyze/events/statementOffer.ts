import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/**
 * Nouns of words and views that an offer of which is a statement, not an intent to cooperate: "offered a strong
 * critique", "offered an emphatic yes", "offered his support for the candidacy".
 */
const statementNouns = new Set([
  "critique",
  "criticism",
  "yes",
  "no",
  "thanks",
  "praise",
  "support",
  "defense",
  "defence",
  "explanation",
  "explanations",
  "assessment",
  "view",
  "views",
  "opinion",
  "comment",
  "comments",
  "remarks",
  "response",
  "answer",
  "answers",
  "rebuttal",
  "endorsement",
  "hint",
  "glimpse",
  "account",
  "reminder",
  "prediction",
  "theory",
  "excuse",
  "excuses",
  "argument",
  "arguments",
  "insight",
  "insights",
  "words",
  "thoughts",
  "reaction",
  "reactions",
  "doubts",
  "doubt",
  "hope",
  "hopes",
  "vision",
  "timeline",
  "suggestion",
  "suggestions",
  "advice",
  "details",
  "perspective",
  "rationale",
  "testimony",
]);
/** Words of the object read from the verb to its noun: "offered an emphatic “yes”", "offered a strong critique". */
const maxObjectWords = 4;
const lowerWord = /^[a-z][a-z-]*$/;
/** Quotation marks between the verb and its object. */
const quoteMarks = new Set(['"', "“", "”", "'", "‘", "’"]);

/**
 * Whether an offer (coded 03) offers words or a view, which is a statement, not an intent to cooperate: "Steele
 * offered a strong critique of Obama's strategy", "Trump offered an emphatic “yes”", "Paul offered his support for
 * Labrador's candidacy". "Libya offered to hand over two suspects", "Syria offered its troops" and "offered him the
 * job" stay offers.
 *
 * @example statementOffer(words("he offered a strong critique of Obama"), match at "offered", "030") // → true
 */
export function statementOffer(words: readonly Word[], match: PatternMatch, code: string): boolean {
  if (match.form.lemma !== "offer" || !code.startsWith("03")) return false;
  for (let k = match.head + 1; k < words.length && k <= match.head + maxObjectWords; k++) {
    const w = (words[k] as Word).norm;
    // "offered swift, negative reactions": a comma between adjectives.
    if (quoteMarks.has(w) || w === ",") continue;
    // "offered to support the plan": an infinitive offers an act.
    if (w === "to") return false;
    if (statementNouns.has(w)) return true;
    if (!lowerWord.test(w)) return false;
  }
  return false;
}
