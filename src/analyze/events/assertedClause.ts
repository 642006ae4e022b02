import type { ActorSlot } from "./actorSlots.js";
import { cameoRoot } from "./cameoCodes.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/**
 * Verbs that either demand or yield (by their dictionary code) or, with a clause of fact after them, only assert:
 * "insisted that the government does not obtain data" (no demand), "conceded that the program existed" (no
 * concession to anyone).
 */
const assertingLemmas: ReadonlyMap<string, string> = new Map([
  ["insist", "10"],
  ["concede", "08"],
]);
/**
 * Finite verbs and modals of a clause that states a fact or a prediction. A bare verb ("insisted that Congress
 * appropriate the money") or "must"/"should" ("insisted that Hamas must disarm") makes the clause a demand.
 */
const finiteWords = new Set([
  "is",
  "are",
  "was",
  "were",
  "'s",
  "has",
  "had",
  "does",
  "did",
  "do",
  "will",
  "would",
  "'d",
  "'ll",
  "can",
  "could",
  "may",
  "might",
  "never",
  "wo",
  "ca",
]);
/** Modals of obligation that make the clause what is demanded. */
const obligationWords = new Set(["must", "should", "shall"]);
/** Words from the verb to "that" (or to the clause's subject): "insisted on Monday that", "conceded for the first time that". */
const maxThatGap = 6;
/** Words of the clause read for its verb. */
const maxClauseWords = 12;
/** Words after the verb that open what is demanded or conceded as a noun: "insisted on a ceasefire", "conceded defeat". */
const nounOpeners = new Set(["on", "upon"]);
const pastForm = /^[a-z]{3,}ed$/;

/**
 * Whether "insist" or "concede" takes a clause that states a fact, which is an assertion, not a demand (10) or a
 * concession (08): "Clapper insisted it was “not an undisclosed collection”", "insisted that the government “does
 * not unilaterally obtain information”", "insisting that he would compete", "conceded for the first time that the
 * Prism program existed", "insist on pushing failed solutions" (persisting in one's own course). "Trump is
 * insisting that Congress appropriate $5.7 billion", "Israel insisted that Hamas must disarm", "insisted on a
 * ceasefire" and "conceded defeat" stay events.
 *
 * @example assertedClause(words("Clapper insisted it was not a program"), slots, match at "insisted", "100") // → true
 */
export function assertedClause(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  code: string,
): boolean {
  const root = assertingLemmas.get(match.form.lemma);
  if (root === undefined || cameoRoot(code) !== root) return false;
  const next = words[match.head + 1]?.norm ?? "";
  // "insist on pushing failed solutions": persisting in one's own course.
  if (nounOpeners.has(next)) return /ing$/.test(words[match.head + 2]?.norm ?? "");
  let start = match.head + 1;
  for (let k = match.head + 1; k < words.length && k <= match.head + maxThatGap; k++) {
    if (words[k]?.norm === "that") {
      start = k + 1;
      break;
    }
  }
  for (let k = start; k < words.length && k < start + maxClauseWords; k++) {
    const w = (words[k] as Word).norm;
    if (slots.some((s) => s.first <= k && k < s.stop)) continue;
    if (obligationWords.has(w)) return false;
    if (finiteWords.has(w)) return true;
    // "the White House never offered", "criminals … were pouring": a past form after the subject.
    if (k > start && pastForm.test(w)) return true;
    if (w === ";" || w === ".") return false;
  }
  return false;
}
