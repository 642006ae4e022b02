import type { Inline, Section } from "../document.js";
import { anchor, flag, section, text } from "../document.js";
import { published } from "../published.js";
import type { StoryContext } from "../storyContext.js";

/** The story's articles side by side: number, outlet, title (linked), byline, date, and copy-of marks. */
export function sourcesSection(ctx: StoryContext): Section {
  const { sources } = ctx;
  const rows = sources.ids.map((id): Inline[][] => {
    const a = sources.article(id);
    const title: Inline[] = [
      a?.url ? { kind: "link", href: a.url, text: a.title ?? a.url } : text(a?.title ?? "(untitled)"),
    ];
    const copyOf = sources.copyOf(id);
    const note: Inline[] = copyOf
      ? [flag("copy", "warn"), text(" of "), ...sources.source(copyOf), text(": not an independent report")]
      : [text("independent")];
    return [
      [{ kind: "ref", text: `[${sources.number(id)}]`, target: anchor("article", id) }],
      [text(sources.outlet(id))],
      title,
      [text(a?.byline ?? "—")],
      [text(published(a?.published ?? null))],
      [text(a?.dateline ?? "—")],
      note,
    ];
  });
  return section(anchor(ctx.anchor, "sources"), "sources", "Sources side by side", [
    {
      kind: "table",
      head: ["#", "Outlet", "Title", "Byline", "Published", "Dateline", "Independence"],
      rows,
      rowIds: sources.ids.map((id) => sources.targetOf(id)),
    },
  ]);
}
