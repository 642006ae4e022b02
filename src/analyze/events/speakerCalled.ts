import type { ActorSlot } from "./actorSlots.js";
import { cameoRoot } from "./cameoCodes.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Words after "call on X" that end the phrase with no appeal named: "called on Nielsen, who…", "calling on Pelosi." */
const phraseEnds = new Set([".", ";", "!"]);
/** Words right after "call on X," that describe X, not an appeal to X: "called on Nielsen, who appeared". */
const describingWords = new Set(["who", "whose", "the", "a", "an"]);

/**
 * Whether "call on" (coded as an appeal, 02) gives someone the floor in a meeting: the person called on is followed by
 * the end of the sentence or by a comma and a description ("Mr. Trump … called on Kirstjen Nielsen, the homeland
 * security secretary, who appeared via teleconference", "Mr. Schumer interjected, calling on Ms. Pelosi, who disputed
 * the statistics") and no "to" or "for" says what is asked. "called on Israel to withdraw" and "called on Hamas,
 * the militant group, to free the hostages" stay appeals.
 *
 * @example speakerCalled(words("Schumer called on Pelosi, who disputed the figures."), slots, match, "020") // → true
 */
export function speakerCalled(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  code: string,
): boolean {
  if (match.form.lemma !== "call" || cameoRoot(code) !== "02" || words[match.head + 1]?.norm !== "on") return false;
  const person = slots.find((s) => s.first >= match.head + 2 && s.first <= match.head + 3 && s.person);
  if (!person) return false;
  // What is asked may follow the description: "called on Hamas, the militant group, to free…".
  for (let k = person.stop; k < words.length; k++) {
    const w = (words[k] as Word).norm;
    if (w === "to" || w === "for") return false;
    if (phraseEnds.has(w)) break;
  }
  const next = words[person.stop]?.norm ?? "";
  if (phraseEnds.has(next)) return true;
  return next === "," && describingWords.has(words[person.stop + 1]?.norm ?? "");
}
