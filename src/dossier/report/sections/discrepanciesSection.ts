import type { Block, Inline, Section } from "../document.js";
import { anchor, flag, section, text, words } from "../document.js";
import type { StoryContext } from "../storyContext.js";

/**
 * Values held by a lone article against a majority of at least two: the odd one out. Actor descriptions are all
 * different by nature, so no value is singled out there.
 */
function oddValues(kind: string, values: readonly string[]): Set<string> {
  if (kind === "actor") return new Set();
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  if (top < 2) return new Set();
  return new Set([...counts].filter(([, n]) => n === 1).map(([v]) => v));
}

/** Each discrepancy with every variant's value and the article's own words, cited. */
export function discrepanciesSection(ctx: StoryContext): Section | null {
  const { story, sources, actors } = ctx;
  if (story.discrepancies.length === 0) return null;
  const blocks: Block[] = story.discrepancies.map((d, i): Block => {
    const odd = oddValues(
      d.kind,
      d.variants.map((v) => v.value),
    );
    const rows = d.variants.map((v): Inline[][] => [
      sources.source(v.article),
      odd.has(v.value) ? [text(v.value, "strong"), text(" "), flag("odd one out", "warn")] : [text(v.value, "strong")],
      [words(v.text)],
    ]);
    return section(
      anchor(ctx.anchor, "discrepancy", String(i + 1)),
      "discrepancy",
      `${d.kind}: ${actors.humanize(d.about)}`,
      [{ kind: "table", head: ["Source", "Value", "Their words"], rows }],
    );
  });
  return section(anchor(ctx.anchor, "discrepancies"), "discrepancies", "Discrepancies", blocks);
}
