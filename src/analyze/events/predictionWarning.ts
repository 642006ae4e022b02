import type { ActorSlot } from "./actorSlots.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Verbs of warning that CAMEO reads as a threat only when the warned-of act is the warner's own. */
const warningLemmas = new Set(["warn", "caution"]);
/** Modals and forms of "be" that open a clause with its subject moved away: "figures that officials warned would rise". */
const clauseVerbs = new Set(["would", "could", "will", "may", "might", "can", "is", "are", "was", "were", "'ll"]);
/** Modals that make a warned-of act of an actor a threat: "warned that it would attack", "warned police will act". */
const actingModals = new Set(["would", "will", "'ll", "could", "may", "might", "shall", "can"]);
/** Pronouns that may stand for the warner as the subject of what it warns of. */
const actingPronouns = new Set(["it", "they", "we", "he", "she", "i", "you"]);
/** Determiners that open a subject noun phrase right after the verb: "warned the bill could cause chaos". */
const subjectOpeners = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "such"]);
/** Words that name what is warned of or against, past which no clause is sought. */
const warnedAbout = new Set(["of", "against", "about", "over", "on"]);
/** Words from the verb (and an addressee with its relative clause) to "that". */
const maxThatGap = 10;
/** Words of a subject noun phrase before its modal: "the measure", "millions of Peruvians". */
const maxSubjectWords = 5;
const lowerWord = /^[a-z][a-z-]*$/;

/**
 * "Engineers have warned for years that millions live in such homes", "officials warned would rise", "Obama warned
 * the bill could cause chaos", "they warned Republicans that it was destined for trouble": a warning whose
 * complement is a clause about what may happen, not about an act of the warner's side, is a prediction, and CAMEO
 * codes no threat. "warned that it would attack", "warned that police will not tolerate rallies" stay threats (an
 * actor or a pronoun with a modal of acting opens the clause).
 *
 * @example predictionWarning(words("Engineers warned that homes would collapse"), slots, match at "warned") // → true
 */
export function predictionWarning(words: readonly Word[], slots: readonly ActorSlot[], match: PatternMatch): boolean {
  if (!warningLemmas.has(match.form.lemma)) return false;
  const after = match.head + 1;
  const next = words[after]?.norm ?? "";
  if (clauseVerbs.has(next)) return true;
  if (subjectOpeners.has(next) && next !== "that") return subjectThenModal(words, slots, after + 1);
  for (let k = after; k < words.length && k <= after + maxThatGap; k++) {
    const w = (words[k] as Word).norm;
    if (w === "that") return !actingClause(words, slots, k + 1);
    if (!lowerWord.test(w) && !inSlot(slots, k)) return false;
    if (warnedAbout.has(w)) return false;
  }
  return false;
}

/** "the bill could", "the measure would": lower-case words of a noun phrase, then a modal. */
function subjectThenModal(words: readonly Word[], slots: readonly ActorSlot[], from: number): boolean {
  for (let k = from; k < words.length && k < from + maxSubjectWords; k++) {
    const w = (words[k] as Word).norm;
    if (actingModals.has(w)) return k > from;
    if (!lowerWord.test(w) || inSlot(slots, k)) return false;
  }
  return false;
}

/** A clause opened by an actor or a pronoun with a modal of acting: "it would attack", "the police will". */
function actingClause(words: readonly Word[], slots: readonly ActorSlot[], from: number): boolean {
  let at = words[from]?.norm === "the" ? from + 1 : from;
  const slot = slots.find((s) => s.first === at);
  if (slot) at = slot.stop;
  else if (actingPronouns.has(words[at]?.norm ?? "")) at += 1;
  else return false;
  // "it will no longer", "they would soon": an adverb may stand before the modal.
  for (let k = at; k < words.length && k <= at + 1; k++) {
    if (actingModals.has((words[k] as Word).norm)) return true;
  }
  return false;
}

function inSlot(slots: readonly ActorSlot[], at: number): boolean {
  return slots.some((s) => s.first <= at && at < s.stop);
}
