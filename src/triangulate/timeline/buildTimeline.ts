/** The dossier's timeline: every dated story event once, in date order, with the reports behind it. */

import { publisherCount } from "../align/alignEvents.js";
import type { StoryEvent } from "../align/types.js";
import type { NamedActor } from "./actorName.js";
import { parseEventDate, spanDays } from "./eventDate.js";
import type { EventDate } from "./eventDate.js";
import { eventSummary } from "./eventSummary.js";
import type { TimelineEntry, TimelineSource } from "./types.js";

/** What the timeline reads from a story. */
export interface TimelineStory {
  id: string;
  storyline?: string;
  events?: readonly StoryEvent[];
}

/** What the timeline reads from an article: where it was published, and whether it copies another. */
export interface TimelineArticle {
  id: string;
  outlet: string | null;
  url: string | null;
  copyOf: string | null;
}

interface Dated {
  entry: TimelineEntry;
  date: EventDate;
}

function sourcesOf(event: StoryEvent, articles: ReadonlyMap<string, TimelineArticle>): TimelineSource[] {
  return event.evidence.map((e) => ({
    article: e.article,
    outlet: articles.get(e.article)?.outlet ?? null,
    url: articles.get(e.article)?.url ?? null,
    text: e.text,
    start: e.start,
    end: e.end,
  }));
}

/** Two events of one story that read the same on the same date are one line (e.g. 042 and 043 coded apart). */
function merge(into: TimelineEntry, other: TimelineEntry, count: (articles: string[]) => number): void {
  for (const id of other.articles) if (!into.articles.includes(id)) into.articles.push(id);
  into.events.push(...other.events);
  const seen = new Set(into.sources.map((s) => `${s.article}:${s.start}:${s.end}`));
  for (const s of other.sources) if (!seen.has(`${s.article}:${s.start}:${s.end}`)) into.sources.push(s);
  if (other.dateEvidence === "stated") into.dateEvidence = "stated";
  into.publishers = count(into.articles);
}

/**
 * One entry per dated story event across all stories, sorted by date (then finer dates first, then the most
 * independently reported). Undated events are left out; events dated as a range of days keep that precision.
 *
 * @example buildTimeline(dossier.stories, dossier.articles, dossier.actors)[0]
 *   // { date: "2023-10-07", summary: "Hamas → seize or damage property → civilians (PSE)", story: "story-…", … }
 */
export function buildTimeline(
  stories: readonly TimelineStory[],
  articles: readonly TimelineArticle[],
  actors: readonly NamedActor[],
): TimelineEntry[] {
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  const byActor = new Map(actors.map((a) => [a.id, a]));
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
  const copyOf = new Map(articles.flatMap((a) => (a.copyOf === null ? [] : [[a.id, a.copyOf] as const])));
  const count = (ids: string[]): number => publisherCount(ids, outletOf, copyOf);
  const byLine = new Map<string, Dated>();
  for (const story of stories) {
    for (const event of story.events ?? []) {
      const date = parseEventDate(event.date);
      if (date === null) continue;
      const entry: TimelineEntry = {
        date: date.value,
        summary: eventSummary(event, byActor),
        story: story.id,
        articles: [...event.articles],
        precision: date.precision,
        dateEvidence: event.dateEvidence,
        storyline: story.storyline ?? null,
        events: [event.id],
        code: event.code,
        label: event.label,
        goldstein: event.goldstein,
        source: event.source,
        target: event.target,
        place: event.place,
        publishers: event.publishers,
        sources: sourcesOf(event, byArticle),
      };
      const key = [story.id, date.value, entry.summary].join("\u0000");
      const same = byLine.get(key);
      if (same === undefined) byLine.set(key, { entry, date });
      else merge(same.entry, entry, count);
    }
  }
  return [...byLine.values()]
    .sort(
      (a, b) =>
        a.date.first - b.date.first ||
        spanDays(a.date) - spanDays(b.date) ||
        b.entry.publishers - a.entry.publishers ||
        (a.entry.story ?? "").localeCompare(b.entry.story ?? "") ||
        a.entry.summary.localeCompare(b.entry.summary),
    )
    .map((d) => d.entry);
}
