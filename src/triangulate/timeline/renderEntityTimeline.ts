/** An entity timeline as text: JSON, a Markdown list, or tab-separated rows. */
import type { EntityEventMention } from "./entityEventTimeline.js";

export type EntityTimelineFormat = "json" | "md" | "tsv";

/** The formats an entity timeline can be written in. */
export const entityTimelineFormats: readonly EntityTimelineFormat[] = ["json", "md", "tsv"];

const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();

function markdown(entity: string, entries: readonly EntityEventMention[]): string {
  const lines = [`# Timeline: ${entity}`, ""];
  if (!entries.length) return [...lines, "No event mentions of this entity in the articles.", ""].join("\n");
  for (const e of entries) {
    const date = e.date ?? "undated";
    const how =
      e.time !== null ? `${e.dateEvidence ?? ""} from "${oneLine(e.time.text)}"` : e.date ? "publication date" : "";
    const where = [e.article, e.outlet, e.field === "title" ? "headline" : null].filter((x) => x !== null).join(", ");
    lines.push(`- **${date}** (${how}) *${e.word}*: ${oneLine(e.sentence.text)} [${where}]`);
  }
  return [...lines, ""].join("\n");
}

const columns = [
  "date",
  "precision",
  "dateEvidence",
  "word",
  "lemma",
  "kind",
  "article",
  "outlet",
  "field",
  "start",
  "end",
  "entityText",
  "entityVia",
  "sentence",
] as const;

function tsv(entries: readonly EntityEventMention[]): string {
  const cell = (v: string | number | null): string => (v === null ? "" : oneLine(String(v)).replace(/\t/g, " "));
  const rows = entries.map((e) =>
    [
      e.date,
      e.precision,
      e.dateEvidence,
      e.word,
      e.lemma,
      e.kind,
      e.article,
      e.outlet,
      e.field,
      e.start,
      e.end,
      e.entity.text,
      e.entity.via,
      e.sentence.text,
    ]
      .map(cell)
      .join("\t"),
  );
  return [columns.join("\t"), ...rows].join("\n") + "\n";
}

/**
 * Writes an entity's timeline in one of `entityTimelineFormats`.
 *
 * @example renderEntityTimeline("General Motors", entries, "md") // "# Timeline: General Motors\n\n- **2009-06-01** …"
 */
export function renderEntityTimeline(
  entity: string,
  entries: readonly EntityEventMention[],
  format: EntityTimelineFormat,
): string {
  if (format === "md") return markdown(entity, entries);
  if (format === "tsv") return tsv(entries);
  return JSON.stringify({ entity, events: entries }, null, 2) + "\n";
}
