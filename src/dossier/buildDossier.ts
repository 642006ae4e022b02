import type { Article } from "../article.js";
import { actorGraph } from "../triangulate/graph/actorGraph.js";
import { buildTimeline } from "../triangulate/timeline/buildTimeline.js";
import { triangulate } from "../triangulate/triangulate.js";
import type { Dossier, DossierActor, DossierArticle, DossierFailure } from "./dossier.js";

export const DOSSIER_VERSION = "0.1.0";

export interface DossierInput {
  articles: readonly Article[];
  /** copy id → original id, from the store's near-duplicate links. */
  copyOf?: ReadonlyMap<string, string>;
  failures?: readonly DossierFailure[];
  /** Time the dossier was made; passed in, never read from a hidden clock inside the pipeline. */
  generated: Date;
}

/** The dossier view of one article: contract fields plus provenance. */
export function toDossierArticle(article: Article, copyOf: string | null): DossierArticle {
  const { meta } = article;
  return {
    id: article.id,
    source: article.source,
    url: meta.url,
    outlet: meta.outlet,
    title: meta.title,
    byline: meta.byline,
    dateline: meta.dateline,
    published: meta.published,
    language: meta.language ?? "und",
    text: article.text,
    removed: article.removed,
    messages: article.messages,
    contentHash: article.contentHash,
    copyOf,
    mentions: article.mentions,
    quotes: article.quotes,
    times: article.times,
    claims: article.claims,
    events: article.events,
  };
}

/** Actors known to the articles, once each (filled by the actors stage). */
function collectActors(articles: readonly Article[]): DossierActor[] {
  const byId = new Map<string, DossierActor>();
  for (const article of articles) {
    const known = (article as { actors?: DossierActor[] }).actors ?? [];
    for (const actor of known) {
      const seen = byId.get(actor.id);
      if (!seen) byId.set(actor.id, { ...actor, roles: [...actor.roles], aliases: [...actor.aliases] });
      else {
        seen.country ??= actor.country;
        for (const role of actor.roles) if (!seen.roles.includes(role)) seen.roles.push(role);
        for (const alias of actor.aliases) if (!seen.aliases.includes(alias)) seen.aliases.push(alias);
      }
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Assembles the dossier for a set of analysed articles.
 *
 * @example buildDossier({ articles, generated: new Date() })
 */
export function buildDossier(input: DossierInput): Dossier {
  const articles = input.articles.map((a) => toDossierArticle(a, input.copyOf?.get(a.id) ?? null));
  const actors = collectActors(input.articles);
  const stories = triangulate(input.articles, input.copyOf ?? new Map());
  return {
    version: DOSSIER_VERSION,
    generated: input.generated.toISOString(),
    articles,
    actors,
    stories,
    timeline: buildTimeline(stories, articles, actors),
    graph: actorGraph(stories, actors),
    failures: [...(input.failures ?? [])],
  };
}
