import type { Sentence } from "../../article.js";
import type { Cue } from "./cueAt.js";
import type { QuoteDocument, RawQuote } from "./document.js";
import { sentenceAt, tokenAt } from "./document.js";
import { notSpeakers } from "./labelledQuotes.js";
import type { QuotedSpan } from "./quotedSpans.js";
import type { Phrase } from "./speakerPhrase.js";
import { participleSpeaker } from "./participleSpeaker.js";
import { colonName, colonSpeaker } from "./colonSpeaker.js";
import { coordinatedSubject, sentenceSubject } from "./sentenceSubject.js";
import { isTitleOfWork } from "./titleOfWork.js";
import { subjectAfter, subjectBefore } from "./speakerPhrase.js";

/** How far after a closing mark the cue may stand: "…,” the Qatari foreign ministry spokesman said." */
const AFTER_WINDOW = 10;
const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** A speaker label and colon that are all a line holds before a quote: "Kasich: “…”". */
const LINE_LABEL = /^[^\S\n]*(\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,3}):[^\S\n]*$/u;
/** The same label heading a line that goes on before the quote: "Pat Caddell: Voters Worried…; It’s ‘in Their Heads.’". */
const LINE_HEAD_LABEL = /^[^\S\n]*(\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,3}):[^\S\n]+\S/u;
/** A dash and a name right after a closing mark, ending the line: "” ― Krystal Correa". */
const DASH_SIGNATURE =
  /^[^\S\n]*[―—–][^\S\n]*(\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,3})[^\S\n.]*\.?[^\S\n]*(?=\n|$)/u;
/** Words that may stay lower case in a title of a work ("Gone With the Wind"). */
const titleSmallWords = new Set(["a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "at", "by"]);

/**
 * Quotes between quotation marks: direct when the quoted words stand as a clause of their own (after a colon, a
 * cue or at the sentence start, and ending the sentence or followed by a comma and the attribution), partial when
 * embedded in reported speech ("described the attack as “cowardly”"). Scare quotes, nicknames and titles of works
 * (a quoted short phrase with no cue in the sentence, or in title case) are not quotes.
 */
export function directQuotes(doc: QuoteDocument): RawQuote[] {
  const out: RawQuote[] = [];
  let previous: RawQuote | null = null;
  doc.quoted.forEach((span) => {
    const raw = quoteOfSpan(doc, span, previous);
    if (raw === null) return;
    // "“We are,” he said, “ready.”": the second piece shares the first one's cue, so it is the same quote.
    if (
      previous !== null &&
      raw.cue !== null &&
      previous.cue !== null &&
      (raw.cue.from === previous.cue.from || interrupts(doc, previous, raw))
    ) {
      previous.parts.push(...raw.parts);
      if (raw.kind === "direct") previous.kind = "direct";
      return;
    }
    // "“We are ready,” he said. “The talks go on.”": a quote with no cue of its own later in the same paragraph
    // goes on with the one before (one attribution in two pieces, as PolNeAR marks it).
    if (
      previous !== null &&
      raw.cue === null &&
      raw.speaker === null &&
      previous.speaker !== null &&
      sameParagraph(doc, previous, raw)
    ) {
      previous.parts.push(...raw.parts);
      return;
    }
    out.push(raw);
    previous = raw;
  });
  return out;
}

function quoteOfSpan(doc: QuoteDocument, span: QuotedSpan, previous: RawQuote | null): RawQuote | null {
  const { text } = doc;
  const first = sentenceAt(doc, span.open);
  const last = Math.max(first, sentenceAt(doc, Math.max(span.open, span.close - 1)));
  const firstSentence = doc.sentences[first];
  const lastSentence = doc.sentences[last];
  if (firstSentence === undefined || lastSentence === undefined) return null;
  const openTok = tokenAt(doc, span.open);
  const closeTok = tokenAt(doc, span.close);
  const from = doc.sentenceTokens[first]?.from ?? openTok;
  const to = Math.max(closeTok, attributionTail(doc, span.close, last) ?? doc.sentenceTokens[last]?.to ?? closeTok);
  const before = text.slice(firstSentence.start, span.open).trim();
  const after = span.close >= lastSentence.end ? "" : text.slice(span.close, lastSentence.end).trim();
  const content = text.slice(span.start, span.end);
  const words = firstWords(content, MAX_WORDS_READ);

  const afterCue = findCue(doc, closeTok, Math.min(to, closeTok + AFTER_WINDOW), "first");
  const beforeCue = findCue(doc, from, openTok, "last");
  const cueInSentence = afterCue ?? beforeCue ?? findCue(doc, closeTok, to, "first");

  const atStart = before === "" || /[:,—–-]$/u.test(before) || (beforeCue !== null && beforeCue.to === openTok);
  const atEnd = after === "" || /^[,.;:!?—–)]/u.test(after) || /[.!?,]$/u.test(content.trimEnd());
  const kind: RawQuote["kind"] = atStart && atEnd ? "direct" : "partial";

  // Not quotes: nicknames (Joaquin “El Chapo” Guzmán), titles of works, scare quotes with no cue.
  if (words.length === 0) return null;
  // "In his new book, ''Doomed to Succeed,'' … Mr. Ross said…": a title leaves the sentence's cue to its clause.
  if (isTitleOfWork(text, span.open, words)) return null;
  if (kind === "partial") {
    // What a map or a poll "shows" is nobody's words: it does not make a quoted phrase a quote.
    if (cueInSentence === null || cueInSentence.kind === "evidence") return null;
    const governed = beforeCue !== null && beforeCue.to >= openTok - 3;
    if (!governed && isTitleCase(words)) return null;
    if (/\p{Lu}[\p{Ll}.]*$/u.test(before) && /^\p{Lu}/u.test(after) && words.length <= 3) return null;
  }
  const near = previous !== null && isNear(doc.sentences, previous.sentence, first);
  // A short quoted sentence with no cue is a title or a slogan unless it follows an attributed quote.
  // "“…” ― Krystal Correa": a name after a dash signs the quote (vox pops, epigraphs, tweets).
  const signed = DASH_SIGNATURE.exec(text.slice(span.close, span.close + 80));
  if (kind === "direct" && cueInSentence === null && signed === null && words.length < (near ? 2 : 4)) return null;

  const parts = span.parts.map((p) => ({ ...p }));
  const base = { kind, parts, sentence: first };
  // A quote introduced by its cue ("Rubio said: “…”", "he added, “…”") takes that cue; otherwise the cue after it.
  // A partial quote sits inside the clause its cue governs: "Trump called her “disgusting” and encouraged…".
  const introduced = beforeCue !== null && (/[:,]$/u.test(before) || beforeCue.to === openTok || kind === "partial");
  if (afterCue !== null && !introduced && afterCue.kind !== "gerund") {
    const speaker = speakerOf(doc, afterCue, closeTok, to);
    return rawQuote(base, afterCue, speaker, "stated", closeTok, to, false);
  }
  if (beforeCue !== null) {
    // "Pollsters agree - Carl Bialik: “…”": a name heading the quote after the cue's clause is its speaker.
    const range = doc.sentenceTokens[first];
    const name = range === undefined ? null : colonName(doc, range, openTok - 1);
    if (name !== null && (doc.tokens[beforeCue.to - 1]?.end ?? 0) < name.start) {
      return rawQuote(base, null, name, "stated", from, openTok, false);
    }
    const speaker = speakerOf(doc, beforeCue, from, openTok);
    return rawQuote(base, beforeCue, speaker, "stated", from, openTok, false);
  }
  if (cueInSentence !== null) {
    const speaker = speakerOf(doc, cueInSentence, closeTok, to);
    return rawQuote(base, cueInSentence, speaker, "stated", closeTok, to, false);
  }
  if (signed?.[1] !== undefined) {
    // "Karen Bobadilla." ends a sentence; "Jr." and initials keep their dot.
    const name = signed[1].replace(/(\p{Ll}{2})\.$/u, "$1");
    const start = span.close + signed[0].indexOf(name);
    const speaker = { start, end: start + name.length, text: name };
    return rawQuote(base, null, speaker, "stated", closeTok, closeTok, false);
  }
  // "Kasich: “We Are Going To Go All The Way”": a speaker label opens the line (headlines, transcripts).
  const lineStart = text.lastIndexOf("\n", span.open - 1) + 1;
  const lineBefore = text.slice(lineStart, span.open);
  const label = LINE_LABEL.exec(lineBefore) ?? LINE_HEAD_LABEL.exec(lineBefore);
  if (label?.[1] !== undefined && !notSpeakers.has(label[1].toLowerCase())) {
    const speaker = { start: lineStart + label.index, end: lineStart + label.index + label[1].length, text: label[1] };
    return rawQuote(base, null, speaker, "stated", openTok, openTok, false);
  }
  // "President Clinton released the following statement: “…”", "- Carl Bialik: “…”": a colon and no known cue.
  const range = doc.sentenceTokens[first];
  const colonBefore = range === undefined ? null : colonSpeaker(doc, range, openTok - 1);
  if (colonBefore !== null) return rawQuote(base, null, colonBefore, "stated", from, openTok, false);
  // "He said:" closing the sentence or paragraph before.
  const prior = doc.sentences[first - 1];
  if (prior !== undefined && /:\s*$/u.test(text.slice(prior.start, prior.end))) {
    const range = doc.sentenceTokens[first - 1];
    const cue = range === undefined ? null : findCue(doc, range.from, range.to, "last");
    if (cue !== null && range !== undefined) {
      const speaker = speakerOf(doc, cue, range.from, range.to);
      return rawQuote(base, cue, speaker, "inferred", range.from, range.to, false);
    }
    // "Clinton went on:" with no cue we know.
    const speaker = range === undefined ? null : colonSpeaker(doc, range, range.to - 1);
    if (speaker !== null && range !== undefined) {
      return rawQuote(base, null, speaker, "inferred", range.from, range.to, false);
    }
  }
  // A paragraph of quote right after an attributed one continues it.
  return rawQuote(base, null, null, "inferred", from, from, near);
}

/**
 * A raw quote with the fields in one order. Written out rather than spread from `base`: an object spread followed by
 * more fields was the costliest line of the stage.
 */
function rawQuote(
  base: Pick<RawQuote, "kind" | "parts" | "sentence">,
  cue: Cue | null,
  speaker: Phrase | null,
  evidence: RawQuote["evidence"],
  viaFrom: number,
  viaTo: number,
  inherit: boolean,
): RawQuote {
  return {
    kind: base.kind,
    parts: base.parts,
    sentence: base.sentence,
    inherit,
    cue,
    speaker,
    evidence,
    viaFrom,
    viaTo,
  };
}

/** No test below reads more than the first nine words of a quote: long quotes need not be split whole. */
const MAX_WORDS_READ = 9;

/** Up to `max` words of `content`. */
function firstWords(content: string, max: number): string[] {
  const out: string[] = [];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(content); m !== null && out.length < max; m = WORDS.exec(content)) out.push(m[0]);
  return out;
}

/** The first (or last) cue that starts in tokens [from, to), outside quotes. */
export function findCue(doc: QuoteDocument, from: number, to: number, which: "first" | "last"): Cue | null {
  let found: Cue | null = null;
  for (let i = from; i < to; i++) {
    const cue = doc.cueStarting[i];
    if (cue === null || cue === undefined) continue;
    if (which === "first") return cue;
    found = cue;
  }
  return found;
}

/** The speaker of a cue: its subject before it, or after an inverted cue ("…,” said Rubio"), or "according to X". */
function speakerOf(doc: QuoteDocument, cue: Cue, lo: number, hi: number): Phrase | null {
  const { text, tokens } = doc;
  if (cue.kind === "according") return subjectAfter(text, tokens, cue.to - 1, hi);
  // ", saying…" and ", calling him “a total stiff”": a participle after a comma goes on with the sentence's subject.
  const participle = tokens[cue.from - 1]?.text === "," && (tokens[cue.from]?.lower ?? "").endsWith("ing");
  if (cue.kind === "gerund" || participle) {
    const range = doc.sentenceTokens[doc.sentenceOf[cue.from] ?? -1];
    if (range === undefined) return null;
    return participleSpeaker(doc, range, cue.from) ?? sentenceSubject(doc, range, cue.from);
  }
  const boundary = Math.max(lo, lastQuoteEnd(doc, lo, cue.from));
  const subject = subjectBefore(text, tokens, cue.from, boundary);
  if (subject !== null) return subject;
  // Only an inverted cue has its speaker after it ("…,” said Rubio"); after "encouraged" stands its object.
  const previous = tokens[cue.from - 1];
  const inverted = previous === undefined || !previous.word || cue.from === boundary;
  const range = doc.sentenceTokens[doc.sentenceOf[cue.from] ?? -1];
  // "She declared “What a night!” and said that…": after "and"/"but" the speaker is the sentence's subject.
  const coordinated = range === undefined || inverted ? null : coordinatedSubject(doc, cue, range);
  if (coordinated !== null) return coordinated;
  if (inverted || cue.kind === "speech") return subjectAfter(text, tokens, cue.to - 1, hi);
  // "Trump called her “disgusting” and encouraged…": the sentence's subject, read up to its first cue.
  if (range === undefined || tokens[range.from]?.cap !== true) return null;
  return sentenceSubject(doc, range, cue.from + 1);
}

/** The token after the last quoted token before `cue`, so a speaker is never read inside a quote. */
function lastQuoteEnd(doc: QuoteDocument, lo: number, cue: number): number {
  for (let i = cue - 1; i >= lo; i--) if (doc.quoteOf[i] !== -1) return i + 1;
  return lo;
}

function isTitleCase(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 8) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && titleSmallWords.has(w.toLowerCase())));
}

/** Whether sentence `b` follows sentence `a` closely: the same paragraph, or the next one within three sentences. */
function isNear(sentences: readonly Sentence[], a: number, b: number): boolean {
  const sa = sentences[a];
  const sb = sentences[b];
  if (sa === undefined || sb === undefined || b < a) return false;
  return sb.paragraph - sa.paragraph <= 1 && b - a <= 4;
}

/** Whether quote `b` starts in the paragraph where quote `a` ends. */
function sameParagraph(doc: QuoteDocument, a: RawQuote, b: RawQuote): boolean {
  const end = a.parts.at(-1)?.end ?? 0;
  const lastOfA = doc.sentences[sentenceAt(doc, Math.max(0, end - 1))];
  const firstOfB = doc.sentences[b.sentence];
  const between = doc.text.slice(end, b.parts[0]?.start ?? end);
  return (
    lastOfA !== undefined &&
    firstOfB !== undefined &&
    lastOfA.paragraph === firstOfB.paragraph &&
    !between.includes("\n")
  );
}

/** The longest "Vitter demanded." a splitter may cut off a quote ending in "?”" or "!”". */
const TAIL_TOKENS = 8;

/**
 * The end token of a short sentence holding the attribution of a quote that closed the sentence before it
 * ("“…too big to regulate?” Vitter demanded."), or null.
 */
function attributionTail(doc: QuoteDocument, close: number, last: number): number | null {
  const sentence = doc.sentences[last];
  const next = doc.sentences[last + 1];
  const range = doc.sentenceTokens[last + 1];
  if (sentence === undefined || next === undefined || range === undefined) return null;
  if (sentence.end > close || next.paragraph !== sentence.paragraph || doc.text.slice(close, next.start).trim() !== "")
    return null;
  if (range.to - range.from > TAIL_TOKENS || findCue(doc, range.from, range.to, "first") === null) return null;
  return range.to;
}

/**
 * Whether `b` goes on with `a` around a cue: "“Every time you say that,” Tester said, referring to the excuse, “you
 * give…”": `a`'s cue stands between the two, the text between them stays on one line and ends with a comma.
 */
function interrupts(doc: QuoteDocument, a: RawQuote, b: RawQuote): boolean {
  const end = a.parts.at(-1)?.end ?? 0;
  const start = b.parts[0]?.start ?? 0;
  const cue = a.cue === null ? undefined : doc.tokens[a.cue.from];
  // ', adding, “…”' and ', he added, “…”' open an attribution of their own.
  if (b.cue?.kind === "gerund" || b.cue?.kind === "speech") return false;
  if (cue === undefined || cue.start < end || cue.start > start) return false;
  const between = doc.text.slice(end, start);
  return !between.includes("\n") && /,\s*["“']*$/u.test(between);
}
