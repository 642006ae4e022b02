import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";

/** Prepositions after "returning" that make it a journey: "returning to Washington", "troops returning from war". */
const journeyPrepositions = new Set(["to", "from", "home"]);

/**
 * Whether "returning" (coded as a release, 084, or an intent to release, 0353) is a participle of someone's journey:
 * "Returning to the Pentagon, he asked aides…", "Trump, returning to Washington after the holidays, posted…",
 * "advocating for troops returning from war". Only the bare -ing participle is read so: "Israel returned the bodies"
 * and "Hamas is returning hostages" stay releases. (A finite "return to the region" was tried in movementReading and
 * cost a gold record.)
 *
 * @example journeyReading(words("Returning to the Pentagon, he asked"), match at "Returning", group) // → true
 */
export function journeyReading(words: readonly Word[], match: PatternMatch, group: VerbGroup): boolean {
  if (match.form.lemma !== "return" || match.form.kind !== "ing" || group.first !== match.head) return false;
  if (!match.pattern.code.startsWith("084") && !match.pattern.code.startsWith("035")) return false;
  return journeyPrepositions.has(words[match.head + 1]?.norm ?? "");
}
