import type { ActorSlot } from "./actorSlots.js";
import { partiesAfter } from "./nominalEvents.js";
import type { Role } from "./roles.js";
import type { Word } from "./tokenizeSentence.js";

/** Words from the end of a verb phrase to "between": "broke out on Monday between", "were held in Cairo between". */
const maxBetweenGap = 4;
/** A plain word that may stand in that gap: no punctuation, which would end the clause. */
const gapWord = /^[a-z0-9][a-z0-9-]*$/;

/**
 * "Talks were held between Israel and Syria", "fighting broke out on Monday between rebels and troops": the sides
 * of an event whose verb has no subject actor, listed after "between" within a few words of the verb phrase ending
 * at word `from`. Returns two or more parties, or [] when no "between" follows, an actor or punctuation stands
 * before it, or fewer than two actors are listed.
 *
 * @example partiesBetween(words("talks were held between Israel and Syria"), slots, 4) // → [Israel, Syria]
 */
export function partiesBetween(words: readonly Word[], slots: readonly ActorSlot[], from: number): Role[] {
  for (let j = from; j < words.length && j <= from + maxBetweenGap; j++) {
    const w = (words[j] as Word).norm;
    if (slots.some((s) => s.first <= j && j < s.stop)) return [];
    if (w === "between") {
      const parties = partiesAfter(words, slots, j + 1);
      return parties.length >= 2 ? parties : [];
    }
    if (!gapWord.test(w)) return [];
  }
  return [];
}
