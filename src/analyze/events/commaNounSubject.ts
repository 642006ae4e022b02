import type { ActorSlot } from "./actorSlots.js";
import type { Word } from "./tokenizeSentence.js";

/** Articles that open a common-noun subject after a comma: ", a human rights group protested". */
const articles = new Set(["a", "an", "the"]);
/** Words from the article to the verb group: "a leading human rights group". */
const maxSubjectWords = 6;
/** Lower-case words of a noun phrase (no pronouns or clause words, which would make it no subject). */
const nounWord = /^[a-z][a-z-]*$/;
const notNouns = new Set(["who", "which", "that", "and", "or", "but", "it", "they", "he", "she", "said", "says"]);

/**
 * Whether the verb group at word `first` has a common-noun subject opened by an article right after a comma, with
 * no actor in it: "Croatian authorities are failing to uphold the rights of refugees, a human rights group protested
 * here Wednesday." The actors before the comma belong to the clause it reports, not to the subject. "Israel, a
 * NATO partner, attacked" (an aside closed by a comma before the verb) and ", the Iraqi army attacked" (an actor in
 * the phrase) are not.
 *
 * @example commaNounSubject(words(", a human rights group protested"), slots, first at "protested") // → true
 */
export function commaNounSubject(words: readonly Word[], slots: readonly ActorSlot[], first: number): boolean {
  for (let k = first - 1; k >= 1 && first - k <= maxSubjectWords; k--) {
    const w = (words[k] as Word).norm;
    if (slots.some((s) => s.first <= k && k < s.stop)) return false;
    if (articles.has(w)) return k < first - 1 && words[k - 1]?.norm === ",";
    if (!nounWord.test(w) || notNouns.has(w)) return false;
  }
  return false;
}
