import type { ActorSlot } from "./actorSlots.js";
import { cameoRoot } from "./cameoCodes.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Nouns of what one satisfies or runs into, not whom one sees: "meet the deadline", "meet resistance". */
const requirementNouns = new Set([
  "requirement",
  "requirements",
  "criteria",
  "criterion",
  "condition",
  "conditions",
  "deadline",
  "deadlines",
  "goal",
  "goals",
  "target",
  "targets",
  "threshold",
  "thresholds",
  "needs",
  "need",
  "expectations",
  "obligations",
  "obligation",
  "quota",
  "quotas",
  "benchmark",
  "benchmarks",
  "test",
  "bar",
  "definition",
  "payroll",
  "challenge",
  "challenges",
  "demand",
  "resistance",
  "opposition",
  "skepticism",
  "criticism",
]);
/** Words of the object read for its noun: "met all of the new requirements". */
const maxObjectWords = 5;
const lowerWord = /^[a-z][a-z-]*$/;
/** Words that end the object, or show "meet" takes a person: "met with", "met in Oslo", "met Putin to discuss". */
const objectEnds = new Set(["with", "in", "on", "at", "to", "for", "and", "who", "that"]);

/**
 * Whether "meet" (coded as a meeting, 04, or an intent to meet, 036) has a requirement as its object, which is satisfied, not met with: "the plan
 * is expected to meet resistance from Ms. Pelosi", "met the deadline", "meet the requirements". "Trump met Putin", "met with the families" and "will meet in Oslo" stay meetings.
 *
 * @example metRequirement(words("the plan is expected to meet resistance"), slots, match at "met", "040") // → true
 */
export function metRequirement(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  code: string,
): boolean {
  if (match.form.lemma !== "meet" || (cameoRoot(code) !== "04" && code !== "036")) return false;
  for (let k = match.head + 1; k < words.length && k <= match.head + maxObjectWords; k++) {
    const w = (words[k] as Word).norm;
    if (requirementNouns.has(w)) return true;
    if (!lowerWord.test(w) || objectEnds.has(w) || slots.some((s) => s.first <= k && k < s.stop)) return false;
  }
  return false;
}
