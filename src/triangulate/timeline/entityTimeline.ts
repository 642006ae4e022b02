/** One actor's timeline: the story events it takes part in, across stories and articles, once each, in date order. */

import type { ArticleEvent } from "../../article.js";
import type { StoryEvent } from "../align/types.js";
import type { NamedActor } from "./actorName.js";
import type { TimelineArticle, TimelineStory } from "./buildTimeline.js";
import { parseEventDate, spanDays } from "./eventDate.js";
import type { EventDate, EventDatePrecision } from "./eventDate.js";
import { eventSummary } from "./eventSummary.js";

/** What the entity timeline reads from the dossier: stories with events, articles with their coded events. */
export interface EntityTimelineInput {
  stories: readonly TimelineStory[];
  articles: readonly (TimelineArticle & {
    published?: string | null;
    text?: string;
    events?: readonly ArticleEvent[];
  })[];
  actors: readonly NamedActor[];
}

/** One article's report of an entry, with the words the event was coded from. */
export interface EntityTimelineSource {
  article: string;
  outlet: string | null;
  /** The event's span in the article's clean text, and the sentence. */
  start: number;
  end: number;
  text: string;
  /** The verb phrase the event was coded from ("signed a contract"), and where it starts; null when unknown. */
  verb: string | null;
  verbStart: number | null;
}

/**
 * An event the actor takes part in.
 *
 * @example { date: "2008-03-27", role: "source", counterpart: "org:defense-ministry:GBR", code: "057",
 *            summary: "EADS → sign formal agreement → Defense Ministry", articles: ["a-1", "a-7"], … }
 */
export interface EntityTimelineEntry {
  /** The date at the precision the reports support, or null when no report dates the event. */
  date: string | null;
  precision: EventDatePrecision | null;
  dateEvidence: "stated" | "inferred" | null;
  /** Whether the actor acts (`source`), is acted on (`target`), or both (a reciprocal reading). */
  role: "source" | "target" | "both";
  /** The other actor of the event, when there is one. */
  counterpart: string | null;
  code: string;
  label: string;
  summary: string;
  /** Stories and story event ids merged into this entry (one event reported in several stories is one entry). */
  stories: string[];
  events: string[];
  articles: string[];
  sources: EntityTimelineSource[];
}

export interface EntityTimelineOptions {
  /** Keep events no report dates, after the dated ones (default true): they happened, only when is unknown. */
  undated?: boolean;
}

interface Pending {
  entry: EntityTimelineEntry;
  date: EventDate | null;
  /** Earliest publication time of a report, then its offset: orders events of one date as the articles told them. */
  firstReport: number;
  firstOffset: number;
}

function roleOf(event: StoryEvent, ids: ReadonlySet<string>): EntityTimelineEntry["role"] | null {
  const asSource = event.source !== null && ids.has(event.source);
  const asTarget = event.target !== null && ids.has(event.target);
  if (asSource && asTarget) return "both";
  return asSource ? "source" : asTarget ? "target" : null;
}

/** Same code root, same actors (either way round for a joint event) and the same date: one event told in two stories. */
function keyOf(event: StoryEvent, date: EventDate | null): string {
  const dyad = [event.source ?? "", event.target ?? ""];
  if (event.mutual) dyad.sort();
  return [event.root, ...dyad, date?.value ?? ""].join("\u0000");
}

/**
 * The events in which the actor (or any of several ids naming one entity) takes part, ordered by resolved date
 * (finer dates first within a span, then by when the articles reported them), deduplicated across stories.
 *
 * @example entityTimeline(dossier, "person:louis-gallois").map((e) => `${e.date} ${e.summary}`)
 *   // ["2006-10-09 Louis Gallois → make statement → …", …]
 */
export function entityTimeline(
  input: EntityTimelineInput,
  actor: string | readonly string[],
  options: EntityTimelineOptions = {},
): EntityTimelineEntry[] {
  const ids = new Set(typeof actor === "string" ? [actor] : actor);
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const actors = new Map(input.actors.map((a) => [a.id, a]));
  const published = (id: string): number => {
    const t = Date.parse(articles.get(id)?.published ?? "");
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  const coded = (article: string, start: number, end: number): ArticleEvent | undefined =>
    articles.get(article)?.events?.find((e) => e.start === start && e.end === end);
  const byKey = new Map<string, Pending>();
  for (const story of input.stories) {
    for (const event of story.events ?? []) {
      const role = roleOf(event, ids);
      if (role === null) continue;
      const date = parseEventDate(event.date);
      if (date === null && options.undated === false) continue;
      const sources = event.evidence.map((e): EntityTimelineSource => {
        const verb = coded(e.article, e.start, e.end)?.verb ?? null;
        const text = articles.get(e.article)?.text ?? "";
        const at = verb === null ? -1 : text.indexOf(verb, e.start);
        return {
          article: e.article,
          outlet: articles.get(e.article)?.outlet ?? null,
          start: e.start,
          end: e.end,
          text: e.text,
          verb,
          verbStart: at === -1 || at >= e.end ? null : at,
        };
      });
      const first = [...sources].sort((a, b) => published(a.article) - published(b.article) || a.start - b.start)[0];
      const key = keyOf(event, date);
      const same = byKey.get(key);
      if (same !== undefined) {
        merge(same, story.id, event, sources);
        continue;
      }
      const counterpart = role === "source" ? event.target : role === "target" ? event.source : null;
      byKey.set(key, {
        entry: {
          date: date?.value ?? null,
          precision: date?.precision ?? null,
          dateEvidence: date === null ? null : event.dateEvidence,
          role,
          counterpart,
          code: event.code,
          label: event.label,
          summary: eventSummary(event, actors),
          stories: [story.id],
          events: [event.id],
          articles: [...event.articles],
          sources,
        },
        date,
        firstReport: first === undefined ? Number.POSITIVE_INFINITY : published(first.article),
        firstOffset: first?.start ?? 0,
      });
    }
  }
  return [...byKey.values()].sort(byDateThenReport).map((p) => p.entry);
}

function merge(into: Pending, story: string, event: StoryEvent, sources: EntityTimelineSource[]): void {
  const { entry } = into;
  if (!entry.stories.includes(story)) entry.stories.push(story);
  entry.events.push(event.id);
  for (const id of event.articles) if (!entry.articles.includes(id)) entry.articles.push(id);
  const seen = new Set(entry.sources.map((s) => `${s.article}:${s.start}:${s.end}`));
  for (const s of sources) if (!seen.has(`${s.article}:${s.start}:${s.end}`)) entry.sources.push(s);
  if (event.dateEvidence === "stated") entry.dateEvidence = "stated";
}

/** Dated before undated; earlier first day first; a finer date before a coarser one starting the same day. */
function byDateThenReport(a: Pending, b: Pending): number {
  if (a.date === null || b.date === null) {
    if (a.date !== b.date) return a.date === null ? 1 : -1;
  } else {
    const order = a.date.first - b.date.first || spanDays(a.date) - spanDays(b.date);
    if (order !== 0) return order;
  }
  return (
    a.firstReport - b.firstReport || a.firstOffset - b.firstOffset || a.entry.summary.localeCompare(b.entry.summary)
  );
}
