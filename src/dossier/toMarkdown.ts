import type { Dossier } from "./dossier.js";
import { buildReport } from "./report/buildReport.js";
import type { Block, Inline, ReportDocument, Section } from "./report/document.js";
import { safeHref } from "./report/safeHref.js";

/** Characters that would start Markdown syntax inside a line. */
const MARKDOWN_SPECIAL = /([\\`*_{}[\]<>()#+!|~])/g;
/** What would make a line a list item or a heading underline ("-", "="). */
const LINE_START_MARK = /^(\s*)([-=])/;
/** What would make a line a numbered list item ("12."; "12)" is already escaped as a bracket). */
const LINE_START_NUMBER = /^(\s*\d+)\./;

/** Markdown-safe inline text: article text never becomes markup; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(MARKDOWN_SPECIAL, "\\$1")
    .replace(LINE_START_MARK, "$1\\$2")
    .replace(LINE_START_NUMBER, "$1\\.");
}

/** Emphasis markers around the words only: CommonMark ignores `_ x_`, so outer spaces go outside the markers. */
function emphasis(marker: string, value: string): string {
  const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(value) ?? [];
  if (!core) return escapeMarkdown(value);
  return `${lead ? " " : ""}${marker}${escapeMarkdown(core)}${marker}${trail ? " " : ""}`;
}

function inline(parts: readonly Inline[]): string {
  return parts
    .map((p) => {
      switch (p.kind) {
        case "text":
          if (p.style === "strong") return emphasis("**", p.text);
          if (p.style === "em") return emphasis("_", p.text);
          return escapeMarkdown(p.text);
        case "words":
          return `“${escapeMarkdown(p.text)}”`;
        case "cite":
          return `\\[${p.n}\\]`;
        case "ref":
          return escapeMarkdown(p.text);
        case "link": {
          const href = safeHref(p.href);
          return href ? `[${escapeMarkdown(p.text)}](<${href}>)` : escapeMarkdown(p.text);
        }
        case "flag":
          return p.tone === "warn" ? emphasis("**", `⚠ ${p.text}`) : emphasis("_", p.text);
        case "break":
          return "<br>";
      }
    })
    .join("");
}

function table(head: readonly string[], rows: readonly Inline[][][]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || " ").join(" | ")} |`;
  return [
    line(head.map(escapeMarkdown)),
    line(head.map(() => "---")),
    ...rows.map((r) => line(r.map((cell) => inline(cell)))),
  ].join("\n");
}

function block(b: Block, depth: number): string {
  switch (b.kind) {
    case "paragraph":
      return inline(b.content);
    case "list":
      return b.items.map((item) => `- ${inline(item)}`).join("\n");
    case "quote":
      return `> ${inline(b.content)}`;
    case "table":
      return table(b.head, b.rows) + (b.caption ? `\n\n_${escapeMarkdown(b.caption)}_` : "");
    case "section":
      return sectionText(b, depth);
  }
}

function sectionText(s: Section, depth: number): string {
  const heading = `${"#".repeat(Math.min(6, depth))} ${escapeMarkdown(s.title)}`;
  return [heading, ...s.blocks.map((b) => block(b, depth + 1))].join("\n\n");
}

/** A report document as Markdown (GitHub-flavoured tables; `<br>` separates lines inside a cell). */
export function reportToMarkdown(report: ReportDocument): string {
  const parts = [`# ${escapeMarkdown(report.title)}`, `_${escapeMarkdown(report.subtitle)}_`];
  for (const s of report.sections) parts.push(sectionText(s, 2));
  return parts.join("\n\n") + "\n";
}

/**
 * Renders a dossier as a readable Markdown document: per story a summary, sources, discrepancies, quote variants,
 * figures, coverage, framing, events and timeline, then the articles. Article text never becomes markup.
 *
 * @example toMarkdown(buildDossier({ articles, generated: new Date() }))
 */
export function toMarkdown(dossier: Dossier): string {
  return reportToMarkdown(buildReport(dossier));
}
