import type { ActorSlot } from "./actorSlots.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Adverbs between "committed to" and its -ing form: "committed to fully repealing". */
const maxAdverbs = 2;
const ingForm = /^[a-z]{3,}ing$/;
const adverb = /^[a-z]{3,}ly$/;

/**
 * Whether "committed" (coded as an intent to cooperate, 03) with "to" and an -ing form is a standing disposition,
 * not a pledge made to anyone: "Romney and Ryan have always been fully committed to repealing Obamacare", "Mr. Cowan
 * is committed to working hard", "Democrats who are committed to keeping the support of Israel strong". "Iran
 * committed to halting enrichment under the deal" is read the same; "Iran committed to the deal" and "he committed
 * troops" are not read here.
 *
 * @example committedStance(words("Ryan is committed to repealing Obamacare"), slots, match at "committed", "030") // → true
 */
export function committedStance(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  code: string,
): boolean {
  if (match.form.lemma !== "commit" || !code.startsWith("03")) return false;
  // "Vietnam is committed to opening up the economy": a state's or an organisation's commitment is its policy.
  const subject = slots.filter((s) => s.stop <= match.head).at(-1);
  if (subject && /^(?:country|org):/.test(subject.actor)) return false;
  const to = words.findIndex((w, k) => k > match.head && k <= match.head + 1 + maxAdverbs && w.norm === "to");
  if (to < 0) return false;
  for (let k = match.head + 1; k < to; k++) if (!adverb.test((words[k] as Word).norm)) return false;
  for (let k = to + 1; k < words.length && k <= to + 1 + maxAdverbs; k++) {
    const w = (words[k] as Word).norm;
    if (ingForm.test(w)) return true;
    if (!adverb.test(w)) return false;
  }
  return false;
}
