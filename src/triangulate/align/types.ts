/** What aligning the articles of one story yields: the story fields of the dossier, with provenance fields added. */

import type { ClaimCategory, Quote } from "../../article.js";

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

/** Everything `alignStory` adds to a story. */
export interface StoryAlignment {
  quotes: AlignedQuote[];
  claims: AlignedClaim[];
  discrepancies: Discrepancy[];
  coverage: CoverageEntry[];
  framing: ArticleFraming[];
}
