/**
 * Real multi-outlet stories for the discrepancy evaluation, grouped by their GOLD story (not our clustering), read
 * from ../shared/eval at run time (nothing is copied into the repo) and analysed by the per-article pipeline.
 *
 * BASIL: 100 events × NYT, Fox News, HuffPost (gold = the triplet). PAC: 152 stories × 2 articles from outlets of
 * opposite leaning (gold = STORY_n). NewsWCL50: 10 events × 5 US outlets (gold = the event). ECB+: 43 topics, each
 * two similar but distinct events (two earthquakes, two shootings) reported by several sources, undated (gold = the
 * sub-topic); the last two are read with the clustering evaluation's loaders.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Article, RawDocument } from "../../src/article.js";
import { KnownPeople, registryFor } from "../../src/analyze/actors/index.js";
import { runPipeline } from "../../src/pipeline.js";
import type { Context } from "../../src/stage.js";
import { defaultContext } from "../../src/stage.js";
import type { Dataset } from "../clustering/datasets.js";
import { loadEcbPlus, loadNewsWcl50 } from "../clustering/datasets.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const sharedEval = join(repoRoot, "..", "shared", "eval");

export interface GoldStory {
  dataset: "basil" | "pac" | "newswcl50" | "ecbplus";
  /** The gold story id: the BASIL triplet uuid or the PAC STORY_n. */
  id: string;
  articles: Article[];
  /** The pipeline context the articles were analysed with (registry, person memory): to analyse an edited copy alike. */
  context?: Context;
}

const BasilArticle = z.object({
  uuid: z.string(),
  "triplet-uuid": z.string(),
  title: z.string(),
  date: z.string(),
  source: z.string(),
  "body-paragraphs": z.array(z.array(z.string())),
});

const PacArticle = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  source: z.string(),
  news: z.array(z.object({ text: z.string() })),
});

/** The pipeline's context for one dataset: the shipped registry and one memory of people, as one CLI run has. */
function datasetContext(): Context {
  return { ...defaultContext, registry: registryFor(undefined), knownPeople: new KnownPeople() };
}

function analyse(doc: RawDocument, ctx: Context): Article | null {
  const result = runPipeline(doc, ctx);
  return "reason" in result ? null : result;
}

function group(stories: Map<string, Article[]>, dataset: GoldStory["dataset"], context: Context): GoldStory[] {
  return [...stories.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
    .map(([id, articles]) => ({ dataset, id, articles, context }));
}

/** BASIL triplets, each article with id `<outlet>` (nyt, fox, hpo): stable and readable in the judgement file. */
export function basilStories(): GoldStory[] {
  const root = join(sharedEval, "basil", "articles");
  const ctx = datasetContext();
  const stories = new Map<string, Article[]>();
  for (const year of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, year)).sort()) {
      const a = BasilArticle.parse(JSON.parse(readFileSync(join(root, year, file), "utf8")));
      const triplet = a["triplet-uuid"];
      const article = analyse(
        {
          source: `basil/${year}/${file}`,
          id: a.source.toLowerCase(),
          format: "text",
          body: a["body-paragraphs"].map((p) => p.join(" ")).join("\n\n"),
          meta: { title: a.title.trim(), published: a.date, outlet: a.source },
        },
        ctx,
      );
      if (article !== null) stories.set(triplet, [...(stories.get(triplet) ?? []), article]);
    }
  }
  return group(stories, "basil", ctx);
}

/** PAC stories, each article with id `doc0`/`doc1`. Sentences come tokenised: spaces before punctuation undone. */
export function pacStories(): GoldStory[] {
  const root = join(sharedEval, "pac-partisan-events", "data", "merged_annotations");
  const ctx = datasetContext();
  const stories = new Map<string, Article[]>();
  for (const file of readdirSync(root).sort()) {
    const a = PacArticle.parse(JSON.parse(readFileSync(join(root, file), "utf8")));
    const story = a.id.replace(/_DOCUMENT_\d+$/, "");
    const body = a.news
      .map((s) => s.text)
      .join(" ")
      .replace(/\s+([,.;:!?')’”])/g, "$1")
      .replace(/([(‘“])\s+/g, "$1");
    const article = analyse(
      {
        source: `pac/${file}`,
        id: `doc${a.id.slice(-1)}`,
        format: "text",
        body,
        meta: { title: a.title, ...(a.date === "" ? {} : { published: a.date }), outlet: a.source },
      },
      ctx,
    );
    if (article !== null) stories.set(story, [...(stories.get(story) ?? []), article]);
  }
  return group(stories, "pac", ctx);
}

/** Stories of a dataset loaded for the clustering evaluation, grouped by their gold story. */
function fromClusteringDataset(dataset: Dataset, name: GoldStory["dataset"]): GoldStory[] {
  const ctx = datasetContext();
  const stories = new Map<string, Article[]>();
  for (const { doc, gold } of dataset.docs) {
    const article = analyse(
      {
        source: `${name}/${doc.id}`,
        id: doc.id,
        format: "text",
        body: doc.text,
        meta: {
          ...(doc.title === "" ? {} : { title: doc.title }),
          ...(doc.published === null ? {} : { published: doc.published }),
          ...(doc.outlet == null ? {} : { outlet: doc.outlet }),
        },
      },
      ctx,
    );
    if (article !== null) stories.set(gold, [...(stories.get(gold) ?? []), article]);
  }
  return group(stories, name, ctx).filter((s) => s.articles.length >= 2);
}

export function newsWclStories(): GoldStory[] {
  return fromClusteringDataset(loadNewsWcl50(), "newswcl50");
}

export function ecbPlusStories(): GoldStory[] {
  return fromClusteringDataset(loadEcbPlus(), "ecbplus");
}
