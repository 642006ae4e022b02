import type { Inline, Section } from "../document.js";
import { anchor, flag, section, text } from "../document.js";
import type { StoryContext } from "../storyContext.js";

/** Rows kept in the matrix; the rest are counted under it (the JSON has them all). */
const MAX_FACTS = 40;
/** Characters of a fact shown in its row. */
const FACT_CHARS = 160;

function shorten(value: string): string {
  return value.length <= FACT_CHARS ? value : `${value.slice(0, FACT_CHARS - 1).trimEnd()}…`;
}

/** Facts × articles: who reports each fact, who omits one that two or more independent others report. */
export function coverageSection(ctx: StoryContext): Section | null {
  const { story, sources, actors } = ctx;
  if (story.coverage.length === 0) return null;
  const facts = [...story.coverage]
    .sort((a, b) => (b.omittedBy?.length ?? 0) - (a.omittedBy?.length ?? 0) || b.articles.length - a.articles.length)
    .slice(0, MAX_FACTS);
  const rows = facts.map((c): Inline[][] => [
    [text(shorten(actors.humanize(c.fact))), ...(c.factKind ? [text(` (${c.factKind})`, "em")] : [])],
    ...sources.ids.map((id): Inline[] => {
      if (c.articles.includes(id)) return [text("✓")];
      if (c.omittedBy?.includes(id)) return [flag("omits", "warn")];
      return [text("·")];
    }),
  ]);
  const omissions = sources.ids
    .map((id) => ({ id, n: story.coverage.filter((c) => c.omittedBy?.includes(id)).length }))
    .filter((o) => o.n > 0)
    .map(({ id, n }): Inline[] => [
      ...sources.source(id),
      text(` omits ${n} of the ${story.coverage.length} facts that at least two independent others report`),
    ]);
  const more = story.coverage.length - facts.length;
  return section(anchor(ctx.anchor, "coverage"), "coverage", "Coverage", [
    {
      kind: "table",
      head: ["Fact", ...sources.ids.map((id) => `[${sources.number(id)}]`)],
      rows,
      caption:
        "Columns are the sources numbered as above. ✓ reports the fact · omits: leaves out a fact that two or more independent outlets report · ·: not counted (a copy, or the fact is not shared widely enough)",
    },
    ...(more > 0
      ? [{ kind: "paragraph" as const, content: [text(`${more} more facts are in the JSON dossier.`, "em")] }]
      : []),
    ...(omissions.length > 0 ? [{ kind: "list" as const, items: omissions }] : []),
  ]);
}
