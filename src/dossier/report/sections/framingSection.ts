import type { Inline, Section } from "../document.js";
import { anchor, lineBreak, section, text, words } from "../document.js";
import type { StoryContext } from "../storyContext.js";

/** Actors shown in the tone column, most discussed first. */
const TONE_ACTORS = 4;

function lines(parts: Inline[][]): Inline[] {
  if (parts.length === 0) return [text("—")];
  return parts.flatMap((p, i) => (i === 0 ? p : [lineBreak, ...p]));
}

function signed(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `−${-score}` : "0";
}

/** Per article: the labels it gives actors, its loaded terms, whom it quotes, and its tone towards the main actors. */
export function framingSection(ctx: StoryContext): Section | null {
  const { story, sources, actors } = ctx;
  if (story.framing.length === 0) return null;
  const rows = story.framing.map((f): Inline[][] => [
    sources.source(f.article),
    lines((f.labels ?? []).map((l) => [text(`${actors.name(l.actor)}: `), words(l.label)])),
    lines((f.loadedTerms ?? []).map((t) => [text(t.term, "strong"), text(" in "), words(t.text)])),
    lines(
      (f.quoted ?? []).map((q) => [
        text(
          `${q.country ? actors.name(`country:${q.country}`) : "country unknown"}: ${q.quotes} quote${q.quotes === 1 ? "" : "s"}`,
        ),
        text(` (${q.speakers.map((s) => actors.name(s)).join(", ")})`, "em"),
      ]),
    ),
    lines(
      [...(f.tone ?? [])]
        .sort((a, b) => b.sentences - a.sentences || a.actor.localeCompare(b.actor))
        .slice(0, TONE_ACTORS)
        .map((t) => [text(`${actors.name(t.actor)} ${signed(t.score)}`), text(` over ${t.sentences}`, "em")]),
    ),
  ]);
  return section(anchor(ctx.anchor, "framing"), "framing", "Framing", [
    { kind: "table", head: ["Source", "Labels for actors", "Loaded terms", "Whom it quotes", "Tone"], rows },
    {
      kind: "paragraph",
      content: [
        text(
          "Tone is the net count of favourable minus unfavourable words in the sentences that mention an actor, over that many sentences.",
          "em",
        ),
      ],
    },
  ]);
}
