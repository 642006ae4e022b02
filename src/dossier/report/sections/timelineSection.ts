import type { Dossier } from "../../dossier.js";
import type { Inline, Section } from "../document.js";
import { anchor, flag, section, text } from "../document.js";
import type { ActorNames, StorySources } from "../storySources.js";

type Entry = Dossier["timeline"][number];

/** Timeline rows shown; the JSON has them all. */
const MAX_ENTRIES = 200;

function when(e: Entry): Inline[] {
  return [text(e.date), ...(e.dateEvidence === "inferred" ? [text(" "), flag("date inferred")] : [])];
}

/**
 * How an entry cites its reports: the story's numbers inside a story, links to the articles in the whole-dossier
 * timeline. The sentences themselves are in the story's events section and the JSON.
 */
function cited(e: Entry, sources: StorySources | null, outletOf: (id: string) => string): Inline[] {
  return [...new Set(e.articles)].flatMap((article, i): Inline[] => [
    ...(i > 0 ? [text("; ")] : []),
    ...(sources
      ? sources.source(article)
      : [{ kind: "ref" as const, text: outletOf(article), target: anchor("article", article) }]),
  ]);
}

/**
 * The dated entries of one story (pass its sources) or of the whole dossier (pass null), in date order, each with
 * the reports behind it.
 */
export function timelineSection(
  id: string,
  entries: readonly Entry[],
  sources: StorySources | null,
  actors: ActorNames,
  outletOf: (id: string) => string,
  storyTitle: (id: string | null) => string | null,
): Section | null {
  if (entries.length === 0) return null;
  const shown = entries.slice(0, MAX_ENTRIES);
  const rows = shown.map((e): Inline[][] => {
    const title = sources ? null : storyTitle(e.story);
    return [
      when(e),
      [text(actors.humanize(e.summary)), ...(title ? [text(` — ${title}`, "em")] : [])],
      [text(String(e.publishers ?? e.articles.length))],
      cited(e, sources, outletOf),
    ];
  });
  const more = entries.length - shown.length;
  return section(id, "timeline", "Timeline", [
    { kind: "table", head: ["Date", "What", "Publishers", "Reports"], rows },
    ...(more > 0
      ? [{ kind: "paragraph" as const, content: [text(`${more} more entries are in the JSON dossier.`, "em")] }]
      : []),
  ]);
}
