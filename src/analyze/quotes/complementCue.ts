import type { Cue } from "./cueAt.js";
import type { QuoteDocument } from "./document.js";
import { tagWords } from "../segment/tagWords.js";
import type { Token } from "./tokens.js";

/** Subject pronouns that open a finite clause: "…believes [he] can win". */
const CLAUSE_PRONOUN = /^(?:he|she|they|we|i|you)$/u;
/** A subject pronoun fused with its auxiliary, which is finite by itself: "he’s", "they’d", "we’ll". */
const PRONOUN_WITH_AUX = /^(?:he|she|they|we|i|you|it|there|that)['’](?:s|d|ll|re|ve|m)$/u;
/** Auxiliaries and modals that make the verb after a subject finite: "…he [would] run". */
const FINITE_AUX =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|shall|did|does|do|am|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|hadn['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|shouldn['’]t|didn['’]t|doesn['’]t|don['’]t)$/u;
/** Words that open the subject of a "that" clause: "…that [the] contest…", "…that [he]…", "…that [Trump]…". */
const CLAUSE_OPENING =
  /^(?:he|she|they|we|i|you|it|there|this|these|those|the|a|an|his|her|their|its|our|my|your|some|many|most|no|none|any|every|all|both|each|one|two|three|four|five|if|when|while|because|as|once|unless|although|even|only|nobody|no-one|everyone|anyone|someone|something|nothing|everything)$/u;
/**
 * Words that take a "that" clause without reporting anything anyone holds: conjunctions and degree words ("so that",
 * "such that", "now that"), verbs of causing and ensuring ("ensure that", "made sure that"), of meaning and
 * consequence ("means that") and of time ("happened that").
 */
const NOT_ATTRIBUTING =
  /^(?:so|such|now|given|except|provided|providing|than|in|order|same|way|point|fact|ensure|ensured|ensures|ensuring|sure|guarantee|guaranteed|means|mean|meant|meaning|happened|happens|seeing|considering|assuming|granted|possible|unlikely|probable|true|false|important|necessary|clear|obvious|unclear|evident|apparent|likely|say|tell|what|which|who|whom|why|how|where|whether|is|was|are|were|be|been|being|so-called|and|or|but|of|to|for|with|by|at|on|from|about|that|this|these|those|because|while|after|before|since|until|unless|though|although|not|also|even|just|only|still|yet|then|all|other|much|more|most|less|least|very|too|far|long|enough|way|fact|time|day|year|years|days|one|many|few|any|some|no)$/u;
/** Auxiliaries, modals and negation that stand between a subject and its verb: "has long [argued] that". */
const BEFORE_VERB =
  /^(?:has|have|had|will|would|can|could|should|must|may|might|shall|did|does|do|not|never|also|still|now|long|always|often|repeatedly|already|only|just|even|is|are|was|were|am|been|being|be|hasn['’]t|haven['’]t|hadn['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|shouldn['’]t|didn['’]t|doesn['’]t|don['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|cannot)$/u;
/** Forms of "be" after which a word before a clause is a predicate adjective of stance: "is [confident] that". */
const COPULA = /^(?:is|are|was|were|am|been|be|being|remain|remains|remained|seems|seemed|’s|'s|['’]re|['’]m)$/u;
/** Subject pronouns right before a verb: "they [worry] that". */
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you|who)$/u;
/** Common verbs in the past tense that do not end in "-ed". */
const IRREGULAR_PAST =
  /^(?:thought|felt|knew|saw|heard|told|wrote|said|found|understood|forgot|meant|made|swore|foresaw|foretold|held|spoke|taught|read)$/u;
/** Words after which the next word is a noun: "the claims that", "his hopes that". */
const DETERMINER = /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|such|no|any|some|every|each)$/u;
/** An adverb in "-ly" before a verb or adjective: "acutely aware that", "falsely suggested that". */
const LY_ADVERB = /^\p{Ll}{3,}ly$/u;

/**
 * A cue recognised by its frame rather than the lexicon: a verb that takes a finite complement clause ("Democrats
 * worry [that] Sanders…", "Lynch is reaffirming [that] the probe…", "he wishes [he could]…"). The verb is known by its
 * place after a subject, a pronoun or an auxiliary and by its part of speech in the sentence (wink-nlp), the clause
 * by "that" (a subordinator, not a relative pronoun) and a subject opening it, or by a subject pronoun and a finite
 * verb. Null when the word at `i` is no such verb. Read like a belief: indirect content only. Stance adjectives
 * ("is confident that") are stanceAdjectives.ts's.
 *
 * @example complementCue(prepare("Democrats worry that Sanders could lose.", …), 1, range) // { kind: "belief", from: 1, to: 2 }
 */
export function complementCue(doc: QuoteDocument, i: number, range: { from: number; to: number }): Cue | null {
  const { tokens } = doc;
  const word = tokens[i];
  if (word === undefined || !word.word || word.cap || i <= range.from || doc.quoteOf[i] !== -1) return null;
  // The cheapest test first: most words are followed by no clause at all.
  if (!opensClause(tokens, i + 1, range.to)) return null;
  if (word.lower.length < 3 || NOT_ATTRIBUTING.test(word.lower) || /\d/u.test(word.lower)) return null;
  if (!isPredicate(tokens, i, range.from)) return null;
  // "It appears that…", "it seems he…": an extraposed clause has no speaker in its subject.
  if (EXPLETIVE.test(tokens[i - 1]?.lower ?? "")) return null;
  // "so annoyed officials that…", "such a success that…": a clause of result, not of content.
  for (let k = i - 1; k >= range.from && k >= i - RESULT_REACH; k--) {
    if (RESULT_DEGREE.test((tokens[k] as Token).lower)) return null;
  }
  // The checks above leave nouns ("the comments [he] made") and relative clauses ("issues [that] most…"): the parts of
  // speech around the word tell them apart.
  const tags = tagsAround(doc, i);
  if (tags.get(word.start) !== "VERB") return null;
  const next = tokens[i + 1];
  if (next?.lower === "that" && tags.get(next.start) !== "SCONJ") return null;
  return { kind: "belief", from: i, to: i + 1 };
}

/** Degree words that make a following "that" clause one of result: "so…that", "such…that". */
const RESULT_DEGREE = /^(?:so|such|too)$/u;
const RESULT_REACH = 5;

/** Subjects that stand in for an extraposed clause: "[It] is clear that…". */
const EXPLETIVE = /^(?:it|there|this|that)$/u;
/** Tokens tagged before and after the word: enough context for the tagger, a fraction of a whole sentence's cost. */
const WINDOW_BEFORE = 5;
const WINDOW_AFTER = 3;

/** Parts of speech by start offset of the tokens around `i`, within its sentence (wink-nlp on that window only). */
function tagsAround(doc: QuoteDocument, i: number): Map<number, string> {
  const sentence = doc.sentences[doc.sentenceOf[i] ?? -1];
  const first = doc.tokens[Math.max(0, i - WINDOW_BEFORE)];
  const last = doc.tokens[Math.min(doc.tokens.length - 1, i + WINDOW_AFTER)];
  if (sentence === undefined || first === undefined || last === undefined) return new Map();
  const start = Math.max(sentence.start, first.start);
  const end = Math.min(sentence.end, last.end);
  return new Map(tagWords(doc.text, start, end).map((w) => [w.start, w.pos]));
}

/** Whether a finite clause opens at `k`: "that" and a subject, or a subject pronoun and a finite verb. */
function opensClause(tokens: readonly Token[], k: number, to: number): boolean {
  const next = tokens[k];
  if (next === undefined || k >= to) return false;
  if (next.lower === "that") {
    const opener = tokens[k + 1];
    if (opener === undefined || k + 1 >= to) return false;
    return (
      opener.text === "," || CLAUSE_OPENING.test(opener.lower) || PRONOUN_WITH_AUX.test(opener.lower) || opener.cap
    );
  }
  if (PRONOUN_WITH_AUX.test(next.lower)) return true;
  if (!CLAUSE_PRONOUN.test(next.lower)) return false;
  const verb = tokens[k + 1];
  if (verb === undefined || k + 1 >= to) return false;
  return FINITE_AUX.test(verb.lower) || isFiniteVerb(verb.lower);
}

/** A verb form that is finite after a subject pronoun: "he [wants]", "she [won]". */
function isFiniteVerb(w: string): boolean {
  return (w.length > 4 && w.endsWith("ed")) || IRREGULAR_PAST.test(w) || (w.length > 3 && /[^s]s$/u.test(w));
}

/** Whether the word at `i` is a verb or a stance adjective by its place: after a subject, an auxiliary or "be". */
function isPredicate(tokens: readonly Token[], i: number, from: number): boolean {
  const w = (tokens[i] as Token).lower;
  let p = i - 1;
  while (p > from && LY_ADVERB.test((tokens[p] as Token).lower)) p--;
  const before = tokens[p] as Token;
  if (COPULA.test(before.lower)) return true;
  if (BEFORE_VERB.test(before.lower) || SUBJECT_PRONOUN.test(before.lower)) return !w.endsWith("ly");
  // After a noun: a verb in the past ("Rubio insisted") or present ("the campaign disputes"); not a noun ("the claims").
  if (!before.word || DETERMINER.test(before.lower) || /['’]s$/u.test(before.lower)) return false;
  return true;
}
