/** The dossier as a readable report: per story, the sections both the Markdown and the HTML formats show. */

import type { Dossier, DossierArticle, DossierStory } from "../dossier.js";
import type { Block, Inline, ReportDocument, Section } from "./document.js";
import { anchor, section, text } from "./document.js";
import { articlesSection } from "./sections/articlesSection.js";
import { coverageSection } from "./sections/coverageSection.js";
import { discrepanciesSection } from "./sections/discrepanciesSection.js";
import { eventsSection } from "./sections/eventsSection.js";
import { figuresSection } from "./sections/figuresSection.js";
import { framingSection } from "./sections/framingSection.js";
import { graphSection } from "./sections/graphSection.js";
import { quotesSection } from "./sections/quotesSection.js";
import { sourcesSection } from "./sections/sourcesSection.js";
import { summarySection } from "./sections/summarySection.js";
import { timelineSection } from "./sections/timelineSection.js";
import type { StoryContext } from "./storyContext.js";
import { ActorNames, StorySources } from "./storySources.js";
import { storyView } from "./storyView.js";

/** The section roles of a story, in the order they appear. */
export const STORY_SECTIONS = [
  "summary",
  "sources",
  "discrepancies",
  "quotes",
  "figures",
  "coverage",
  "framing",
  "events",
  "timeline",
] as const;

function plural(n: number, what: string, many = `${what}s`): string {
  return `${n} ${n === 1 ? what : many}`;
}

/** The story a storyline is named after: its title and anchor. */
type StorylineOf = (storyline: string) => { title: string; target: string } | null;

function storyLine(ctx: StoryContext, storylineOf: StorylineOf): Inline[] {
  const { story, sources } = ctx;
  const outlets = new Set(sources.ids.map((id) => sources.outlet(id)));
  const independent = sources.independent().length;
  const parts = [
    `${plural(sources.ids.length, "article")} from ${plural(outlets.size, "outlet")}, ${independent} independent`,
  ];
  if (story.first && story.first === story.last) parts.push(`published ${story.first}`);
  else if (story.first || story.last) parts.push(`published ${story.first ?? "?"} to ${story.last ?? "?"}`);
  const line: Inline[] = [text(parts.join("; ") + ".")];
  const storyline = story.storyline ? storylineOf(story.storyline) : null;
  if (storyline) {
    line.push(
      text(" Part of the storyline that began with "),
      { kind: "ref", ...storyline, text: storyline.title },
      text("."),
    );
  }
  return line;
}

function storySection(
  story: DossierStory,
  index: number,
  dossier: Dossier,
  byId: ReadonlyMap<string, DossierArticle>,
  actors: ActorNames,
  storylineOf: StorylineOf,
): Section {
  const storyAnchor = anchor("story", String(index + 1));
  const view = storyView(story);
  const ctx: StoryContext = {
    story: view,
    sources: new StorySources(storyAnchor, view.articles, byId),
    actors,
    anchor: storyAnchor,
  };
  const parts: (Section | null)[] = [
    summarySection(ctx),
    sourcesSection(ctx),
    discrepanciesSection(ctx),
    quotesSection(ctx),
    figuresSection(ctx),
    coverageSection(ctx),
    framingSection(ctx),
    eventsSection(ctx),
    timelineSection(
      anchor(storyAnchor, "timeline"),
      dossier.timeline.filter((e) => e.story === story.id),
      ctx.sources,
      actors,
      (id) => ctx.sources.outlet(id),
      () => null,
    ),
  ];
  const blocks: Block[] = [
    { kind: "paragraph", content: storyLine(ctx, storylineOf) },
    ...parts.filter((s): s is Section => s !== null),
  ];
  return section(storyAnchor, "story", story.title, blocks);
}

function overview(dossier: Dossier, storyAnchors: readonly Section[]): Section {
  const outlets = new Set(dossier.articles.map((a) => a.outlet ?? a.source));
  const copies = dossier.articles.filter((a) => a.copyOf !== null).length;
  const blocks: Block[] = [
    {
      kind: "paragraph",
      content: [
        text(
          `${plural(dossier.articles.length, "article")} from ${plural(outlets.size, "outlet")} (${plural(copies, "copy", "copies")} of another article), ` +
            `${plural(dossier.stories.length, "story", "stories")}, ${plural(dossier.timeline.length, "dated event")}.`,
        ),
      ],
    },
  ];
  if (storyAnchors.length > 0) {
    blocks.push({
      kind: "list",
      items: storyAnchors.map((s, i): Inline[] => {
        const story = dossier.stories[i];
        const found = story
          ? `: ${plural(new Set(story.articles).size, "article")}, ${plural(story.discrepancies.length, "discrepancy", "discrepancies")}`
          : "";
        return [{ kind: "ref", text: s.title, target: s.id }, text(found)];
      }),
    });
  }
  return section("overview", "overview", "Overview", blocks);
}

function failuresSection(dossier: Dossier): Section | null {
  if (dossier.failures.length === 0) return null;
  return section("failures", "failures", "Inputs that failed", [
    { kind: "list", items: dossier.failures.map((f) => [text(f.source, "strong"), text(`: ${f.reason}`)]) },
  ]);
}

/**
 * Builds the report of a dossier: an overview, then per story its summary, sources side by side, discrepancies,
 * quote variants, figures, coverage matrix, framing, events and timeline (each section only when it has content),
 * then the whole timeline, the actor graph, failed inputs and a compact entry per article.
 *
 * @example reportToHtml(buildReport(dossier)) // what toHtml(dossier) does
 */
export function buildReport(dossier: Dossier): ReportDocument {
  const byId = new Map(dossier.articles.map((a) => [a.id, a]));
  const actors = new ActorNames(dossier);
  // A storyline is named after the story clustered under its id; a story that is its own storyline says nothing.
  const storylineOf =
    (self: DossierStory): StorylineOf =>
    (storyline) => {
      const index = dossier.stories.findIndex((s) => s.id === storyline || s.id === `story-${storyline}`);
      const own = dossier.stories[index];
      if (!own || own === self) return null;
      return { title: own.title, target: anchor("story", String(index + 1)) };
    };
  const stories = dossier.stories.map((story, i) => storySection(story, i, dossier, byId, actors, storylineOf(story)));
  const outletOf = (id: string) => byId.get(id)?.outlet ?? id;
  const storyTitle = (id: string | null) => dossier.stories.find((s) => s.id === id)?.title ?? null;
  const sections = [
    overview(dossier, stories),
    failuresSection(dossier),
    ...stories,
    timelineSection("timeline", dossier.timeline, null, actors, outletOf, storyTitle),
    graphSection(dossier.graph, actors),
    articlesSection(dossier.articles),
  ].filter((s): s is Section => s !== null);
  return {
    title: "Parallax dossier",
    subtitle: `Generated ${dossier.generated} · dossier version ${dossier.version}`,
    sections,
  };
}
