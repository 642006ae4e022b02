import type { Article } from "../../article.js";
import type { ClusterDoc } from "./types.js";

/**
 * What story clustering reads from an analysed article: title, clean text, outlet, URL, date, and whatever the analysis
 * stages found (actor ids, events with dyad, code and date, places, direct and partial quotes). Stages that have not
 * run leave empty lists, and clustering falls back on the text.
 *
 * @example clusterDocFromArticle(article) // { id: "…", published: "2024-05-01", title: "…", text: "…", actors: [...] }
 */
export function clusterDocFromArticle(article: Article, copyOf: string | null = null): ClusterDoc {
  const types = new Map(article.actors.map((a) => [a.id, a.type]));
  // Media (the outlet itself, or a channel as in "told Fox News") are not what the story is about; places go apart.
  const actorIds = new Set<string>();
  const places = new Set<string>();
  for (const mention of article.mentions) {
    const type = types.get(mention.actor);
    if (mention.channel === true || type === "media") continue;
    if (type === "place" || mention.kind === "place") places.add(mention.actor);
    else actorIds.add(mention.actor);
  }
  for (const event of article.events) if (event.place !== null) places.add(event.place);
  return {
    id: article.id,
    published: article.meta.published,
    title: article.meta.title ?? "",
    text: article.text,
    outlet: article.meta.outlet,
    url: article.meta.url,
    actors: [...actorIds],
    events: article.events.map((e) => ({ source: e.source, target: e.target, code: e.code, date: e.date })),
    places: [...places],
    quotes: article.quotes.filter((q) => q.kind !== "indirect").map((q) => q.text),
    copyOf,
  };
}
