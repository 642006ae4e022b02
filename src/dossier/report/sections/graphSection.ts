import type { ActorGraph } from "../../../triangulate/graph/types.js";
import type { Inline, Section } from "../document.js";
import { section, text } from "../document.js";
import type { ActorNames } from "../storySources.js";

/** Dyads shown, most events first; the JSON (and --format graphml) has them all. */
const MAX_EDGES = 30;

/** Who acts on whom, period by period: the busiest directed dyads of the actor graph. */
export function graphSection(graph: ActorGraph | undefined, actors: ActorNames): Section | null {
  if (!graph || graph.edges.length === 0) return null;
  const edges = [...graph.edges]
    .sort((a, b) => b.events - a.events || a.period.localeCompare(b.period) || a.source.localeCompare(b.source))
    .slice(0, MAX_EDGES);
  const rows = edges.map((e): Inline[][] => [
    [text(actors.name(e.source))],
    [text(actors.name(e.target))],
    [text(e.period)],
    [text(String(e.events))],
    [text(String(e.goldstein))],
    [text(String(e.mentions))],
  ]);
  const more = graph.edges.length - edges.length;
  return section("graph", "graph", "Who acts on whom", [
    {
      kind: "table",
      head: ["Source", "Target", `Period (${graph.period})`, "Events", "Mean Goldstein", "Reports"],
      rows,
    },
    ...(more > 0
      ? [
          {
            kind: "paragraph" as const,
            content: [text(`${more} more dyads are in the JSON and GraphML exports.`, "em")],
          },
        ]
      : []),
  ]);
}
