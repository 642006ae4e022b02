import type { QuoteDocument, RawQuote } from "./document.js";
import { overlapsAny, trimSpan } from "./document.js";
import { sentenceSubject } from "./sentenceSubject.js";
import type { Phrase } from "./speakerPhrase.js";
import type { Token } from "./tokens.js";

/**
 * Adjectives of a stance, each with the words that open what the stance is about: "critical of [the deal]",
 * "confident that [they will win]", "eager to [debate]". Chosen from the PolNeAR train split's adjective Cue spans
 * ("has been critical of", "are wary of", "is eager") and their near kin.
 */
export const STANCE_ADJECTIVES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    critical: ["of"],
    wary: ["of"],
    skeptical: ["of", "about"],
    sceptical: ["of", "about"],
    confident: ["that", "of", "about"],
    eager: ["to"],
    willing: ["to"],
    concerned: ["about", "that", "with"],
    nervous: ["about", "that"],
    proud: ["of", "that"],
    angry: ["at", "about", "with", "that"],
    optimistic: ["about", "that"],
    pessimistic: ["about"],
    unhappy: ["with", "about", "that"],
    sure: ["that", "about", "of"],
    aware: ["that", "of"],
    tired: ["of"],
    fond: ["of"],
    loyal: ["to"],
    frustrated: ["with", "by", "that"],
    appreciative: ["of"],
    upbeat: ["about"],
    reluctant: ["to"],
    adamant: ["that", "about"],
    supportive: ["of"],
    opposed: ["to"],
    hopeful: ["that", "about"],
    worried: ["about", "that"],
    convinced: ["that", "of"],
    certain: ["that", "of"],
    determined: ["to"],
    disappointed: ["with", "in", "by", "that"],
    dismissive: ["of"],
    suspicious: ["of"],
    doubtful: ["that", "about"],
    unsure: ["about", "whether", "of"],
    afraid: ["of", "that"],
    fearful: ["of", "that"],
    enthusiastic: ["about"],
    hostile: ["to", "toward"],
    receptive: ["to"],
    committed: ["to"],
    keen: ["to", "on"],
    intent: ["on"],
    bent: ["on"],
    glad: ["that", "to"],
    pleased: ["with", "by", "that"],
    furious: ["with", "at", "about", "that"],
    outraged: ["by", "at", "that"],
    upset: ["with", "about", "by", "that"],
    grateful: ["for", "to", "that"],
    vocal: ["about", "in"],
  }).map(([adjective, links]) => [adjective, new Set(links)]),
);

/** Forms of "be" and its kin that link a subject to a predicate adjective: "Clinton was critical of…". */
const COPULA =
  /^(?:is|was|are|were|be|been|being|am|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|become|became|grew|felt|feel|feels|isn['’]t|wasn['’]t|aren['’]t|weren['’]t)$/u;
/** Adverbs between the copula and the adjective: "has been increasingly critical of", "is not sure that". */
const ADVERB =
  /^(?:not|also|still|very|deeply|openly|increasingly|highly|more|most|less|so|too|sharply|strongly|particularly|publicly|equally|both|all|now|already|long|often|frequently|fiercely|generally|largely|quite|really|clearly|somewhat|always|never|even|privately|notably|visibly|plainly)$/u;
const MAX_ADVERBS = 3;
/** Tokens that end the content: "critical of the deal, which…". */
const CONTENT_END = /^[,;:—–()[\]]$/u;
/** Subjects that name nobody: "It is clear that…", "There are some wary of…". */
const UNNAMED_SUBJECT = /^(?:it|there|this|that|what)$/iu;
const WORD = /[\p{L}\p{N}]+/gu;
/** Auxiliaries and adverbs between a subject and its copula: "have long been", "will also be". */
const VERB_GROUP =
  /^(?:has|have|had|will|would|could|may|might|must|should|can|been|be|also|still|not|never|always|long|now|already|often|generally|usually|both|all|clearly|increasingly)$/u;
/** Relative pronouns whose antecedent holds the stance: "voters who are wary of". */
const RELATIVE = /^(?:who|which|that)$/u;
/** First words the subject reader may take in that open no subject: "Still, …", "And he…", "Despite his…". */
const NOT_SUBJECT_OPENING =
  /^(?:still|even|and|but|so|yet|despite|throughout|though|although|then|also|now|instead|indeed|meanwhile|however|voices)$/iu;

/**
 * Stances stated by a predicate adjective, with the subject as their holder: "Republicans have been critical of [the
 * plan]", "Sanders is confident that [he can win]", "Most voters were unhappy with [the choice]". The content runs
 * from the adjective's linking word to the end of the clause. A subject that names nobody ("It is clear that…")
 * gives no quote; a stretch taken by another quote is left to it. Never throws.
 *
 * @example stanceAdjectives(prepare("Kerry was critical of the plan.", …), [])[0] // content "the plan", speaker "Kerry"
 */
export function stanceAdjectives(doc: QuoteDocument, taken: readonly RawQuote[]): RawQuote[] {
  const { text, tokens } = doc;
  const out: RawQuote[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const copula = tokens[i] as Token;
    if (!COPULA.test(copula.lower) || doc.quoteOf[i] !== -1) continue;
    let a = i + 1;
    while (a < i + 1 + MAX_ADVERBS && ADVERB.test(tokens[a]?.lower ?? "")) a++;
    const links = STANCE_ADJECTIVES.get(tokens[a]?.lower ?? "");
    if (links === undefined || !links.has(tokens[a + 1]?.lower ?? "")) continue;
    const sentence = doc.sentenceOf[i] ?? -1;
    const range = doc.sentenceTokens[sentence];
    if (range === undefined || a + 2 >= range.to) continue;
    let end = a + 2;
    while (end < range.to && !(doc.quoteOf[end] === -1 && CONTENT_END.test((tokens[end] as Token).text))) end++;
    const first = tokens[a + 2];
    const last = tokens[end - 1];
    if (first === undefined || last === undefined || end <= a + 2) continue;
    const content = trimSpan(text, first.start, last.end);
    if ((text.slice(content.start, content.end).match(WORD) ?? []).length === 0) continue;
    if (overlapsAny(taken, content)) continue;
    const subject = holderOf(doc, range, i);
    if (subject === null) continue;
    out.push({
      kind: "indirect",
      parts: [content],
      cue: { kind: "belief", from: i, to: a + 2 },
      speaker: subject,
      evidence: "stated",
      viaFrom: a + 2,
      viaTo: a + 2,
      sentence,
      inherit: false,
    });
    i = end - 1;
  }
  return out;
}

/**
 * The subject holding the stance: a relative pronoun right before the verb group ("activists who are wary of"),
 * else the sentence's subject when only the verb group stands between it and the copula ("Republicans have long been
 * critical of"). Null for a subject that names nobody or opens with an adverb the subject reader took in ("Still").
 */
function holderOf(doc: QuoteDocument, range: { from: number; to: number }, copula: number): Phrase | null {
  const { tokens } = doc;
  let k = copula - 1;
  while (k >= range.from && VERB_GROUP.test((tokens[k] as Token).lower)) k--;
  const before = tokens[k];
  if (before === undefined || k < range.from) return null;
  if (RELATIVE.test(before.lower)) return { start: before.start, end: before.end, text: before.text };
  const subject = sentenceSubject(doc, range, k + 1);
  if (subject === null || subject.end !== before.end || UNNAMED_SUBJECT.test(subject.text)) return null;
  return namesHolder(subject) ? subject : null;
}

/**
 * Whether a subject the sentence reader found can hold a stance: not one opening with an adverb or a preposition it
 * took in ("Still", "Throughout the debate"), nor a dateline or a headline's kicker in capitals ("PHILADELPHIA").
 */
export function namesHolder(subject: Phrase): boolean {
  if (NOT_SUBJECT_OPENING.test(/^[\p{L}'’]+/u.exec(subject.text)?.[0] ?? "")) return false;
  return !/^\p{Lu}{3,}$/u.test(subject.text);
}
