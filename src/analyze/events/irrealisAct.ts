import type { ActorSlot } from "./actorSlots.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";

/** Modals whose "have" makes a past that did not happen: "would have helped", "could have stopped". */
const counterfactualModals = new Set(["would", "could", "should", "might", "must"]);
/** Relative and interrogative words whose clause with "would" is a plan's content or a question, not an intent. */
const proposalOpeners = new Set(["that", "which", "who", "whom", "whether"]);
/** Words that say the act after them is the alternative not taken: "rather than returned", "instead of attacking". */
const alternativeOpeners: readonly (readonly [string, string])[] = [
  ["rather", "than"],
  ["instead", "of"],
];
/** Verbs whose object's verb, after a modal or a wish, is what someone wants to happen: "would see Hamas disarmed". */
const outcomeVerbs = new Set(["see", "seeing"]);
/**
 * Nouns of asking whose infinitive is what others are asked to do, not done: "calls to boycott", "demands to
 * release". After an actor or a pronoun they are verbs ("he calls to…"). Not plans ("announced his plan to send
 * troops" is an intent) nor attempts ("an attempt to assassinate the deputy governor" is an attack).
 */
const nounGovernors = new Set([
  "call",
  "calls",
  "demand",
  "demands",
  "push",
  "request",
  "requests",
  "appeal",
  "appeals",
  "plea",
  "pleas",
]);
/**
 * Nouns of laws and their parts, whose content is what a clause with a modal or an infinitive after them says:
 * "the legislation would give the president authority", "an amendment … would prohibit federal funds", "laws to
 * explicitly prohibit straw purchasing", "a bill to let 9/11 victims sue Saudi Arabia". What a law would do is no act.
 */
const lawNouns = new Set([
  "law",
  "laws",
  "bill",
  "bills",
  "legislation",
  "measure",
  "measures",
  "amendment",
  "amendments",
  "provision",
  "provisions",
  "regulation",
  "regulations",
  "rule",
  "rules",
  "ordinance",
  "resolution",
  "statute",
  "proposal",
  "plan",
  "draft",
]);
/** Laws whose infinitive is their content; not plans ("announced his plan to send troops" is an intent). */
const infinitiveLawNouns = new Set([...lawNouns].filter((n) => !["plan", "proposal", "draft"].includes(n)));
/** Modals whose subject, when a law, gives what the law would do: "the bill would allow", "the provision will require". */
const lawModals = new Set(["would", "will", "could", "might", "may", "can"]);
/** Words of a law's subject noun phrase read from the start of its clause: "the new federal provision". */
const maxLawSubjectWords = 4;
/** Words that open a clause, before a law's subject. */
const clauseOpeners = new Set([",", ";", ":", "—", "–", "--", "(", "that", "which", "and", "but", "because", "if"]);
/** Subjects before which a word of `nounGovernors` is a verb: "he plans to", "who calls to". */
const subjects = new Set(["he", "she", "it", "they", "we", "i", "you", "who", "which", "that"]);
/** Verbs of wishing whose object's participle is the wish: "wants them deported", "wanted the talks ended". */
const wishVerbs = new Set(["want", "wants", "wanted", "wanting"]);
/** Verbs of seeming: "appeared to agree with", "seemed inclined to rule". */
const seemingVerbs = new Set(["appear", "appears", "appeared", "seem", "seems", "seemed"]);
/** Verbs of holding a view, whose seeming is how a view looks: "appeared to agree with the lawyer". */
const viewVerbs = new Set(["agree", "side", "sympathize", "sympathise"]);
/** Auxiliaries that open a yes-no question before its subject: "does he stand with Obama…?". */
const questionAuxiliaries = new Set(["do", "does", "did", "will", "would", "can", "could", "should", "shall"]);
/** Pronoun subjects of a question: "does he stand", "will they attack". */
const questionPronouns = new Set(["he", "she", "it", "they", "we", "you", "i"]);
/** Words of a clause scanned back from the event verb to the modal that governs it. */
const maxClauseWords = 10;
/** Words that end the clause the scan may cross. */
const clauseEnds = new Set([",", ";", ":", ".", "(", ")", "--", "—", "–", "and", "but", "or", "said", "says"]);
/** Words of the object between "see" and the verb it takes: "see the remaining hostages freed". */
const maxOutcomeObject = 5;

/**
 * Whether the verb at `group` reports something that did not or may not happen, said in a way the verb group alone
 * does not show (measured on ordinary news, eval/events/precision.ts):
 * - a counterfactual past: "which would have helped rice farmers", "provisions that would have allowed businesses
 *   to discriminate";
 * - the content of a plan, a bill or a question, in a clause opened by a relative or interrogative word with
 *   "would": "a bill that would allow businesses to deny service", "hostages who would be freed", "which prisoners
 *   would be released";
 * - an outcome wished for after "would/must see" or "want": "a deal that would see the remaining hostages freed",
 *   "must see Hamas disarmed", "wants some of them deported";
 * - the alternative not taken: "deported abroad rather than returned to the West Bank";
 * - an infinitive no verb governs, passive or after a noun of asking: "the lists of prisoners to be
 *   released", "prompted calls to boycott Chick-fil-A";
 * - an infinitive after "inclined", or a view seemingly held: "appeared inclined to allow the lawsuit", "seemed to
 *   agree with";
 * - a yes-no question: "does he stand with President Obama … or does he stand with the families?";
 * - a modal act under a counterfactual condition: "would not support the lawsuit if he were elected president";
 * - what a law would do: "the legislation would give the president authority", "laws to prohibit straw purchases".
 * "Iran said it would attack", "Israel would withdraw under the deal" keep their future reading.
 *
 * @example irrealisAct(words("a bill that would allow businesses to deny service"), group, head at "deny") // → true
 */
export function irrealisAct(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  group: VerbGroup,
  head: number,
): boolean {
  const first = group.first;
  // "the justices appeared inclined to allow", "seemed to agree with": a leaning, or how a view looks, not an act.
  // "appears to have attacked" and "appeared to endorse" report an act.
  if (words[first]?.norm === "to") {
    const before = words[first - 1]?.norm ?? "";
    if (before === "inclined") return true;
    if (seemingVerbs.has(before) && viewVerbs.has(words[first + 1]?.norm ?? "")) return true;
  }
  // An infinitive that no verb governs: "prisoners to be released", "calls to boycott Chick-fil-A".
  if (!group.governor && words[first]?.norm === "to") {
    if (group.passive) return true;
    const noun = first - 1;
    const before = words[noun - 1]?.norm ?? "";
    if (nounGovernors.has(words[noun]?.norm ?? "") && !subjects.has(before) && !slots.some((s) => s.stop === noun))
      return true;
  }
  if (yesNoQuestion(words, slots, first)) return true;
  // "he would not support the lawsuit if he were elected president": a counterfactual condition after a modal.
  if (group.future && counterfactualIf(words, head)) return true;
  for (const [a, b] of alternativeOpeners) {
    if (words[first - 1]?.norm === b && words[first - 2]?.norm === a) return true;
  }
  // From the verb itself: its own group ("that would allow") and a governing verb's ("would allow them to deny").
  for (let k = head - 1; k >= 0 && head - k <= maxClauseWords; k--) {
    const w = (words[k] as Word).norm;
    if (clauseEnds.has(w)) return false;
    // "Israel wants some of them deported": a wish about someone else's act ("wants Iran to stop" is an appeal).
    if (wishVerbs.has(w) && words[head - 1]?.norm !== "to" && objectThenVerb(words, k + 1, head)) return true;
    // "laws to explicitly prohibit straw purchasing", "a bill to let 9/11 victims sue": a law's content.
    if (w === "to" && infinitiveLawNouns.has(words[k - 1]?.norm ?? "")) return true;
    if (lawModals.has(w) && lawSubject(words, slots, k)) return true;
    if (!counterfactualModals.has(w)) continue;
    const next = words[k + 1]?.norm ?? "";
    if (next === "have" || next === "'ve") return true;
    if (outcomeVerbs.has(next) && objectThenVerb(words, k + 2, head)) return true;
    if (w !== "would") return false;
    return proposalClause(words, k);
  }
  return false;
}

/**
 * "does he stand with President Obama … ?": an auxiliary before the subject (a pronoun or an actor) right before the
 * verb, in a sentence that ends with a question mark, asks whether the act happens.
 */
function yesNoQuestion(words: readonly Word[], slots: readonly ActorSlot[], first: number): boolean {
  if (words.at(-1)?.norm !== "?" && words.at(-2)?.norm !== "?") return false;
  const subject = slots.find((s) => s.stop === first);
  const before = subject ? subject.first - 1 : first - 2;
  if (!subject && !questionPronouns.has(words[first - 1]?.norm ?? "")) return false;
  return questionAuxiliaries.has(words[before]?.norm ?? "");
}

/** "see Hamas disarmed", "see the remaining hostages freed": a short object between "see" and the event verb. */
function objectThenVerb(words: readonly Word[], from: number, verbAt: number): boolean {
  return verbAt > from && verbAt - from <= maxOutcomeObject;
}

/**
 * "that would", "who would be", "which prisoners would": the modal's subject is a relative or interrogative word,
 * or a noun right after one ("which prisoners").
 */
function proposalClause(words: readonly Word[], modal: number): boolean {
  const before = words[modal - 1]?.norm ?? "";
  if (proposalOpeners.has(before)) return true;
  // "which prisoners would": an interrogative determiner over one or two nouns.
  for (let k = modal - 2; k >= 0 && k >= modal - 3; k--) {
    const w = (words[k] as Word).norm;
    if (w === "which" || w === "whether") return true;
    if (!/^[a-z][a-z-]*$/.test(w)) return false;
  }
  return false;
}

/**
 * "the legislation would", "an amendment sponsored by Representative Raul Ruiz would", "The new
 * provision will": the subject of the modal, read from the start of its clause, is a law or a part of one.
 */
function lawSubject(words: readonly Word[], slots: readonly ActorSlot[], modal: number): boolean {
  let start = modal - 1;
  while (start >= 0 && modal - start <= maxClauseWords && !clauseOpeners.has((words[start] as Word).norm)) start--;
  if (modal - start > maxClauseWords) return false;
  for (let k = start + 1; k < modal && k <= start + maxLawSubjectWords; k++) {
    if (slots.some((s) => s.first <= k && k < s.stop)) return false;
    if (lawNouns.has((words[k] as Word).norm)) return true;
  }
  return false;
}

/** Subjects of a subjunctive "were" in a counterfactual condition: "if he were elected", "if I were president". */
const subjunctiveSubjects = new Set(["he", "she", "it", "i"]);

/** "… if he were elected president": "if", a singular subject and "were" after the verb. */
function counterfactualIf(words: readonly Word[], head: number): boolean {
  for (let k = head + 1; k < words.length - 2; k++) {
    if (words[k]?.norm !== "if") continue;
    if (subjunctiveSubjects.has(words[k + 1]?.norm ?? "") && words[k + 2]?.norm === "were") return true;
  }
  return false;
}
