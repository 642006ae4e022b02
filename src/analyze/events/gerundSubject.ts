import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";

/** Words before an -ing form that open a clause, whose subject the -ing form's phrase may be. */
const clauseOpeners = new Set(["that", ";", ":", "—", "–", "--", "“", '"', "whether", "because", "if"]);
/**
 * Modals of a clause whose subject is an act named by a gerund: "declaring an emergency would spark a backlash".
 * A finite verb is left out: "shelling by Hezbollah has killed three" reports the shelling.
 */
const modalWords = new Set(["would", "will", "'ll", "could", "might", "may", "can", "should", "must"]);
/** Words of the gerund's object read for the verb of its clause: "changing that policy would". */
const maxObjectWords = 6;
/** Words that end the gerund's phrase before any predicate: a comma makes it a participle ("Declaring …, Trump said"). */
const phraseEnds = new Set([",", ".", ";", ":", "and", "but", "or", "—", "–", "--", ")"]);

/**
 * Whether an -ing form opens a clause as its subject, naming an act that is talked about, not done: "McConnell
 * warned Trump that declaring an emergency would spark a backlash", "Changing that policy would dramatically
 * reshape the U.S.". "Declaring an emergency, Trump said …" (a participle), "shelling by Hezbollah has killed three"
 * (a deed) and "Israel is shelling Gaza" stay events.
 *
 * @example gerundSubject(words("declaring an emergency would spark a backlash"), match at "declaring", group) // → true
 */
export function gerundSubject(words: readonly Word[], match: PatternMatch, group: VerbGroup): boolean {
  if (match.form.kind !== "ing" || group.first !== match.head || group.governor) return false;
  const before = words[match.head - 1]?.norm;
  if (before !== undefined && !clauseOpeners.has(before)) return false;
  for (let k = match.stop; k < words.length && k < match.stop + maxObjectWords; k++) {
    const w = (words[k] as Word).norm;
    if (phraseEnds.has(w)) return false;
    if (modalWords.has(w)) return true;
  }
  return false;
}
