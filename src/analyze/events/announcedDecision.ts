import type { Word } from "./tokenizeSentence.js";

/** Verbs that report a decision taken by their subject: "announced it would", "decided that they will". */
const decisionVerbs = new Set(["announced", "announces", "announce", "decided", "decides", "declared", "declares"]);
/** Pronouns that take up the subject of the decision verb. */
const subjectPronouns = new Set(["it", "they", "we"]);
/** Words of a date between the verb and its clause: "announced Wednesday it would", "announced on Monday that". */
const dateWords =
  /^(?:on|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|week|night|morning|evening)$/;
const maxDateWords = 3;
/** Modals of a decided future; "is prepared to", "is set to" are readiness, not a decision. */
const futureModals = new Set(["will", "would", "shall", "'ll"]);

/**
 * "The United States announced Wednesday it would prohibit all aid to Albanian rebels": a future act in a clause
 * reported by a verb of decision, whose subject is a pronoun taking up the decider, is a decision taken: the act
 * itself, not a threat or a promise (as "decided to impose sanctions" is 163). `first` is the first word of the
 * future verb group ("would"). False for a speech verb ("said it would") or a subject of its own ("announced that
 * Israel would").
 *
 * @example announcedDecision(words("The US announced Wednesday it would prohibit aid"), 5) // → true
 */
export function announcedDecision(words: readonly Word[], first: number): boolean {
  if (!futureModals.has(words[first]?.norm ?? "") || !subjectPronouns.has(words[first - 1]?.norm ?? "")) return false;
  let at = first - 2;
  if (words[at]?.norm === "that") at--;
  for (let k = 0; k <= maxDateWords && at >= 0; k++, at--) {
    const w = (words[at] as Word).norm;
    if (decisionVerbs.has(w)) return true;
    if (!dateWords.test(w)) return false;
  }
  return false;
}
