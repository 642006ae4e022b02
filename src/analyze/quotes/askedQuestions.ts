import type { QuoteDocument, RawQuote } from "./document.js";
import { overlapsAny, trimSpan } from "./document.js";
import type { Phrase } from "./speakerPhrase.js";
import { subjectAfter } from "./speakerPhrase.js";
import type { Token } from "./tokens.js";

/** The passive participle that reports a question put to someone. */
const ASKED = "asked";
/** What may stand right before a passive "asked": the sentence start, "when"/"after", a comma, a form of "be". */
const PASSIVE_LEAD = /^(?:when|after|once|if|,|—|–|was|were|is|are|been|being|be)$/u;
/** Words that open the question itself: "asked whether…", "asked why…". They are part of the content. */
const QUESTION_WORD = /^(?:whether|if|why|what|how|which|who|whom|where|when)$/u;
/** Words that introduce the topic or the request and are not part of it: "asked about the merger". */
const TOPIC_WORD = /^(?:about|for)$/u;
/** How many words of time, place or manner may stand before the question: "Asked at a briefing Monday in Washington". */
const MAX_ADVERBIAL = 8;
/** Words that may make up such an adverbial. */
const ADVERBIAL =
  /^(?:on|in|at|during|later|again|earlier|recently|specifically|directly|repeatedly|last|this|a|an|the|his|her|their|its|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|debate|briefing|interview|conference|rally|news|press|town|hall|event|meeting|sunday's|\p{Lu}[\p{L}.’'-]*)$/u;
/** Tokens that end the question: "Asked whether he would run, Trump said…". */
const QUESTION_END = /^[,;:—–()[\]]$/u;
const MIN_CONTENT_WORDS = 1;
/** Requests that ask for no answer in words: "asked for comment", "asked for an interview". */
const NO_QUESTION = /^(?:(?:a |any )?comments?|an? (?:interview|response|reaction|statement))\b/iu;

/**
 * Questions put to someone, reported in the passive: "Asked whether he would run, Trump said…", "…, he said when
 * asked about the merger.", "She was asked by Matt Lauer whether she had practised." The content is the question
 * (from its wh-word) or the topic after "about"/"for", up to the end of its clause; the speaker is the asker when
 * "by X" names them, else none (PolNeAR marks the asker as the source, and an unnamed one as no source).
 * A stretch already taken by another quote is left to it. Never throws.
 *
 * @example askedQuestions(prepare("Asked about the merger, he smiled.", …), []) // content "the merger", no speaker
 */
export function askedQuestions(doc: QuoteDocument, taken: readonly RawQuote[]): RawQuote[] {
  const { text, tokens } = doc;
  const out: RawQuote[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.lower !== ASKED || doc.quoteOf[i] !== -1) continue;
    const sentence = doc.sentenceOf[i] ?? -1;
    const range = doc.sentenceTokens[sentence];
    if (range === undefined) continue;
    const before = tokens[i - 1];
    if (i !== range.from && (before === undefined || !PASSIVE_LEAD.test(before.lower))) continue;
    let k = i + 1;
    let speaker: Phrase | null = null;
    if (tokens[k]?.lower === "by") {
      speaker = subjectAfter(text, tokens, k, range.to);
      if (speaker === null) continue;
      k = tokenAfter(tokens, k, speaker.end, range.to);
    }
    const opener = questionStart(tokens, k, range.to, speaker !== null);
    if (opener === null) continue;
    let end = opener;
    while (end < range.to && !(doc.quoteOf[end] === -1 && QUESTION_END.test((tokens[end] as Token).text))) end++;
    const first = tokens[opener];
    const last = tokens[end - 1];
    if (first === undefined || last === undefined || end <= opener) continue;
    const content = trimSpan(
      text,
      first.start,
      end === range.to ? (doc.sentences[sentence]?.end ?? last.end) : last.end,
    );
    const words = text.slice(content.start, content.end).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < MIN_CONTENT_WORDS || overlapsAny(taken, content)) continue;
    // "Asked for comment, the campaign did not answer": a request for comment is no question.
    if (NO_QUESTION.test(text.slice(content.start, content.end))) continue;
    out.push({
      kind: "indirect",
      parts: [content],
      cue: { kind: "speech", from: i, to: i + 1 },
      speaker,
      evidence: "stated",
      viaFrom: i,
      viaTo: i,
      sentence,
      inherit: false,
    });
    i = end - 1;
  }
  return out;
}

/**
 * The token where the question starts after "asked" (and its agent), skipping a short adverbial: the wh-word itself,
 * or the word after "about"/"for". An infinitive ("asked by X to respond") counts only after a named asker. Null
 * when no question follows within reach.
 */
function questionStart(tokens: readonly Token[], from: number, to: number, named: boolean): number | null {
  for (let k = from; k < to && k - from <= MAX_ADVERBIAL; k++) {
    const word = (tokens[k] as Token).lower;
    if (QUESTION_WORD.test(word)) return k;
    if (TOPIC_WORD.test(word)) return k + 1 < to ? k + 1 : null;
    if (word === "to" && named && k === from) return k;
    if (!ADVERBIAL.test((tokens[k] as Token).text) && !ADVERBIAL.test(word)) return null;
  }
  return null;
}

/** The first token from `from` on starting at or after `offset`. */
function tokenAfter(tokens: readonly Token[], from: number, offset: number, to: number): number {
  let k = from;
  while (k < to && (tokens[k] as Token).start < offset) k++;
  return k;
}
