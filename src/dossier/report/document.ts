/**
 * The report as a small document tree that both the Markdown and the HTML renderers walk, so the two formats show
 * the same facts. Every string in it is plain text: renderers escape it; nothing here is markup.
 */

/** A run of text inside a paragraph, a list item or a table cell. */
export type Inline =
  | { kind: "text"; text: string; style?: "strong" | "em" }
  /** An article's own words, shown between quotation marks. */
  | { kind: "words"; text: string }
  /** A numbered reference to a source of the story: `[2]`, pointing at the anchor `target`. */
  | { kind: "cite"; n: number; title: string; target: string }
  /** A pointer to another part of the report (an article's section). */
  | { kind: "ref"; text: string; target: string }
  /** An outside address; renderers link it only when it is http(s). */
  | { kind: "link"; href: string; text: string }
  /** A short flag after a value: "odd one out", "copy", "omits". */
  | { kind: "flag"; text: string; tone: "warn" | "note" }
  /** A line break inside a table cell or list item. */
  | { kind: "break" };

export type Block =
  | { kind: "paragraph"; content: Inline[] }
  | { kind: "list"; items: Inline[][] }
  /** `rowIds`: anchors of the rows, for citations that point at a row (the sources table). */
  | { kind: "table"; head: string[]; rows: Inline[][][]; caption?: string; rowIds?: string[] }
  | { kind: "quote"; content: Inline[] }
  | Section;

/** A titled part of the report; `role` names what it holds ("summary", "discrepancies", …) for styling and tests. */
export interface Section {
  kind: "section";
  /** Anchor id, made of [a-z0-9-] only. */
  id: string;
  role: string;
  title: string;
  blocks: Block[];
}

/** The whole report: a title, a line under it, and sections. */
export interface ReportDocument {
  title: string;
  subtitle: string;
  sections: Section[];
}

export const text = (value: string, style?: "strong" | "em"): Inline =>
  style ? { kind: "text", text: value, style } : { kind: "text", text: value };
export const words = (value: string): Inline => ({ kind: "words", text: value });
export const flag = (value: string, tone: "warn" | "note" = "note"): Inline => ({ kind: "flag", text: value, tone });
export const lineBreak: Inline = { kind: "break" };

export function section(id: string, role: string, title: string, blocks: Block[]): Section {
  return { kind: "section", id, role, title, blocks };
}

/** An anchor id from any string: lower-case letters, digits and hyphens only, never empty. */
export function anchor(...parts: string[]): string {
  const id = parts
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return id || "x";
}

/** Inlines joined with a separator: `[a, ", ", b]`. */
export function joinInline(parts: readonly Inline[][], separator: Inline[] = [text(", ")]): Inline[] {
  return parts.flatMap((p, i) => (i === 0 ? p : [...separator, ...p]));
}
