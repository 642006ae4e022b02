import type { Block, Inline, Section } from "../document.js";
import { anchor, flag, section, text, words } from "../document.js";
import type { StoryContext } from "../storyContext.js";
import type { QuoteVariantView } from "../storyView.js";

function how(v: QuoteVariantView): Inline[] {
  const parts: Inline[] = [];
  if (v.kind) parts.push(text(v.kind));
  if (v.speakerText) parts.push(text(`${parts.length ? "; " : ""}speaker named as `), words(v.speakerText));
  if (v.speakerEvidence === "inferred") parts.push(text(" "), flag("speaker inferred"));
  return parts;
}

/** Quotes that two or more articles carry: the speaker, then each outlet's wording. */
export function quotesSection(ctx: StoryContext): Section | null {
  const { story, sources, actors } = ctx;
  const shared = story.quotes.filter((q) => new Set(q.variants.map((v) => v.article)).size >= 2);
  if (shared.length === 0) return null;
  const blocks: Block[] = shared.map((q, i) =>
    section(anchor(ctx.anchor, "quote", String(i + 1)), "quote", actors.name(q.speaker), [
      {
        kind: "table",
        head: ["Source", "Wording", "How"],
        rows: q.variants.map((v) => [sources.source(v.article), [words(v.text)], how(v)]),
      },
    ]),
  );
  const single = story.quotes.length - shared.length;
  if (single > 0) {
    blocks.push({
      kind: "paragraph",
      content: [text(`${single} further quote${single === 1 ? " appears" : "s appear"} in one article only.`, "em")],
    });
  }
  return section(anchor(ctx.anchor, "quotes"), "quotes", "Quote variants", blocks);
}
