import type { Mention, Quote, Sentence, Span } from "../../article.js";
import { askedQuestions } from "./askedQuestions.js";
import type { Cues } from "./cues.js";
import { loadCues } from "./cues.js";
import { directQuotes } from "./directQuotes.js";
import type { RawQuote } from "./document.js";
import { prepare } from "./document.js";
import { evidenceLeadIns } from "./evidenceLeadIn.js";
import { indirectQuotes } from "./indirectQuotes.js";
import { labelledQuotes } from "./labelledQuotes.js";
import { nominalQuotes } from "./nominalQuotes.js";
import { isPassiveCue, passiveAgent } from "./passiveCue.js";
import { passiveQuotes } from "./passiveQuotes.js";
import type { Antecedent, SpeakerLinker } from "./resolveSpeaker.js";
import { antecedent, mentionLinker, personNameReader } from "./resolveSpeaker.js";
import { salientAntecedent } from "./salientAntecedent.js";
import { stanceAdjectives } from "./stanceAdjectives.js";
import type { Phrase } from "./speakerPhrase.js";
import { antecedentOf, pronouns, relatives } from "./speakerPhrase.js";
import type { Token } from "./tokens.js";
import { splitTurns } from "./transcriptTurns.js";
import { findVia } from "./via.js";

export interface FindQuotesOptions {
  /** The attribution lexicon; defaults to data/quotes/cues.yaml. */
  cues?: Cues;
  /** Mentions from the actors stage: speakers are linked to their actors, pronouns resolved to people. */
  mentions?: readonly Mention[];
  /** Links a speaker phrase to an actor id; defaults to reading `mentions`. */
  linkSpeaker?: SpeakerLinker;
}

/**
 * Finds the quotes of one article: direct (straight and curly marks, over several sentences and paragraphs),
 * partial (a quoted phrase inside reported speech) and indirect ("He said Qatar had raised concerns…"), each with
 * its content span, speaker as the article names them, actor id when linked, channel and cue. Speakers reached
 * through a pronoun, a previous sentence or a preceding quote are `evidence: "inferred"`. Never throws; `[]` when
 * there is no quote. `sentences` must come from the segment stage (or `splitSentences`).
 *
 * @example findQuotes("“We are ready,” Rubio told Fox News.", splitSentences(text))
 *   // [{ kind: "direct", text: "We are ready,", speakerText: "Rubio", via: "Fox News", evidence: "stated", … }]
 */
export function findQuotes(text: string, sentences: readonly Sentence[], options: FindQuotesOptions = {}): Quote[] {
  const cues = options.cues ?? loadCues();
  const mentions = options.mentions ?? [];
  const link = options.linkSpeaker ?? mentionLinker(mentions);
  const doc = prepare(text, sentences, cues);
  const direct = splitTurns(doc, directQuotes(doc));
  const indirect = indirectQuotes(doc, direct);
  const labelled = labelledQuotes(doc, direct);
  const indirectOutside = indirect.filter(
    (r) => !labelled.some((l) => l.parts.some((p) => r.parts.some((q) => q.start < p.end && q.end > p.start))),
  );
  // A quoted phrase inside a labelled line's claim is part of that claim.
  const directOutside = direct.filter(
    (q) =>
      !labelled.some((l) => l.parts.some((p) => q.parts.every((r) => r.start >= p.start - 1 && r.end <= p.end + 1))),
  );
  const kept = [...absorbPartials(directOutside, indirectOutside), ...indirectOutside, ...labelled];
  const raws = [
    ...kept,
    ...nominalQuotes(doc, kept),
    ...evidenceLeadIns(doc, kept),
    ...stanceAdjectives(doc, kept),
    ...askedQuestions(doc, kept),
    ...passiveQuotes(doc, kept),
  ].sort((a, b) => (a.parts[0]?.start ?? 0) - (b.parts[0]?.start ?? 0));

  // Antecedents are only built when a pronoun needs them, and names only read up to that pronoun (most articles'
  // first pronoun speaker comes late, and many articles have none): people from the actors stage's mentions, else
  // names of people by their shape, and the speakers met so far (names first: a name wins a tie at the same offset).
  // A pronoun speaker, once resolved, carries its antecedent on to the next ("…,” he said. “…,” he added).
  let names: ((until: number) => readonly Antecedent[]) | null = null;
  const speakers: Antecedent[] = [];
  const resolve = (pronoun: Phrase): Antecedent | null => {
    names ??= nameReader(text, mentions, doc.quoted, cues.media);
    const found = salientAntecedent(pronoun, [names(pronoun.start), speakers], doc.sentences, text);
    if (found !== null) speakers.push({ ...found, at: pronoun.start });
    return found;
  };
  const quotes: Quote[] = [];
  let last: Quote | null = null;
  for (const raw of raws) {
    const quote = toQuote(raw, doc.text, doc.tokens, resolve, speakers, last, link);
    if (quote === null) continue;
    if (raw.viaTo > raw.viaFrom) quote.via = findVia(text, doc.tokens, raw.viaFrom, raw.viaTo, cues, mentions);
    quotes.push(quote);
    if (quote.speakerText !== null) last = quote;
  }
  return quotes;
}

function toQuote(
  raw: RawQuote,
  text: string,
  tokens: readonly Token[],
  resolve: (pronoun: Phrase) => Antecedent | null,
  speakers: Antecedent[],
  last: Quote | null,
  link: SpeakerLinker,
): Quote | null {
  const first = raw.parts[0];
  const final = raw.parts.at(-1);
  if (first === undefined || final === undefined) return null;
  const quote: Quote = {
    start: first.start,
    end: final.end,
    text: raw.parts.map((p) => text.slice(p.start, p.end)).join(" "),
    kind: raw.kind,
    speaker: null,
    speakerText: null,
    via: null,
    evidence: raw.evidence,
  };
  if (raw.parts.length > 1) quote.parts = raw.parts;
  const cueFirst = raw.cue === null ? undefined : tokens[raw.cue.from];
  const cueLast = raw.cue === null ? undefined : tokens[raw.cue.to - 1];
  if (cueFirst !== undefined && cueLast !== undefined) {
    quote.cue = { start: cueFirst.start, end: cueLast.end, text: text.slice(cueFirst.start, cueLast.end) };
  }
  let speaker: Phrase | null = raw.speaker;
  // "Trump is expected to win", "Sanders was asked whether…": the subject of a passive cue is not its source.
  if (speaker !== null && raw.cue !== null && speaker.end <= (cueFirst?.start ?? 0) && isPassiveCue(tokens, raw.cue)) {
    // "he was accused by a female reporter of…": the agent after "by" is the source.
    speaker = passiveAgent(text, tokens, raw.cue);
    if (speaker === null) return quote;
  }
  if (speaker !== null && relatives.has(speaker.text.toLowerCase())) {
    // The antecedent of "who"/"which" is stated by the sentence itself: the evidence stays as it was.
    quote.anaphor = { start: speaker.start, end: speaker.end, text: speaker.text };
    speaker = antecedentOf(text, tokens, tokenStartingAt(tokens, speaker.start));
    if (speaker !== null) speakers.push(antecedent(speaker));
  } else if (
    speaker !== null &&
    (pronouns.has(speaker.text.toLowerCase()) || possessive.has(speaker.text.toLowerCase()))
  ) {
    quote.anaphor = { start: speaker.start, end: speaker.end, text: speaker.text };
    quote.evidence = "inferred";
    // "his criticism of…" is resolved like "he said".
    const subject = possessive.get(speaker.text.toLowerCase());
    const found = resolve(subject === undefined ? speaker : { ...speaker, text: subject });
    if (found !== null) speaker = found;
  } else if (speaker !== null) {
    speakers.push(antecedent(speaker));
  } else if (raw.inherit && last !== null) {
    quote.speaker = last.speaker;
    quote.speakerText = last.speakerText;
    if (last.speakerStart !== undefined) quote.speakerStart = last.speakerStart;
    if (last.speakerEnd !== undefined) quote.speakerEnd = last.speakerEnd;
    quote.evidence = "inferred";
    return quote;
  }
  if (speaker !== null) {
    quote.speakerText = speaker.text;
    quote.speakerStart = speaker.start;
    quote.speakerEnd = speaker.end;
    quote.speaker = link({ text: speaker.text, start: speaker.start, end: speaker.end }, raw.sentence);
  }
  return quote;
}

/** Possessive pronouns holding a stance ("his criticism of"), as the subject pronoun they resolve like. */
const possessive: ReadonlyMap<string, string> = new Map([
  ["his", "he"],
  ["her", "she"],
  ["their", "they"],
  ["its", "it"],
  ["our", "we"],
  ["my", "i"],
]);

/** Antecedents that are names: person mentions of the actors stage, else names by shape read lazily. */
function nameReader(
  text: string,
  mentions: readonly Mention[],
  quoted: readonly Span[],
  media: ReadonlySet<string>,
): (until: number) => readonly Antecedent[] {
  if (mentions.length === 0) return personNameReader(text, quoted, media);
  // People merely named inside a quotation are not who a later "he said" is about.
  let people: Antecedent[] | null = null;
  return () => {
    people ??= mentions
      .filter((m) => m.actor.startsWith("person:") && m.channel !== true && !insideQuote(quoted, m.start))
      .map((m) => antecedent({ start: m.start, end: m.end, text: m.text }, true));
    return people;
  };
}

/** Whether `at` falls inside one of the quoted stretches (in text order; binary search). */
function insideQuote(quoted: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quoted[mid] as Span).end <= at) lo = mid + 1;
    else hi = mid;
  }
  const q = quoted[lo];
  return q !== undefined && q.start <= at && at < q.end;
}

/** The index of the token starting exactly at `offset` (binary search), or -1. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === offset ? lo : -1;
}

/**
 * A partial quote inside the clause of an indirect one ("X said he hopes the day sends a message that “…”") is part
 * of that attribution: the partial quote is dropped and the indirect quote, marks and all, becomes partial.
 */
function absorbPartials(quoted: RawQuote[], indirect: readonly RawQuote[]): RawQuote[] {
  return quoted.filter((q) => {
    const first = q.parts[0];
    const last = q.parts.at(-1);
    if (q.kind !== "partial" || first === undefined || last === undefined) return true;
    const host = indirect.find((r) => {
      const span = r.parts[0];
      return span !== undefined && span.start <= first.start && span.end >= last.end - 3;
    });
    if (host === undefined) return true;
    host.kind = "partial";
    return false;
  });
}
