import type { ActorSlot } from "./actorSlots.js";
import type { Word } from "./tokenizeSentence.js";

/** Words that may follow the verb of a reporting tail: "protested here Wednesday", "charged on Saturday". */
const tailWords =
  /^(?:here|there|today|yesterday|tonight|on|late|early|last|this|week|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|in|a|an|statement|again|also)$/;
/** Words from the comma to the verb: "a leading human rights group", "Amnesty International". */
const maxSubjectWords = 6;
/** Words that make the words before the verb no subject: clause words and pronouns. */
const notSubject = new Set(["who", "which", "that", "and", "or", "but", "it", "they", "he", "she", "said", "says"]);
/** Words from the sentence's start to the reported clause's subject: "On Monday, Croatian authorities". */
const maxSubjectStart = 4;

/**
 * "Croatian authorities are failing to uphold the rights of refugees, a human rights group protested here
 * Wednesday": a verb after a comma, with its subject between, that ends the sentence (only a place or a date word
 * after it) reports the clause before the comma. Returns the index of that comma, or -1 when the verb takes words
 * of its own ("…, Amnesty protested the ruling") or the words before it are no subject.
 */
export function reportingTail(words: readonly Word[], first: number, stop: number): number {
  for (let j = stop; j < words.length; j++) {
    const w = (words[j] as Word).norm;
    if (j === words.length - 1 && /^[.!?"”']$/.test(w)) break;
    if (!tailWords.test(w)) return -1;
  }
  for (let k = first - 1; k >= 1 && first - k <= maxSubjectWords + 1; k--) {
    const w = (words[k] as Word).norm;
    if (w === ",") return k > 1 && k < first - 1 ? k : -1;
    if (notSubject.has(w) || !/^[a-z][a-z.'-]*$/.test(w)) return -1;
  }
  return -1;
}

/**
 * The subject of the clause a reporting tail reports: the first actor of the sentence, near its start and before the
 * comma, when it is no prepositional object ("In Zagreb, …" is a place). Null when there is none.
 */
export function reportedSubject(words: readonly Word[], slots: readonly ActorSlot[], comma: number): ActorSlot | null {
  const first = slots[0];
  if (!first || first.stop > comma || first.first > maxSubjectStart) return null;
  const before = words[first.first - 1]?.norm ?? "";
  return /^(?:in|of|from|at|on|by|for|with|to)$/.test(before) ? null : first;
}
