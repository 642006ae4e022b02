import type { Article, Failure, RawDocument } from "./article.js";
import { emptyMeta } from "./article.js";
import { clean } from "./ingest/clean.js";
import { actors } from "./analyze/actors/index.js";
import { claims } from "./analyze/claims/index.js";
import { events } from "./analyze/events/index.js";
import { quotes } from "./analyze/quotes/index.js";
import { segment } from "./analyze/segment.js";
import { times } from "./analyze/times/times.js";
import type { Context, Stage } from "./stage.js";
import { defaultContext } from "./stage.js";

/** The per-article stages, in order. */
export const pipeline: readonly Stage[] = [clean, segment, actors, times, quotes, claims, events];

/** A fresh article for a raw document; `clean` fills text and metadata. */
export function newArticle(doc: RawDocument): Article {
  return {
    id: doc.id ?? "",
    source: doc.source,
    meta: { ...emptyMeta(), ...doc.meta },
    text: "",
    removed: [],
    raw: doc,
    contentHash: "",
    // Notes from reading (charset fallback, invalid bytes, bad front matter) become the article's first messages.
    messages: (doc.notes ?? []).map((message) => ({ level: "warning" as const, stage: "read", message })),
    sentences: [],
    mentions: [],
    actors: [],
    quotes: [],
    times: [],
    claims: [],
    events: [],
  };
}

/**
 * Runs every stage over one raw document. Returns a failure (never throws) when the input holds no article.
 *
 * @example runPipeline({ source: "a.txt", format: "text", body: "…", meta: {} })
 */
export function runPipeline(doc: RawDocument, ctx: Context = defaultContext): Article | Failure {
  const article = newArticle(doc);
  for (const stage of pipeline) {
    stage.run(article, ctx);
    if (stage === clean && article.text.trim() === "") {
      return { source: doc.source, reason: article.messages.at(-1)?.message ?? "no article text found" };
    }
  }
  return article;
}
