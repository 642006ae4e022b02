import type { Claim, Mention, Quote, Sentence, Span, TimeExpression } from "../../article.js";
import { splitSentences } from "../segment/splitSentences.js";
import { claimDate } from "./claimDate.js";
import { claimMeasure, countFell } from "./claimMeasure.js";
import { clauseAround } from "./clauseAround.js";
import { countedThing } from "./countedThing.js";
import { findAttribution } from "./findAttribution.js";
import { findFigures } from "./figures.js";
import { loadClaimLexicon } from "./lexicon.js";
import type { ClaimLexicon } from "./lexicon.js";
import { notAFigure, phonePattern } from "./notAFigure.js";
import { SpanIndex } from "./spanIndex.js";
import { withQualifier } from "./withQualifier.js";
import { allMatches } from "../allMatches.js";

/** What the earlier stages found in the article; every field is optional so the function also runs alone. */
export interface ClaimInputs {
  /** Sentences of the text (the segment stage); split here when missing. */
  sentences?: readonly Sentence[];
  /** Time expressions (the times stage): dates for `asOf`, and numbers inside them are not figures. */
  times?: readonly TimeExpression[];
  /** Actor mentions (the actors stage): an attribution that names an actor gets its id. */
  mentions?: readonly Mention[];
  /** Quotes (the quotes stage): a figure inside a quote is attributed to its speaker. */
  quotes?: readonly Quote[];
  /** Publication date, the as-of date of figures whose sentence has none (marked inferred). */
  published?: string | null;
  lexicon?: ClaimLexicon;
}

/**
 * How far either side of a figure its sentence is read. Real sentences are far shorter; a text with no sentence end
 * (a table of numbers, a page without punctuation) would otherwise be read whole once per figure: 90 s for 300 KB.
 */
export const SENTENCE_REACH = 1_000;

/** The part of `sentence` within reach of the figure at `core`, cut at spaces so no word is split. */
function withinReach(text: string, sentence: Span, core: Span): Span {
  let start = Math.max(sentence.start, core.start - SENTENCE_REACH);
  let end = Math.min(sentence.end, core.end + SENTENCE_REACH);
  if (start > sentence.start) {
    const space = text.slice(start, core.start).search(/\s/u);
    if (space >= 0) start += space + 1;
  }
  if (end < sentence.end) {
    let space = end - 1;
    while (space > core.end && !/\s/u.test(text[space] ?? "")) space--;
    if (space > core.end) end = space;
  }
  return { start, end };
}

/**
 * The figures of a text: numbers with what they count, their qualifier, range, currency, as-of date and source.
 * Years, dates, clock times, ages, ordinals, identifiers ("Resolution 2334", "F-16"), scores and phone numbers
 * are not figures; a count is kept only when what it counts can be read (money and shares always are). Each figure
 * says whether its as-of date is stated in its sentence (`asOfEvidence`, `asOfSpan`) or the publication date standing
 * in, and whether it is a running quantity or a fixed fact (`measure`). Never throws on text.
 *
 * @example findClaims("Gaza's Health Ministry said more than 64,000 Palestinians have been killed.", { published: "2025-09-16" })
 *   // [{ quantity: 64000, qualifier: "more than", what: "Palestinians killed", category: "killed",
 *   //    attributedTo: "Gaza's Health Ministry", asOf: "2025-09-16", evidence: "inferred", … }]
 */
export function findClaims(text: string, inputs: ClaimInputs = {}): Claim[] {
  const lexicon = inputs.lexicon ?? loadClaimLexicon();
  const sentences =
    inputs.sentences !== undefined && inputs.sentences.length > 0 ? inputs.sentences : splitSentences(text);
  const times = new SpanIndex(inputs.times ?? []);
  const mentions = new SpanIndex(inputs.mentions ?? []);
  const quotes = inputs.quotes ?? [];
  const published = inputs.published ?? null;
  const phones = new SpanIndex(
    allMatches(phonePattern, text).map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
  const claims: Claim[] = [];
  let s = 0;
  for (const found of findFigures(text)) {
    while (s < sentences.length - 1 && (sentences[s] as Sentence).end <= found.coreStart) s++;
    const core: Span = { start: found.coreStart, end: found.end };
    const sentence = withinReach(text, sentences[s] ?? { start: 0, end: text.length }, core);
    if (phones.overlapsAny(core) || times.overlapsAny(core)) continue;
    const figure = withQualifier(text, found, lexicon);
    if (notAFigure(text, figure, sentence.start) !== null) continue;
    const clause = clauseAround(text, sentence, figure);
    const thing = countedThing(text, figure, clause.start, clause.end, lexicon);
    if (thing === null) continue;
    // "two candidates", "four simple reforms": small spelled counts of things matter only for people and casualties.
    if (figure.spelled && figure.quantity < 10 && thing.category === "other") continue;
    const source = findAttribution(text, sentence, figure, mentions.startingIn(sentence), quotes, lexicon);
    const date = claimDate(text, times.startingIn(sentence), sentence, published, figure, clause);
    const claim: Claim = {
      start: clause.start,
      end: clause.end,
      text: text.slice(clause.start, clause.end),
      quantity: figure.quantity,
      qualifier: figure.qualifier,
      what: thing.what,
      asOf: date.asOf,
      attributedTo: source?.attributedTo ?? null,
      evidence: date.evidence === "inferred" || source?.evidence === "inferred" ? "inferred" : "stated",
      figure: text.slice(figure.start, figure.end),
      category: thing.category,
    };
    if (figure.high !== null) claim.high = figure.high;
    if (figure.currency !== null) claim.currency = figure.currency;
    if (date.since !== null) claim.since = date.since;
    claim.asOfEvidence = date.asOfEvidence;
    if (date.asOfSpan !== null) claim.asOfSpan = date.asOfSpan;
    if (date.sinceSpan !== null) claim.sinceSpan = date.sinceSpan;
    const measure = claimMeasure(claim.text, {
      category: thing.category,
      what: thing.what,
      since: date.since !== null,
      currency: figure.currency,
      asOf: date.asOf,
      asOfStated: date.asOfEvidence === "stated",
      published,
    });
    if (measure !== null) claim.measure = measure;
    if (measure === "running" && countFell(text, figure, clause)) claim.fell = true;
    claims.push(claim);
  }
  return claims;
}
