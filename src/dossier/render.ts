import type { Dossier } from "./dossier.js";
import { toEventTsv } from "./toEventTsv.js";
import { toGraphml } from "./toGraphml.js";
import { toHtml } from "./toHtml.js";
import { toMarkdown } from "./toMarkdown.js";

export type DossierFormat = "json" | "jsonl" | "md" | "graphml" | "tsv" | "html";

/** Renders a dossier in one of the output formats. `jsonl` is one article per line. */
export function render(dossier: Dossier, format: DossierFormat): string {
  if (format === "md") return toMarkdown(dossier);
  if (format === "html") return toHtml(dossier);
  if (format === "graphml") return toGraphml(dossier);
  if (format === "tsv") return toEventTsv(dossier);
  if (format === "jsonl") return dossier.articles.map((a) => JSON.stringify(a) + "\n").join("");
  return JSON.stringify(dossier, null, 2) + "\n";
}

/** The format a file name asks for by its extension, or null. */
export function formatOfFile(path: string): DossierFormat | null {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === "json") return "json";
  if (ext === "jsonl" || ext === "ndjson") return "jsonl";
  if (ext === "md" || ext === "markdown") return "md";
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "graphml") return "graphml";
  if (ext === "tsv") return "tsv";
  return null;
}
