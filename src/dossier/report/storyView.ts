/**
 * What the report reads from a story. The story objects carry more than the narrow contract type says (speaker
 * wording, qualifiers, omissions, full framing); these optional fields take what is there and tolerate what is not,
 * so a dossier read back from an older JSON file still renders.
 */

import type { DossierStory } from "../dossier.js";

export interface QuoteVariantView {
  article: string;
  text: string;
  kind?: string;
  speakerText?: string | null;
  speakerEvidence?: string;
}

export interface ClaimValueView {
  article: string;
  quantity: number;
  asOf: string | null;
  qualifier?: string | null;
  high?: number;
  text?: string;
}

export interface CoverageView {
  fact: string;
  factKind?: string;
  articles: string[];
  omittedBy?: string[];
}

export interface FramingView {
  article: string;
  labels?: { actor: string; label: string; text: string }[];
  loadedTerms?: { term: string; text: string; note: string }[];
  quoted?: { country: string | null; speakers: string[]; quotes: number }[];
  tone?: { actor: string; score: number; sentences: number }[];
}

/** One aligned story event (`stories[].events`), as the report reads it. */
export interface EventView {
  id: string;
  code: string;
  label: string;
  goldstein: number;
  source: string | null;
  target: string | null;
  date: string | null;
  dateEvidence?: string | null;
  place: string | null;
  evidence: { article: string; text: string; date: string | null; place: string | null; evidence?: string }[];
  articles: string[];
  publishers: number;
}

export interface StoryView {
  id: string;
  title: string;
  articles: string[];
  storyline?: string;
  first?: string | null;
  last?: string | null;
  copies?: { id: string; of: string }[];
  quotes: { speaker: string | null; variants: QuoteVariantView[] }[];
  claims: { what: string; values: ClaimValueView[]; relation: string; category?: string | null }[];
  /** Figures this story updates against earlier stories of its storyline. */
  storylineClaims?: { what: string; values: ClaimValueView[]; relation: string }[];
  discrepancies: { kind: string; about: string; variants: { article: string; value: string; text: string }[] }[];
  coverage: CoverageView[];
  framing: FramingView[];
  events?: EventView[];
}

/** The story as the report reads it (no copy, no cast: the wider view accepts the story as it is). */
export function storyView(story: DossierStory): StoryView {
  return story;
}
