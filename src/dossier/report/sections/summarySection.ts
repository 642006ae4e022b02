import type { Block, Inline, Section } from "../document.js";
import { anchor, section, text, words } from "../document.js";
import { extractiveSummary } from "../extractiveSummary.js";
import type { StoryContext } from "../storyContext.js";

/**
 * The story in two or three of its own sentences, picked from the independent articles by how many outlets say the
 * same thing; each sentence cites its article, then the articles that carry a close sentence.
 */
export function summarySection(ctx: StoryContext): Section {
  const independent = ctx.sources.independent();
  const picked = extractiveSummary(
    independent.map((a) => ({ id: a.id, text: a.text })),
    { count: independent.length >= 3 ? 3 : 2 },
  );
  const blocks: Block[] = picked.map((s) => {
    const content: Inline[] = [words(s.text), text(" — "), ...ctx.sources.source(s.article)];
    if (s.support.length > 0) content.push(text("; close wording in "), ...s.support.map((id) => ctx.sources.cite(id)));
    return { kind: "quote", content };
  });
  if (blocks.length === 0) blocks.push({ kind: "paragraph", content: [text("No sentence long enough to summarise.")] });
  const note =
    independent.length === 1
      ? "Sentences copied verbatim from the story's one independent report, picked by how central they are to it."
      : `Sentences copied verbatim from ${independent.length} independent reports, picked by how closely the other outlets say the same thing.`;
  return section(anchor(ctx.anchor, "summary"), "summary", "Summary", [
    { kind: "paragraph", content: [text(note, "em")] },
    ...blocks,
  ]);
}
