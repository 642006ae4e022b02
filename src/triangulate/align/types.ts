/** What aligning the articles of one story yields: the story fields of the dossier, with provenance fields added. */

import type { ClaimCategory, Evidence, Quote } from "../../article.js";

/** One wording of an aligned quote. */
export interface QuoteVariant {
  article: string;
  text: string;
  kind: Quote["kind"];
  /** How the article names the speaker ("Halvorsen", "Qatar's minister of state…"). */
  speakerText: string | null;
  /** `inferred` when this article did not resolve the speaker and the alignment supplied it. */
  speakerEvidence: "stated" | "inferred";
}

/** One thing said, with each article's wording. */
export interface AlignedQuote {
  /** Actor id of the speaker, or null when no article resolved one. */
  speaker: string | null;
  variants: QuoteVariant[];
  /** The lowest pairwise content-word containment that joined the variants (1 = same words). */
  similarity: number;
}

export interface ClaimValue {
  article: string;
  quantity: number;
  asOf: string | null;
  /** "stated" when the article's text dates the figure, "inferred" when its publication date stands in. */
  asOfEvidence?: Evidence;
  qualifier: string | null;
  /** The high bound of a range or vague amount. */
  high?: number;
  /** The sentence or clause the figure was read from. */
  text: string;
}

export type ClaimRelation = "consistent" | "update" | "conflict";

/** One quantity reported by several articles, and how their figures relate. */
export interface AlignedClaim {
  what: string;
  category: ClaimCategory | null;
  values: ClaimValue[];
  relation: ClaimRelation;
}

export type DiscrepancyKind = "date" | "place" | "number" | "quote" | "attribution" | "actor" | "other";

export interface DiscrepancyVariant {
  article: string;
  value: string;
  /** The article's own words. */
  text: string;
}

export interface Discrepancy {
  kind: DiscrepancyKind;
  about: string;
  variants: DiscrepancyVariant[];
}

export interface CoverageEntry {
  fact: string;
  factKind: "quote" | "claim" | "event";
  /** Articles reporting the fact. */
  articles: string[];
  /** Articles of the story that do not report a fact that at least two independent others report. */
  omittedBy: string[];
}

export interface ActorLabel {
  actor: string;
  /** The descriptive noun phrase ("the Iran-backed terror group"). */
  label: string;
  /** The words around the mention it was read from. */
  text: string;
}

export interface LoadedTermUse {
  term: string;
  text: string;
  note: string;
}

export interface QuotedSide {
  /** ISO 3166-1 alpha-3 code of the speakers, or null when unknown. */
  country: string | null;
  speakers: string[];
  quotes: number;
}

export interface ArticleFraming {
  article: string;
  labels: ActorLabel[];
  loadedTerms: LoadedTermUse[];
  quoted: QuotedSide[];
  /** Net tone per actor from a small lexicon over the sentences mentioning it: > 0 favourable, < 0 unfavourable. */
  tone: { actor: string; score: number; sentences: number }[];
}

/** One article's report of a story event: the coded sentence, with what it gives for the event. */
export interface StoryEventEvidence {
  article: string;
  /** The event's span in the article's clean text (verb phrase and actors). */
  start: number;
  end: number;
  /** The sentence the event was coded from. */
  text: string;
  /** `inferred` when an actor was reached through coreference or a reciprocal reading. */
  evidence: "stated" | "inferred";
  code: string;
  date: string | null;
  /** `inferred` when the publication date stood in for a date the sentence does not give. */
  dateEvidence: "stated" | "inferred" | null;
  place: string | null;
}

/** Who did what to whom, once per story however many articles report it (issue #4, section 2). */
export interface StoryEvent {
  /** Stable id ("event-" and 12 hex digits) derived from the first report. */
  id: string;
  /** The CAMEO code most reports give. */
  code: string;
  /** CAMEO root (two digits): reports are aligned on the root, so 042 and 043 can be one event. */
  root: string;
  label: string;
  goldstein: number;
  /** Phoenix quad class (0 neutral … 4 material conflict), when the coder gave one. */
  quad: number | null;
  source: string | null;
  target: string | null;
  /** The best-supported date: stated over inferred, finer over coarser, then the most reported. */
  date: string | null;
  precision: string | null;
  dateEvidence: "stated" | "inferred" | null;
  place: string | null;
  evidence: StoryEventEvidence[];
  /** Articles reporting the event, copies included. */
  articles: string[];
  /** Independent publishers: a copy counts as its original, and one outlet counts once. */
  publishers: number;
  /**
   * A joint event (talks, an agreement, cooperation): `source` and `target` are its two parties in the order the
   * first report gives them, and reports with the parties the other way round are the same event.
   */
  mutual: boolean;
}

/** Everything `alignStory` adds to a story. */
export interface StoryAlignment {
  quotes: AlignedQuote[];
  claims: AlignedClaim[];
  discrepancies: Discrepancy[];
  coverage: CoverageEntry[];
  framing: ArticleFraming[];
  /** The story's events, one entry per who-did-what-to-whom, with each article's report. */
  events: StoryEvent[];
}
