/** Entity timelines over small hand-written article sets, through the real pipeline. Test support only. */
import { KnownPeople } from "../../analyze/actors/index.js";
import type { Article } from "../../article.js";
import { buildDossier } from "../../dossier/buildDossier.js";
import { runPipeline } from "../../pipeline.js";
import { defaultContext } from "../../stage.js";
import { entityEventTimeline } from "./entityEventTimeline.js";

/** A fixture's input: the entity asked for and the articles, as a reader would hand them over. */
export interface EntityFixtureInput {
  entity: string;
  articles: { id: string; published: string; title?: string; outlet?: string; text: string }[];
}

/** What a fixture's expected.json records of each event mention: enough to read, without offsets. */
export interface EntityFixtureEvent {
  date: string | null;
  dateEvidence: "stated" | "inferred" | null;
  time: string | null;
  word: string;
  kind: "verb" | "noun";
  article: string;
  field: "title" | "text";
  entity: string;
  via: string;
}

/** The analysed articles of a fixture (a fresh actor memory for each fixture). */
export function fixtureArticles(input: EntityFixtureInput): Article[] {
  const ctx = { ...defaultContext, knownPeople: new KnownPeople() };
  return input.articles.flatMap((a) => {
    const outcome = runPipeline(
      {
        source: `fixture/${a.id}.txt`,
        id: a.id,
        format: "text",
        body: a.text,
        meta: { published: a.published, title: a.title ?? null, outlet: a.outlet ?? null },
      },
      ctx,
    );
    return "reason" in outcome ? [] : [outcome];
  });
}

/**
 * The entity's timeline over the fixture's articles, through `buildDossier` and `entityEventTimeline`.
 *
 * @example entityFixture({ entity: "Norvik Motors", articles: [...] })[0] // { date: "2009-03-02", word: "filed", … }
 */
export function entityFixture(input: EntityFixtureInput): EntityFixtureEvent[] {
  const dossier = buildDossier({ articles: fixtureArticles(input), generated: new Date("2026-01-01T00:00:00Z") });
  return entityEventTimeline(dossier, input.entity).map((e) => {
    return {
      date: e.date,
      dateEvidence: e.dateEvidence,
      time: e.time?.text ?? null,
      word: e.word,
      kind: e.kind,
      article: e.article,
      field: e.field,
      entity: e.entity.text,
      via: e.entity.via,
    };
  });
}
