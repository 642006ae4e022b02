import type { ActorSlot } from "./actorSlots.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";

/**
 * Nouns of asking, pressing and needing whose "for X to do" is what X is wanted to do, not what X did: "a call for
 * President Obama to resign", "pressure has been mounting for Steele to step down", "a request for her to surrender
 * her server".
 */
const wantingNouns = new Set([
  "call",
  "calls",
  "pressure",
  "demand",
  "demands",
  "request",
  "requests",
  "push",
  "pushes",
  "plea",
  "pleas",
  "appeal",
  "appeals",
  "petition",
  "need",
  "time",
  "way",
  "room",
  "support",
  "motion",
  "deadline",
]);
/** Words before "call" that make it a telephone call: "a conference call for his group to praise". */
const callKinds = new Set(["conference", "phone", "telephone", "video", "zoom"]);
/** Words read back from "for" to the noun of asking: "pressure has been mounting all year for". */
const maxNounGap = 6;
/** Words of the subject between "for" and "to" when it is no actor: "for all people of good will to". */
const maxSubjectWords = 5;
/** Words that end the clause the scan back from "for" may cross. */
const clauseEnds = new Set([",", ";", ":", ".", "—", "–", "--", "(", ")", "that", "which", "who", "and", "but"]);
const lowerWord = /^[a-z][a-z-]*$/;

/**
 * Whether the infinitive opening the verb group has its own subject after "for", governed by a noun of asking or
 * needing: "Trump issued a bombastic call for President Barack Obama to resign", "pressure has been mounting all year
 * for Steele to step down". What X is asked to do has not been done. "It took two hours for police to disperse the
 * crowd" (no noun of asking) stays an act.
 *
 * @example forSubjectInfinitive(words("a call for Obama to resign"), slots, group at "to resign") // → true
 */
export function forSubjectInfinitive(words: readonly Word[], slots: readonly ActorSlot[], group: VerbGroup): boolean {
  const to = group.first;
  if (words[to]?.norm !== "to" || group.governor) return false;
  const subject = slots.find((s) => s.stop === to);
  let forAt = subject ? subject.first - 1 : -1;
  if (!subject) {
    for (let k = to - 1; k >= 0 && k >= to - maxSubjectWords; k--) {
      const w = (words[k] as Word).norm;
      if (w === "for") {
        forAt = k;
        break;
      }
      if (!lowerWord.test(w)) return false;
    }
  }
  if (words[forAt]?.norm !== "for") return false;
  for (let k = forAt - 1; k >= 0 && k >= forAt - maxNounGap; k--) {
    const w = (words[k] as Word).norm;
    // "a conference call for his group to praise": a telephone call asks for nothing.
    if (wantingNouns.has(w)) return !callKinds.has(words[k - 1]?.norm ?? "");
    if (clauseEnds.has(w)) return false;
  }
  return false;
}
