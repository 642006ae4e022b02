import type { ActorSlot } from "./actorSlots.js";
import type { Word } from "./tokenizeSentence.js";

/** Subordinating words that open a clause with its own subject: "as other countries would use…". */
const clauseOpeners = new Set(["as", "while", "because", "since", "although", "though", "whereas", "unless", "until"]);
/** Words of a clause back to its opener: subject noun phrase, modals, a governing verb and its object. */
const maxClauseWords = 8;
/**
 * Words that show the clause's subject is an actor or stands elsewhere: pronouns, relatives, reporting words, and
 * the words of a noun phrase that takes up named actors.
 */
const stoppers = new Set([
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "who",
  "which",
  "that",
  "said",
  "says",
  "say",
  "and",
  "but",
  "or",
  // "although the two sides agreed", "as both countries…": a noun phrase that takes up actors already named.
  "both",
  "two",
  "each",
  "all",
]);
const lowerWord = /^[a-z][a-z'-]*$/;

/**
 * Whether the verb group at `first` stands in a clause opened by "as", "while", "because"… whose subject is a
 * common noun, no actor: "Obama warned the bill could cause chaos, as other countries would use the measure to
 * justify…". The nearest actor before the opener is then not its source. "Israel struck Gaza as militants fired
 * rockets" (an agent subject), "as it attacked" (a pronoun) and "although the two sides agreed" (named actors taken
 * up) keep theirs.
 *
 * @example commonNounSubject(words("…, as other countries would use it to justify"), slots, first at "to") // → true
 */
export function commonNounSubject(words: readonly Word[], slots: readonly ActorSlot[], first: number): boolean {
  let nouns = 0;
  for (let k = first - 1; k >= 0 && first - k <= maxClauseWords; k--) {
    const w = (words[k] as Word).norm;
    if (slots.some((s) => s.first <= k && k < s.stop)) return false;
    if (clauseOpeners.has(w)) return nouns > 0;
    if (!lowerWord.test(w) || stoppers.has(w)) return false;
    nouns++;
  }
  return false;
}
