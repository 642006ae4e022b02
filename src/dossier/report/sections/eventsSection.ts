import type { Inline, Section } from "../document.js";
import { anchor, flag, lineBreak, section, text, words } from "../document.js";
import type { StoryContext } from "../storyContext.js";

/** Events shown per story, most reported first; the JSON has them all. */
const MAX_EVENTS = 25;

/**
 * Who did what to whom, as two or more independent publishers report it: one row per aligned event, with each
 * article's sentence. Events one publisher reports are counted here and listed, dated, in the timeline.
 */
export function eventsSection(ctx: StoryContext): Section | null {
  const { story, sources, actors } = ctx;
  const all = story.events ?? [];
  const shared = all
    .filter((e) => e.publishers >= 2)
    .sort((a, b) => b.publishers - a.publishers || (a.date ?? "").localeCompare(b.date ?? ""));
  const events = shared.slice(0, MAX_EVENTS);
  if (all.length === 0) return null;
  const rows = events.map((e): Inline[][] => [
    [text(e.date ?? "undated"), ...(e.dateEvidence === "inferred" ? [text(" "), flag("date inferred")] : [])],
    [
      text(`${e.source ? actors.name(e.source) : "someone"} → `),
      text(e.label, "strong"),
      text(` → ${e.target ? actors.name(e.target) : "—"}`),
      ...(e.place ? [text(`, in ${e.place}`)] : []),
      text(` (CAMEO ${e.code}, Goldstein ${e.goldstein})`, "em"),
    ],
    [text(String(e.publishers))],
    e.evidence.flatMap((v, i): Inline[] => [
      ...(i > 0 ? [lineBreak] : []),
      ...sources.source(v.article),
      text(": "),
      words(v.text),
      ...(v.evidence === "inferred" ? [text(" "), flag("actor inferred")] : []),
    ]),
  ]);
  const single = all.length - shared.length;
  const notes = [
    ...(shared.length > events.length ? [`${shared.length - events.length} more are in the JSON dossier.`] : []),
    ...(single > 0 ? [`${single} event${single === 1 ? " is" : "s are"} reported by one publisher only.`] : []),
  ];
  return section(anchor(ctx.anchor, "events"), "events", "Events", [
    ...(rows.length > 0
      ? [{ kind: "table" as const, head: ["Date", "Who did what to whom", "Publishers", "Reports"], rows }]
      : [{ kind: "paragraph" as const, content: [text("No event is reported by two or more publishers.")] }]),
    ...(notes.length > 0 ? [{ kind: "paragraph" as const, content: [text(notes.join(" "), "em")] }] : []),
  ]);
}
