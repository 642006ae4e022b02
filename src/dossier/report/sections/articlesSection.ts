import type { DossierArticle } from "../../dossier.js";
import type { Inline, Section } from "../document.js";
import { anchor, flag, section, text } from "../document.js";
import { published } from "../published.js";

/** Characters of the lede shown per article. */
const LEDE_CHARS = 600;

function lede(article: DossierArticle): string {
  const first = article.text.split(/\n\s*\n/).find((p) => p.trim().length > 0) ?? "";
  const flat = first.replace(/\s+/g, " ").trim();
  return flat.length <= LEDE_CHARS ? flat : `${flat.slice(0, LEDE_CHARS - 1).trimEnd()}…`;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

/** One compact entry per article: provenance, what was extracted, what the cleaner removed, and the lede. */
export function articlesSection(articles: readonly DossierArticle[]): Section {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const entries = articles.map((a): Section => {
    const removed = new Map<string, number>();
    for (const r of a.removed) removed.set(r.reason, (removed.get(r.reason) ?? 0) + 1);
    const fields: Inline[][] = [
      [text("Outlet: ", "strong"), text(a.outlet ?? "unknown")],
      [text("Byline: ", "strong"), text(a.byline ?? "—")],
      [text("Published: ", "strong"), text(published(a.published))],
    ];
    if (a.dateline) fields.push([text("Dateline: ", "strong"), text(a.dateline)]);
    fields.push([
      text("Source: ", "strong"),
      a.url ? { kind: "link", href: a.url, text: a.url } : text(a.source),
      text(` (${a.language})`),
    ]);
    if (a.copyOf) {
      const original = byId.get(a.copyOf);
      fields.push([
        flag("copy", "warn"),
        text(" of "),
        { kind: "ref", text: original?.title ?? original?.outlet ?? a.copyOf, target: anchor("article", a.copyOf) },
      ]);
    }
    fields.push([
      text("Extracted: ", "strong"),
      text(
        [
          count(a.mentions.length, "mention"),
          count(a.quotes.length, "quote"),
          count(a.times.length, "time"),
          count(a.claims.length, "figure"),
          count(a.events.length, "event"),
        ].join(", "),
      ),
    ]);
    if (removed.size > 0) {
      fields.push([text("Removed: ", "strong"), text([...removed].map(([reason, n]) => `${reason} ×${n}`).join(", "))]);
    }
    if (a.messages.length > 0) fields.push([text("Messages: ", "strong"), text(String(a.messages.length))]);
    const opening = lede(a);
    return section(anchor("article", a.id), "article", a.title ?? "(untitled)", [
      { kind: "list", items: fields },
      ...(opening ? [{ kind: "quote" as const, content: [text(opening)] }] : []),
    ]);
  });
  return section("articles", "articles", "Articles", entries);
}
