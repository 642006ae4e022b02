import type { ArticleEvent, Claim, Mention, Message, Quote, Removed, TimeExpression } from "../article.js";
import type { StoryEvent } from "../triangulate/align/types.js";
import type { ActorGraph } from "../triangulate/graph/types.js";
import type { TimelineEntry } from "../triangulate/timeline/types.js";

/** Types of the dossier (../shared/contract/dossier.schema.json), extended with provenance fields. */

export interface DossierArticle {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  dateline: string | null;
  published: string | null;
  language: string;
  text: string;
  removed: Removed[];
  messages: Message[];
  contentHash: string;
  /** The id of the article this one is a syndicated or republished copy of; copies are not independent reports. */
  copyOf: string | null;
  mentions: Mention[];
  quotes: Quote[];
  times: TimeExpression[];
  claims: Claim[];
  events: ArticleEvent[];
}

export interface DossierActor {
  id: string;
  name: string;
  type: "person" | "country" | "organization" | "group" | "media" | "place" | "other";
  country: string | null;
  roles: string[];
  aliases: string[];
}

export interface DossierStory {
  id: string;
  title: string;
  articles: string[];
  quotes: { speaker: string | null; variants: { article: string; text: string }[] }[];
  claims: {
    what: string;
    values: { article: string; quantity: number; asOf: string | null }[];
    relation: "consistent" | "update" | "conflict";
  }[];
  discrepancies: {
    kind: "date" | "place" | "number" | "quote" | "attribution" | "actor" | "other";
    about: string;
    variants: { article: string; value: string; text: string }[];
  }[];
  coverage: { fact: string; articles: string[] }[];
  framing: { article: string }[];
  /** The storyline this story belongs to (the id its earliest linked story was clustered under). */
  storyline?: string;
  /**
   * Figures this story updates against earlier stories of its storyline (values cite articles of those stories too).
   */
  storylineClaims?: {
    what: string;
    values: { article: string; quantity: number; asOf: string | null }[];
    relation: "consistent" | "update" | "conflict";
  }[];
  /** Who did what to whom, one entry per event with each article's report (triangulate always fills it). */
  events?: StoryEvent[];
}

export interface DossierFailure {
  source: string;
  reason: string;
}

export interface Dossier {
  version: string;
  generated: string;
  articles: DossierArticle[];
  actors: DossierActor[];
  stories: DossierStory[];
  /** Dated story events across all stories, one entry per event, in date order (contract fields plus the event). */
  timeline: TimelineEntry[];
  /** Directed actor dyads with event counts and mean Goldstein per period (month). */
  graph?: ActorGraph;
  /** Inputs that could not be read or held no article, with the reason. */
  failures: DossierFailure[];
}
