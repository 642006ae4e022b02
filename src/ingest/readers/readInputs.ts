import type { ReadResult } from "../../article.js";
import type { ReadOptions } from "./options.js";
import { defaultReadOptions } from "./options.js";

/**
 * Reads every input (files, directories recursively, URLs, `-` for stdin) and yields one result per document:
 * a decoded RawDocument or a Failure naming the input. Never throws on bad input.
 *
 * STUB: owned by the readers work.
 */
export async function* readInputs(
  inputs: readonly string[],
  _options: Partial<ReadOptions> = {},
): AsyncGenerator<ReadResult> {
  const _opts = { ...defaultReadOptions, ..._options };
  for (const input of inputs) {
    yield { ok: false, failure: { source: input, reason: "readers not implemented yet" } };
  }
}
