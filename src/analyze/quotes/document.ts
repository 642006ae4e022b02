import type { Evidence, Quote, Sentence, Span } from "../../article.js";
import type { Cue } from "./cueAt.js";
import { cueAt } from "./cueAt.js";
import type { Cues } from "./cues.js";
import type { QuotedSpan } from "./quotedSpans.js";
import { quotedSpans } from "./quotedSpans.js";
import { regardAsCue } from "./regardAsCue.js";
import { isOtherSense } from "./otherSense.js";
import type { Phrase } from "./speakerPhrase.js";
import type { Token } from "./tokens.js";
import { tokenize } from "./tokens.js";

/** One article prepared for quote finding: tokens, sentences as token ranges, quoted stretches, cues. */
export interface QuoteDocument {
  text: string;
  tokens: Token[];
  sentences: readonly Sentence[];
  /** Token range [from, to) of each sentence. */
  sentenceTokens: Array<{ from: number; to: number }>;
  /** Sentence index of each token (-1 between sentences). */
  sentenceOf: Int32Array;
  quoted: QuotedSpan[];
  /** Index into `quoted` of the quoted stretch holding each token, marks included; -1 outside. */
  quoteOf: Int32Array;
  /** The cue starting at each token outside quotes. */
  cueStarting: Array<Cue | null>;
  cues: Cues;
}

/** A quote before its speaker is resolved and linked. */
export interface RawQuote {
  kind: Quote["kind"];
  parts: Span[];
  cue: Cue | null;
  speaker: Phrase | null;
  evidence: Evidence;
  /** Token range to look for the channel in. */
  viaFrom: number;
  viaTo: number;
  sentence: number;
  /** Take the speaker of the quote before (a paragraph of quote with no cue after an attributed one). */
  inherit: boolean;
}

/** Prepares the tokens, sentence ranges, quoted stretches and cues of one text. */
export function prepare(text: string, sentences: readonly Sentence[], cues: Cues): QuoteDocument {
  const tokens = tokenize(text);
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const sentenceTokens: Array<{ from: number; to: number }> = [];
  let t = 0;
  sentences.forEach((sentence, index) => {
    while (t < tokens.length && (tokens[t] as Token).start < sentence.start) t++;
    const from = t;
    while (t < tokens.length && (tokens[t] as Token).end <= sentence.end) sentenceOf[t++] = index;
    sentenceTokens.push({ from, to: t });
  });
  const quoted = quotedSpans(text);
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  tokens.forEach((token, i) => {
    while (q < quoted.length && (quoted[q] as QuotedSpan).close <= token.start) q++;
    const span = quoted[q];
    if (span !== undefined && token.start >= span.open && token.start < span.close) quoteOf[i] = q;
  });
  const cueStarting = tokens.map((token, i) => {
    const cue = quoteOf[i] === -1 ? (cueAt(tokens, i, cues) ?? regardAsCue(tokens, i)) : null;
    if (cue === null || isNoun(tokens, i) || (token.cap && isNameWord(tokens, i, sentenceOf, sentenceTokens)))
      return null;
    if (isOtherSense(tokens, i)) return null;
    return cue;
  });
  return { text, tokens, sentences, sentenceTokens, sentenceOf, quoted, quoteOf, cueStarting, cues };
}

/** The index of the sentence holding `offset`, or of the last one starting before it (binary search). */
export function sentenceAt(doc: QuoteDocument, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.sentences[mid] as Sentence).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The first token starting at or after `offset`. */
export function tokenAt(doc: QuoteDocument, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Trims spaces, quotation marks and sentence punctuation from both ends of a span. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s"“”‘’',;:—–-]/u.test(text[s] ?? "")) s++;
  while (e > s && /[\s"“”‘’',;:.!?—–-]/u.test(text[e - 1] ?? "")) e--;
  return { start: s, end: e };
}

/**
 * A capitalised word inside a sentence of ordinary case is part of a name ("the United States", "Planned
 * Parenthood Says"), not a cue; a headline in title case ("Obama Says Museum Tells the Truth") keeps its cues.
 */
function isNameWord(
  tokens: readonly Token[],
  i: number,
  sentenceOf: Int32Array,
  sentenceTokens: ReadonlyArray<{ from: number; to: number }>,
): boolean {
  const range = sentenceTokens[sentenceOf[i] ?? -1];
  if (range === undefined || i === range.from) return false;
  const before = tokens[i - 1];
  if (before === undefined || !before.word) return false;
  let words = 0;
  let caps = 0;
  for (let k = range.from; k < range.to && k < range.from + 40; k++) {
    const t = tokens[k] as Token;
    // Title case capitalises the content words; short function words stay lower case.
    if (!t.word || t.text.length <= 3) continue;
    words++;
    if (t.cap) caps++;
  }
  return caps < 0.75 * words;
}

/** Words after which a cue word is a noun: "the claim", "his statement", "Editor’s note". */
const nounMarkers = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "my",
  "our",
  "your",
  "this",
  "these",
  "those",
]);
/** Contractions ending in "’s" that are "is"/"has", not possessives: "he’s said", "it’s worried". */
const contractions = /^(?:he|she|it|that|there|who|what|here|where)['’]s$/u;

function isNoun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined) return false;
  if (nounMarkers.has(before.lower)) return true;
  if (isPluralNoun(tokens, i)) return true;
  return /['’]s$/u.test(before.lower) && !contractions.test(before.lower);
}

/** Words that count or quantify a plural noun: "35 states", "many attacks", "two main questions". */
const QUANTIFIER =
  /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|many|several|some|few|all|both|other|such|more|most|new|these|those)$/u;
/** Words after which an "-s" word is a noun: a preposition or the end of a clause ("attacks on", "questions about"). */
const AFTER_PLURAL_NOUN = /^(?:on|about|of|against|over|in|at|from|for|with|by|where|and|or|,|\.|;|\)|—|–)$/u;
const SUBJECT_PRONOUN = /^(?:he|she|it|who|which|that|one|everyone|nobody|no one)$/u;

/** Cue words that news writes far more often as plural nouns ("battleground states", "terrorist attacks"). */
const NOUN_FIRST = new Set(["states", "attacks", "questions"]);
/** What follows such a word used as a verb: a clause or an object ("states that", "attacks Clinton", "questions whether"). */
const VERB_OBJECT = /^(?:that|whether|:|\p{Lu}.*|the|his|her|him|them|their|its)$/u;

/**
 * An "-s" cue word that is a plural noun, not a verb: after a number or quantifier ("35 states", "such attacks"), or
 * after a lower-case word that is no subject pronoun and before a preposition or a clause end ("terrorist attacks,",
 * "raised questions about"). "He attacks Clinton", "the report states that" stay cues.
 */
function isPluralNoun(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const w = token.lower;
  if (w.length < 4 || !w.endsWith("s") || w.endsWith("ss") || w === "says") return false;
  if (NOUN_FIRST.has(w) && !VERB_OBJECT.test(tokens[i + 1]?.text ?? ".")) return true;
  const before = tokens[i - 1] as Token;
  if (QUANTIFIER.test(before.lower)) return true;
  if (!before.word || before.cap || SUBJECT_PRONOUN.test(before.lower)) return false;
  return AFTER_PLURAL_NOUN.test(tokens[i + 1]?.lower ?? ".");
}

/** Whether any part of any of `quotes` overlaps `span`. */
export function overlapsAny(quotes: readonly RawQuote[], span: Span): boolean {
  return quotes.some((q) => q.parts.some((p) => p.start < span.end && p.end > span.start));
}

/** Tokens that end a cue's object: "support for Sanders, who…", "criticism of the deal; others…". */
const OBJECT_END = /^[,;:—–()[\]]$/u;

/** How far (in tokens) the object of a nominal cue may run before it is cut. */
const OBJECT_REACH = 200;

/**
 * The object a nominal cue takes, from token `from` up to the first unquoted comma, semicolon, colon, dash or
 * bracket before token `to`; `end` is the token after it. Null when nothing stands there.
 */
export function objectAfter(doc: QuoteDocument, from: number, to: number): { content: Span; end: number } | null {
  const { tokens } = doc;
  // A clause of news prose ends well within OBJECT_REACH tokens; a page without punctuation must not make every cue
  // read to the end of the text (quadratic).
  const limit = Math.min(to, from + OBJECT_REACH);
  let end = from;
  while (end < limit && !(doc.quoteOf[end] === -1 && OBJECT_END.test((tokens[end] as Token).text))) end++;
  const first = tokens[from];
  const last = tokens[end - 1];
  if (first === undefined || last === undefined || end <= from) return null;
  return { content: trimSpan(doc.text, first.start, last.end), end };
}
