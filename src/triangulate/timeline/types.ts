/** The dossier's timeline: dated story events across all stories, one entry per event, in date order. */

import type { EventDatePrecision } from "./eventDate.js";

/** One article's report behind a timeline entry. */
export interface TimelineSource {
  article: string;
  outlet: string | null;
  url: string | null;
  /** The sentence the event was read from, and where it stands in the article's clean text. */
  text: string;
  start: number;
  end: number;
}

/**
 * A timeline entry: the contract's `{date, summary, story, articles}` with the event behind it.
 *
 * @example { date: "2025-03-19", summary: "Ingrid Halvorsen → make a visit → Marcus Doyle, in Washington",
 *            story: "story-gws-trade", storyline: "story-gws-trade", articles: ["gws-trade", "coastline-trade"], … }
 */
export interface TimelineEntry {
  /** The date at the precision the reports support: "2025-03-10", "2025-W11", "2025-03", "2007". */
  date: string;
  summary: string;
  story: string | null;
  articles: string[];
  precision: EventDatePrecision;
  /** `inferred` when no report states the date (a weekday resolved, or the publication date standing in). */
  dateEvidence: "stated" | "inferred" | null;
  /** The storyline of the story (its `storyline` field): entries sharing it follow one development. */
  storyline: string | null;
  /** The story event ids (`stories[].events[].id`) the entry stands for. */
  events: string[];
  code: string;
  label: string;
  goldstein: number;
  source: string | null;
  target: string | null;
  place: string | null;
  /** Independent publishers reporting it: copies and one outlet's several articles count once. */
  publishers: number;
  sources: TimelineSource[];
}
