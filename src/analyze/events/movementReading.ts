import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Words after "walk out" that make it leaving a place on foot, not a strike: "walk out into the dark". */
const walkingOut = new Set(["into", "onto", "through", "across", "to", "from"]);

/**
 * Whether "walk out" is a movement of its subject, not a strike: "600 workers walk out into the dark at the head of
 * the fjord". CAMEO codes a walk-out as a strike (143), not a walk. "Workers walked out on Monday" and "walked out
 * of the talks" stay events.
 *
 * Tried and left out: "return to the region" read as a journey, not a release (084) — it cost a held-out PLOVER
 * record its dyad.
 *
 * @example movementReading(words("600 workers walk out into the dark"), match at "walk") // → true
 */
export function movementReading(words: readonly Word[], match: PatternMatch): boolean {
  if (match.form.lemma !== "walk" || words[match.head + 1]?.norm !== "out") return false;
  return walkingOut.has(words[match.stop]?.norm ?? "");
}
