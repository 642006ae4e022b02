import type { Inline, Section } from "../document.js";
import { anchor, flag, lineBreak, section, text } from "../document.js";
import type { StoryContext } from "../storyContext.js";
import type { ClaimValueView } from "../storyView.js";

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** "more than 48,500", "6.8", "1,200–1,500". */
export function figure(v: ClaimValueView): string {
  const range = v.high !== undefined && v.high !== v.quantity ? `–${number.format(v.high)}` : "";
  return `${v.qualifier ? `${v.qualifier} ` : ""}${number.format(v.quantity)}${range}`;
}

/** Each figure the outlets report, with every article's value and as-of date, and how the values relate. */
export function figuresSection(ctx: StoryContext): Section | null {
  const { story, sources } = ctx;
  if (story.claims.length === 0) return null;
  const rows = story.claims.map((c): Inline[][] => {
    const values = c.values.flatMap((v, i): Inline[] => [
      ...(i > 0 ? [lineBreak] : []),
      ...sources.source(v.article),
      text(": "),
      text(figure(v), "strong"),
    ]);
    const asOf = c.values.flatMap((v, i): Inline[] => [...(i > 0 ? [lineBreak] : []), text(v.asOf ?? "—")]);
    const relation: Inline[] = c.relation === "conflict" ? [flag("conflict", "warn")] : [text(c.relation)];
    return [[text(c.what)], values, asOf, relation];
  });
  return section(anchor(ctx.anchor, "figures"), "figures", "Figures", [
    { kind: "table", head: ["What", "Values per source", "As of", "Relation"], rows },
    {
      kind: "paragraph",
      content: [
        text(
          "An update is a later as-of date with a new figure; consistent figures differ only by rounding or qualifier; a conflict is different figures for the same moment.",
          "em",
        ),
      ],
    },
  ]);
}
