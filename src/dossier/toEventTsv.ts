/**
 * Story events as a GDELT-style event table (tab-separated, header row): one row per story event, however many
 * articles report it, with GDELT 1.0/2.0 column names where they apply and Parallax ids for what GDELT has no
 * column for.
 */

import { parseEventDate, isoOfDay } from "../triangulate/timeline/eventDate.js";
import { actorName } from "../triangulate/timeline/actorName.js";
import type { Dossier } from "./dossier.js";

/**
 * The columns, in order. Actor codes are Parallax actor ids ("country:NOR", "person:ingrid-halvorsen"), not CAMEO
 * actor codes; SQLDATE is the first day of the event's date, and DatePrecision says how fine that date is.
 * SOURCEURL lists every reporting article's URL (or its source path), separated by ";".
 */
export const eventTsvColumns = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "DatePrecision",
  "Actor1Code",
  "Actor1Name",
  "Actor1CountryCode",
  "Actor2Code",
  "Actor2Name",
  "Actor2CountryCode",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "ActionGeo_FullName",
  "DATEADDED",
  "SOURCEURL",
  "StoryID",
  "EventID",
] as const;

const tsvSpecial = /[\\\t\n\r]/g;
const tsvEscape: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/**
 * A field for a TSV cell: backslash, tab and line breaks written as `\\`, `\t`, `\n`, `\r` so a row stays one line.
 *
 * @example tsvField("a\tb") // "a\\tb"
 */
export function tsvField(value: string | number | null): string {
  if (value === null) return "";
  return String(value).replace(tsvSpecial, (c) => tsvEscape[c] ?? c);
}

/** "event-0a1b2c3d4e5f" → 11111111111 (48 bits, safe as a JS number); else the row number. */
function numericId(id: string, row: number): number {
  const hex = /^event-([0-9a-f]{12})$/.exec(id)?.[1];
  return hex === undefined ? row : Number.parseInt(hex, 16);
}

const compact = (iso: string): string => iso.replace(/[-:T]/g, "").slice(0, 14);

/**
 * Writes the dossier's story events as a GDELT-style TSV table.
 *
 * @example toEventTsv(dossier).split("\n")[0].split("\t")[0] // "GLOBALEVENTID"
 */
export function toEventTsv(dossier: Dossier): string {
  const actors = new Map(dossier.actors.map((a) => [a.id, a]));
  const articles = new Map(dossier.articles.map((a) => [a.id, a]));
  const rows: string[] = [eventTsvColumns.join("\t")];
  const added = compact(dossier.generated);
  for (const story of dossier.stories) {
    for (const event of story.events ?? []) {
      const date = parseEventDate(event.date);
      const day = date === null ? null : isoOfDay(date.first).replace(/-/g, "");
      const actor = (id: string | null): (string | null)[] =>
        id === null ? [null, null, null] : [id, actorName(id, actors), actors.get(id)?.country ?? null];
      // ";" separates the list, so one inside a URL is percent-encoded.
      const urls = event.articles.map((id) =>
        (articles.get(id)?.url ?? articles.get(id)?.source ?? id).replace(/;/g, "%3B"),
      );
      const cells: (string | number | null)[] = [
        numericId(event.id, rows.length),
        day,
        day?.slice(0, 6) ?? null,
        day?.slice(0, 4) ?? null,
        date?.precision ?? null,
        ...actor(event.source),
        ...actor(event.target),
        event.code,
        event.code.slice(0, 3),
        event.root,
        event.quad,
        event.goldstein,
        event.evidence.length,
        event.publishers,
        event.articles.length,
        event.place,
        added,
        urls.join(";"),
        story.id,
        event.id,
      ];
      rows.push(cells.map(tsvField).join("\t"));
    }
  }
  return rows.join("\n") + "\n";
}
