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
  const updates = story.storylineClaims ?? [];
  if (story.claims.length === 0 && updates.length === 0) return null;
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
  // Values from earlier stories of the storyline are named by outlet and date: they have no number in this story.
  const updateRows = updates.map((c): Inline[][] => {
    const values = c.values.flatMap((v, i): Inline[] => [
      ...(i > 0 ? [lineBreak] : []),
      ...(sources.number(v.article) > 0
        ? sources.source(v.article)
        : [
            text(
              `${sources.outlet(v.article)} (earlier story, ${sources.article(v.article)?.published?.slice(0, 10) ?? "undated"})`,
            ),
          ]),
      text(": "),
      text(figure(v), "strong"),
    ]);
    const asOf = c.values.flatMap((v, i): Inline[] => [...(i > 0 ? [lineBreak] : []), text(v.asOf ?? "—")]);
    return [[text(c.what)], values, asOf, [text(c.relation)]];
  });
  return section(anchor(ctx.anchor, "figures"), "figures", "Figures", [
    ...(rows.length > 0
      ? [{ kind: "table" as const, head: ["What", "Values per source", "As of", "Relation"], rows }]
      : []),
    ...(updateRows.length > 0
      ? [
          { kind: "paragraph" as const, content: [text("Updated since earlier stories of this storyline:", "strong")] },
          { kind: "table" as const, head: ["What", "Values", "As of", "Relation"], rows: updateRows },
        ]
      : []),
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
