import type { Dossier, DossierArticle, DossierStory } from "./dossier.js";

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

/** Table cell text: escaped, on one line, pipes kept out of the table syntax. */
function cell(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, " ").trim());
}

function storySection(
  story: DossierStory,
  articles: Map<string, DossierArticle>,
  actorNames: Map<string, string>,
): string {
  const who = (id: string) => articles.get(id)?.outlet ?? id;
  const copyNote = (id: string) => (articles.get(id)?.copyOf ? " (copy)" : "");
  const parts = [`### ${escapeMarkdown(story.title)}\n`];
  parts.push(
    story.articles
      .map(
        (id) =>
          `- ${cell(who(id))}${copyNote(id)}: ${cell(articles.get(id)?.title ?? id)} (${articles.get(id)?.published ?? "undated"})`,
      )
      .join("\n") + "\n",
  );
  if (story.discrepancies.length) {
    parts.push(`#### Discrepancies\n`);
    for (const d of story.discrepancies) {
      parts.push(`**${cell(d.kind)}: ${cell(d.about)}**\n`);
      parts.push(
        d.variants.map((v) => `- ${cell(who(v.article))}: **${cell(v.value)}** — “${cell(v.text)}”`).join("\n") + "\n",
      );
    }
  }
  if (story.claims.length) {
    parts.push(`#### Figures\n\n| what | relation | values |\n|---|---|---|`);
    for (const c of story.claims) {
      const values = c.values.map((v) => `${cell(who(v.article))}: ${v.quantity}${v.asOf ? ` (as of ${v.asOf})` : ""}`);
      parts.push(`| ${cell(c.what)} | ${c.relation} | ${values.join("; ")} |`);
    }
    parts.push("");
  }
  if (story.quotes.length) {
    parts.push(`#### Quotes across outlets\n`);
    for (const q of story.quotes) {
      parts.push(`- ${cell(q.speaker ? (actorNames.get(q.speaker) ?? q.speaker) : "unknown speaker")}:`);
      for (const v of q.variants) parts.push(`  - ${cell(who(v.article))}: “${cell(v.text)}”`);
    }
    parts.push("");
  }
  const omitted = story.coverage.filter((c) => ((c as { omittedBy?: string[] }).omittedBy ?? []).length > 0);
  if (omitted.length) {
    parts.push(`#### Omissions\n`);
    for (const c of omitted) {
      const by = ((c as { omittedBy?: string[] }).omittedBy ?? []).map(who).join(", ");
      parts.push(`- ${cell(c.fact)} — reported by ${c.articles.map(who).join(", ")}; not by ${cell(by)}`);
    }
    parts.push("");
  }
  return parts.join("\n");
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
    parts.push(
      dossier.failures.map((f) => `- ${escapeMarkdown(f.source)}: ${escapeMarkdown(f.reason)}`).join("\n") + "\n",
    );
  }
  const byId = new Map(dossier.articles.map((a) => [a.id, a]));
  if (dossier.stories.length) {
    parts.push(`## Stories\n`);
    const actorNames = new Map(dossier.actors.map((a) => [a.id, a.name]));
    for (const story of dossier.stories) parts.push(storySection(story, byId, actorNames));
  }
  parts.push(`## Articles\n`);
  for (const article of dossier.articles) parts.push(articleSection(article, titles));
  return parts.join("\n");
}
