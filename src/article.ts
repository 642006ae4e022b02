/**
 * The one object that travels through the pipeline per article (like unified's VFile): the raw input,
 * the clean text and metadata, what was removed and why, the extracted items, and non-fatal messages.
 */

import type { Actor, MentionKind } from "./analyze/actors/types.js";

/** Formats a reader can hand to ingest. `text` covers plain text and Markdown. */
export type RawFormat = "text" | "markdown" | "html";

/** Metadata an article can carry. Every field is optional until ingest settles it. */
export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  dateline: string | null;
  /** ISO 8601 date or date-time. */
  published: string | null;
  /** ISO 639-1 code, or "und". */
  language: string | null;
  url: string | null;
}

/**
 * What a reader yields for one document: the decoded body and whatever metadata its container gave
 * (front matter, manifest record, feed item, HTTP headers). Container metadata overrides what is detected.
 */
export interface RawDocument {
  /** Path, URL, `path:line` for manifest records, `feed#item-n` for feed items, `warc#offset` for WARC records. */
  source: string;
  /** The manifest's id when given. */
  id?: string;
  format: RawFormat;
  /** Decoded body (UTF-8 string), never bytes. */
  body: string;
  /** Metadata from the container; overrides detection. */
  meta: Partial<ArticleMeta>;
  /** Declared or sniffed character encoding the body was decoded from. */
  encoding?: string;
  /** A feed item without content: the link to fetch later. */
  fetchUrl?: string;
  /** Non-fatal notes from reading: invalid bytes replaced, charset fallback, bad front matter. */
  notes?: string[];
}

/** An input that could not be read or produced no article. Recorded, listed by `parallax failures`. */
export interface Failure {
  source: string;
  reason: string;
}

/** A reader's output for one item: a document or a failure, never a throw. */
export type ReadResult = { ok: true; doc: RawDocument } | { ok: false; failure: Failure };

/** A piece removed from the input, kept with the reason. */
export interface Removed {
  text: string;
  reason: string;
}

export interface Message {
  level: "info" | "warning";
  stage: string;
  message: string;
}

/** UTF-16 offsets into the article's clean `text`, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Whether an item is read off the text or inferred (a speaker via "he said", a date from "Tuesday"). */
export type Evidence = "stated" | "inferred";

export interface Mention extends Span {
  actor: string;
  text: string;
  evidence: Evidence;
  /** How the mention names its actor (name, demonym, metonym, surname, title…). */
  kind?: MentionKind;
  /** The title read with a person mention ("Secretary of State"). */
  role?: string;
  /** A media outlet used as a channel ("told Fox News"), not an actor in the events. */
  channel?: boolean;
}

export interface Quote extends Span {
  text: string;
  kind: "direct" | "partial" | "indirect";
  speaker: string | null;
  speakerText: string | null;
  via: string | null;
  evidence: Evidence;
  /** The attribution cue ("said", "according to", "told"). */
  cue?: Span & { text: string };
  /** Where `speakerText` stands in the text: the antecedent when the speaker was reached through a pronoun. */
  speakerStart?: number;
  speakerEnd?: number;
  /** The pronoun next to the cue when the speaker was resolved through it ("he" in "he said"). */
  anaphor?: Span & { text: string };
  /** The pieces of the content when it is interrupted ("“We are,” he said, “ready.”") or runs over paragraphs. */
  parts?: Span[];
}

/** How fine a time value is: "interval" spans two dates, "set" recurs, "duration" is a length, "vague" is TimeML's PAST_REF etc. */
export type TimePrecision =
  | "time"
  | "day"
  | "week"
  | "month"
  | "quarter"
  | "season"
  | "year"
  | "decade"
  | "vague"
  | "interval"
  | "duration"
  | "set";

export interface TimeExpression extends Span {
  text: string;
  /** ISO 8601 at the precision the text supports, TimeML conventions for the rest (PAST_REF, P3Y, 2025-W38, 2025-SU). */
  value: string | null;
  evidence: Evidence;
  precision?: TimePrecision;
  /** TimeML TIMEX3 type. */
  timexType?: "DATE" | "TIME" | "DURATION" | "SET";
  /** What a relative value was resolved against: "publication", or a named anchor's id ("october-7"). */
  anchor?: string;
}

/** The normalised key of what a figure counts, for matching figures across outlets. */
export type ClaimCategory =
  "killed" | "injured" | "hostages" | "troops" | "displaced" | "money" | "percent" | "people" | "other";

export interface Claim extends Span {
  text: string;
  /** The figure's value; for a range, its low bound (see `high`). Percentages are in percent (a third → 33.33). */
  quantity: number;
  qualifier: string | null;
  what: string;
  asOf: string | null;
  attributedTo: string | null;
  evidence: Evidence;
  /** The figure's own words ("more than 43,000"). */
  figure?: string;
  /** The high bound of a range ("between 30 and 40"), or of a vague amount ("hundreds of" → 999). */
  high?: number;
  category?: ClaimCategory;
  /** ISO 4217 code of a money figure ("USD", "EUR"). */
  currency?: string;
  /** Start of the period a running count covers ("since October 7" → 2023-10-07). */
  since?: string;
  /** "stated" when a time expression of the figure's sentence dates it, "inferred" when the publication date stands in. */
  asOfEvidence?: Evidence;
  /** The time expression that dates the figure ("as of Tuesday", "on Sunday"), when `asOfEvidence` is "stated". */
  asOfSpan?: Span & { text: string };
  /** The time expression that starts a running count ("since October 7"). */
  sinceSpan?: Span & { text: string };
  /** A running quantity (a toll, a count of the displaced or detained: it moves) or a fixed fact (a budget, a past period's total). */
  measure?: ClaimMeasure;
  /** The text says the count went down to the figure ("down to 59", "59 remain", "still held"). */
  fell?: boolean;
}

/** Whether a figure moves while a story goes on (a toll) or stays (a budget, a price, a past period's total). */
export type ClaimMeasure = "running" | "fixed";

export interface ArticleEvent extends Span {
  source: string | null;
  target: string | null;
  code: string;
  label: string;
  goldstein: number;
  date: string | null;
  place: string | null;
  sentence: string;
  evidence: Evidence;
  /** Phoenix quad class: 0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad?: number;
  /** The verb phrase the code was read from ("threatened to strike"). */
  verb?: string;
  /** "stated" when the sentence dates the event, "inferred" when the publication date stands in. */
  dateEvidence?: Evidence;
  /** Where the source and target actors stand in the text. */
  sourceSpan?: Span;
  targetSpan?: Span;
  /** A negated pledge coded as a rejection ("will not provide support" → 12x). */
  negated?: boolean;
}

export interface Sentence extends Span {
  paragraph: number;
}

export interface Article {
  id: string;
  source: string;
  meta: ArticleMeta;
  /** Clean body text: paragraphs separated by blank lines. */
  text: string;
  removed: Removed[];
  raw: RawDocument;
  /** sha256 of the normalised clean text: exact duplicates share it. */
  contentHash: string;
  messages: Message[];
  sentences: Sentence[];
  mentions: Mention[];
  /** The actors the mentions point to, one entry per actor id. */
  actors: Actor[];
  quotes: Quote[];
  times: TimeExpression[];
  claims: Claim[];
  events: ArticleEvent[];
}

export function emptyMeta(): ArticleMeta {
  return { title: null, outlet: null, byline: null, dateline: null, published: null, language: null, url: null };
}
