import { cameoRoot } from "./cameoCodes.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Things one looks into with the eyes, which is no inquiry: "looks into the camera". */
const seenThings = new Set(["camera", "cameras", "lens", "eyes", "mirror", "distance", "sky", "crowd", "audience"]);
/** Words from "into" to the thing seen: "looking directly into the camera". */
const maxGap = 3;

/**
 * Whether "look into" (coded as an investigation, 09) is a look with the eyes: "Akin looks into the camera and
 * addresses the controversy", "looking directly into the camera". "The FBI is looking into the deal" stays an
 * investigation.
 *
 * @example lookedInto(words("Akin looks into the camera"), match at "looks", "090") // → true
 */
export function lookedInto(words: readonly Word[], match: PatternMatch, code: string): boolean {
  if (match.form.lemma !== "look" || cameoRoot(code) !== "09") return false;
  for (let k = match.head + 1; k < words.length && k <= match.head + 2 + maxGap; k++) {
    if (seenThings.has((words[k] as Word).norm)) return true;
  }
  return false;
}
