import type { Dossier, DossierArticle } from "./dossier.js";

/** Markdown-safe inline text: article text never becomes markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>()#+!|~])/g, "\\$1");
}

function field(label: string, value: string | null): string {
  return value ? `- **${label}:** ${escapeMarkdown(value)}\n` : "";
}

function articleSection(article: DossierArticle, titles: Map<string, string>): string {
  const reasons = new Map<string, number>();
  for (const r of article.removed) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  const removed = [...reasons].map(([reason, n]) => `${reason} ×${n}`).join(", ");
  const copy = article.copyOf ? `- **Copy of:** ${escapeMarkdown(titles.get(article.copyOf) ?? article.copyOf)}\n` : "";
  const body = article.text
    .split(/\n\n+/)
    .map((p) => `> ${escapeMarkdown(p)}`)
    .join("\n>\n");
  return (
    `### ${escapeMarkdown(article.title ?? "(untitled)")}\n\n` +
    field("Outlet", article.outlet) +
    field("Byline", article.byline) +
    field("Dateline", article.dateline) +
    field("Published", article.published) +
    field("Language", article.language) +
    field("Source", article.source) +
    copy +
    (removed ? `- **Removed:** ${escapeMarkdown(removed)}\n` : "") +
    `\n${body}\n`
  );
}

/**
 * Renders a dossier as a readable Markdown document.
 *
 * @example toMarkdown(buildDossier({ articles, generated: new Date() }))
 */
export function toMarkdown(dossier: Dossier): string {
  const titles = new Map(dossier.articles.map((a) => [a.id, a.title ?? a.id]));
  const parts = [`# Parallax dossier\n`, `${dossier.articles.length} articles, generated ${dossier.generated}.\n`];
  if (dossier.failures.length) {
    parts.push(`## Inputs that failed\n`);
    parts.push(dossier.failures.map((f) => `- ${escapeMarkdown(f.source)}: ${escapeMarkdown(f.reason)}`).join("\n") + "\n");
  }
  parts.push(`## Articles\n`);
  for (const article of dossier.articles) parts.push(articleSection(article, titles));
  return parts.join("\n");
}
