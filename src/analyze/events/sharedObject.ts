import type { Word } from "./tokenizeSentence.js";

/** Prepositions a verb phrase may end on, whose object the next conjunct supplies: "ties with and …". */
const strandedPrepositions = new Set(["with", "to", "in", "on", "against", "for", "into", "toward", "towards", "from"]);
/** Words the next conjunct may start with before its verb: "and has opened", "and also signed". */
const conjunctAuxiliaries = /^(?:has|have|had|also|then|later|is|are|was|were|will|would)$/;
/** Lower-case words from the verb phrase to the stranded preposition: "diplomatic ties with". */
const maxStrandGap = 3;

/**
 * "Sri Lanka has established diplomatic ties with and opened an embassy in Tehran": a verb phrase ending on a
 * preposition right before "and"/"or" shares its object with the next conjunct. Given the stop of the first verb
 * phrase and the heads of the sentence's other verbs, returns the head of the conjunct's verb whose object the first
 * takes, or -1 when the preposition is not stranded ("talks with Iran and opened…").
 *
 * @example sharedObjectVerb(words("ties with and opened an embassy in Tehran"), stop after "established", [8]) // → 8
 */
export function sharedObjectVerb(words: readonly Word[], stop: number, heads: readonly number[]): number {
  for (let j = stop; j < words.length && j <= stop + maxStrandGap; j++) {
    const w = (words[j] as Word).norm;
    if (strandedPrepositions.has(w)) {
      const joiner = words[j + 1]?.norm;
      if (joiner !== "and" && joiner !== "or") return -1;
      let at = j + 2;
      while (at < words.length && conjunctAuxiliaries.test((words[at] as Word).norm)) at++;
      return heads.includes(at) ? at : -1;
    }
    if (!/^[a-z][a-z-]*$/.test(w)) return -1;
  }
  return -1;
}

/**
 * "Japan met Iran and signed an accord": the second of two verbs sharing a subject, naming no partner of its own,
 * is done with the first verb's object, the actor right before "and" (over a comma). Given the first word of the
 * second verb group, returns that actor's slot, or null when no actor stands right before the joining word.
 */
export function sharedPartner<T extends { stop: number }>(
  words: readonly Word[],
  slots: readonly T[],
  first: number,
): T | null {
  let j = first - 1;
  while (j > 0 && conjunctAuxiliaries.test((words[j] as Word).norm)) j--;
  if (words[j]?.norm !== "and") return null;
  if (words[j - 1]?.norm === ",") j--;
  return slots.find((s) => s.stop === j) ?? null;
}
