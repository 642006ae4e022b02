import type { ActorSlot } from "./actorSlots.js";
import { cameoRoot } from "./cameoCodes.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Roots a verb of recognition codes: recognition (054) and the intent to give it (03). */
const recognitionRoots = new Set(["05", "03"]);
/** Words that end the object's noun phrase. */
const phraseEnds = new Set([
  ",",
  ".",
  ";",
  ":",
  "as",
  "that",
  "which",
  "who",
  "and",
  "but",
  "or",
  "if",
  "even",
  "in",
  "for",
  "to",
]);
/** Words of the object read for an actor. */
const maxObjectWords = 6;

/**
 * Whether "recognize" has a thing as its object, which is noticed or accepted, not recognised as a state or a
 * government (054): "a postal worker recognized the package", "teachers learn to recognize the signs of abuse".
 * "France recognized Palestine" and "recognize the new government" (an actor) stay events.
 *
 * @example recognizedThing(words("a postal worker recognized the package"), slots, match at "recognize", "054") // → true
 */
export function recognizedThing(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  code: string,
): boolean {
  if (!/^recogni[sz]e$/.test(match.form.lemma) || !recognitionRoots.has(cameoRoot(code))) return false;
  if (match.target) return false;
  let any = false;
  for (let k = match.head + 1; k < words.length && k <= match.head + maxObjectWords; k++) {
    const w = (words[k] as Word).norm;
    // An actor in the object, even as a possessive ("Israel's right to exist"), keeps the recognition.
    if (slots.some((s) => s.first <= k && k < s.stop)) return false;
    if (phraseEnds.has(w)) return any;
    any = true;
  }
  return any;
}
