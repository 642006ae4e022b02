/** The actor graph: directed dyads (source acts on target) with event counts and mean Goldstein per period. */

import type { StoryEvent } from "../align/types.js";
import type { NamedActor } from "../timeline/actorName.js";
import { actorName } from "../timeline/actorName.js";
import type { EventDate } from "../timeline/eventDate.js";
import { isoOfDay, isoWeekOf, parseEventDate, spanDays } from "../timeline/eventDate.js";
import type { ActorGraph, ActorGraphEdge, ActorGraphNode, GraphPeriod } from "./types.js";

/** Longest span (days) a date may cover and still fall in one period of each kind. */
const periodDays: Record<GraphPeriod, number> = { day: 1, week: 7, month: 31, year: 366 };
/** Label of the period events without a usable date fall in. */
export const undatedPeriod = "undated";

/**
 * The period an event date falls in: "2025-03" by month, "2025-W11" by week, "2025-03-10" by day, "2025" by year.
 * A date coarser than the period keeps its own value ("2007" stays "2007" in a monthly graph).
 *
 * @example periodOf(parseEventDate("2025-03-10"), "month") // "2025-03"
 */
export function periodOf(date: EventDate | null, period: GraphPeriod): string {
  if (date === null) return undatedPeriod;
  if (
    spanDays(date) > periodDays[period] ||
    (period === "week" && date.precision !== "day" && date.precision !== "week")
  )
    return date.value;
  const day = isoOfDay(date.first);
  if (period === "day") return day;
  if (period === "week") return isoWeekOf(date.first);
  if (period === "month") return date.precision === "week" ? date.value : day.slice(0, 7);
  return day.slice(0, 4);
}

export interface ActorGraphOptions {
  /** How events are bucketed in time; default `month`. */
  period?: GraphPeriod;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Builds the actor graph from the stories' events. Each story event counts once, however many articles report
 * it; events with one actor only are not dyads and are left out.
 *
 * @example actorGraph(dossier.stories, dossier.actors).edges[0]
 *   // { source: "country:NOR", target: "country:USA", period: "2025-03", events: 2, goldstein: 4, … }
 */
export function actorGraph(
  stories: readonly { events?: readonly StoryEvent[] }[],
  actors: readonly NamedActor[],
  options: ActorGraphOptions = {},
): ActorGraph {
  const period = options.period ?? "month";
  const byActor = new Map(actors.map((a) => [a.id, a]));
  const edges = new Map<string, ActorGraphEdge & { sum: number }>();
  const nodeEvents = new Map<string, Set<string>>();
  for (const story of stories) {
    for (const event of story.events ?? []) {
      const { source, target } = event;
      if (source === null || target === null) continue;
      const when = periodOf(parseEventDate(event.date), period);
      const key = [source, target, when].join("\u0000");
      const edge = edges.get(key) ?? {
        source,
        target,
        period: when,
        events: 0,
        goldstein: 0,
        mentions: 0,
        eventIds: [],
        sum: 0,
      };
      edge.events += 1;
      edge.sum += event.goldstein;
      edge.mentions += event.evidence.length;
      edge.eventIds.push(event.id);
      edges.set(key, edge);
      for (const id of [source, target]) nodeEvents.set(id, (nodeEvents.get(id) ?? new Set()).add(event.id));
    }
  }
  const nodes: ActorGraphNode[] = [...nodeEvents.entries()]
    .map(([id, ids]) => ({
      id,
      name: actorName(id, byActor),
      type: byActor.get(id)?.type ?? null,
      country: byActor.get(id)?.country ?? null,
      events: ids.size,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    period,
    nodes,
    edges: [...edges.values()]
      .map(({ sum, ...edge }) => ({ ...edge, goldstein: round2(sum / edge.events) }))
      .sort(
        (a, b) =>
          a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || a.period.localeCompare(b.period),
      ),
  };
}
