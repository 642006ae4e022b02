/**
 * The datasets as the product sees them after per-article analysis: each document run through the analysis stages
 * (segment, actors, times, quotes, claims, events) with the shipped actors registry and one run memory of people per
 * dataset, then read by `clusterDocFromArticle` for actor ids, places, events and quotes. The cleaning stage is left
 * out: the eval texts are already clean, and it rejects a bare headline as page furniture. A headline-only document
 * (UCI) is analysed as its headline and keeps empty text, so its words are not counted twice.
 */
import type { Article } from "../../src/article.js";
import { KnownPeople, registryFor } from "../../src/analyze/actors/index.js";
import { clean } from "../../src/ingest/clean.js";
import { newArticle, pipeline } from "../../src/pipeline.js";
import { defaultContext, type Context } from "../../src/stage.js";
import { clusterDocFromArticle, type ClusterDoc } from "../../src/triangulate/stories/index.js";
import type { Dataset } from "./datasets.js";

function analyse(doc: ClusterDoc, ctx: Context): Article {
  const body = doc.text === "" ? doc.title : doc.text;
  const article = newArticle({
    source: doc.id,
    id: doc.id,
    format: "text",
    body,
    meta: { title: doc.title, published: doc.published, outlet: doc.outlet ?? null, url: doc.url ?? null },
  });
  article.text = body;
  for (const stage of pipeline) if (stage !== clean) stage.run(article, ctx);
  return article;
}

/**
 * The dataset with each document's analysis fields filled in; text, title, date, outlet and URL stay as loaded.
 *
 * @example const rows = await evaluateClustering({}, loadClusteringDatasets().map(analysedDataset));
 */
export function analysedDataset(dataset: Dataset): Dataset {
  const ctx: Context = { ...defaultContext, registry: registryFor(), knownPeople: new KnownPeople() };
  const docs = dataset.docs.map(({ doc, gold }) => {
    const found = clusterDocFromArticle(analyse(doc, ctx));
    const analysed: ClusterDoc = { ...doc };
    if (found.actors !== undefined) analysed.actors = found.actors;
    if (found.places !== undefined) analysed.places = found.places;
    if (found.events !== undefined) analysed.events = found.events;
    if (found.quotes !== undefined) analysed.quotes = found.quotes;
    return { doc: analysed, gold };
  });
  return { ...dataset, name: `${dataset.name} (analysed)`, docs };
}
