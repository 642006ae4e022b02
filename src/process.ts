import type { Article, Failure } from "./article.js";
import { readInputs } from "./ingest/readers/readInputs.js";
import type { ReadOptions } from "./ingest/readers/options.js";
import { runPipeline } from "./pipeline.js";
import type { Context } from "./stage.js";
import { defaultContext } from "./stage.js";

export type Processed = { ok: true; article: Article } | { ok: false; failure: Failure };

/**
 * Reads every input and runs the per-article pipeline over each document, one result per document, in input order.
 * Bad items become failures; the rest go on.
 *
 * @example for await (const r of processInputs(["demo/corpus"])) if (r.ok) console.log(r.article.meta.title)
 */
export async function* processInputs(
  inputs: readonly string[],
  readOptions: Partial<ReadOptions> = {},
  ctx: Context = defaultContext,
): AsyncGenerator<Processed> {
  for await (const result of readInputs(inputs, readOptions)) {
    if (!result.ok) {
      yield result;
      continue;
    }
    const outcome = runPipeline(result.doc, ctx);
    yield "reason" in outcome ? { ok: false, failure: outcome } : { ok: true, article: outcome };
  }
}
