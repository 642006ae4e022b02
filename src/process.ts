import type { Article, Failure, RawDocument } from "./article.js";
import { readInputs } from "./ingest/readers/readInputs.js";
import type { ReadOptions } from "./ingest/readers/options.js";
import { BATCH_SIZE, runPipelineBatch } from "./pipeline.js";
import type { Context } from "./stage.js";
import { defaultContext } from "./stage.js";

export type Processed = { ok: true; article: Article } | { ok: false; failure: Failure };

/**
 * Reads every input and runs the per-article pipeline over each document, one result per document, in input order
 * (documents are analysed in batches of `BATCH_SIZE`). Bad items become failures; the rest go on.
 *
 * @example for await (const r of processInputs(["demo/corpus"])) if (r.ok) console.log(r.article.meta.title)
 */
export async function* processInputs(
  inputs: readonly string[],
  readOptions: Partial<ReadOptions> = {},
  ctx: Context = defaultContext,
): AsyncGenerator<Processed> {
  // Reading failures wait in place, so results keep the input order while documents are analysed in batches.
  let pending: ({ doc: RawDocument } | { failed: Processed })[] = [];
  let documents = 0;
  const flush = function* (): Generator<Processed> {
    const docs = pending.flatMap((item) => ("doc" in item ? [item.doc] : []));
    const outcomes = runPipelineBatch(docs, ctx);
    let next = 0;
    for (const item of pending) {
      if ("failed" in item) {
        yield item.failed;
        continue;
      }
      const outcome = outcomes[next++];
      if (!outcome) throw new Error("runPipelineBatch returned fewer outcomes than documents");
      yield "reason" in outcome ? { ok: false, failure: outcome } : { ok: true, article: outcome };
    }
    pending = [];
    documents = 0;
  };
  for await (const result of readInputs(inputs, readOptions)) {
    pending.push(result.ok ? { doc: result.doc } : { failed: result });
    if (result.ok && ++documents >= BATCH_SIZE) yield* flush();
  }
  yield* flush();
}
