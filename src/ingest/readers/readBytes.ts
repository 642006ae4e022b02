import type { ReadResult } from "../../article.js";
import type { ManifestContext } from "./readManifest.js";
import { readDocument } from "./readDocument.js";
import { readFeed } from "./readFeed.js";
import { readManifest } from "./readManifest.js";
import { readWarc } from "./readWarc.js";
import type { InputKind } from "./sniff.js";

/**
 * Reads an input already in memory (stdin, or a file whose kind was sniffed) with the reader for its kind.
 *
 * @example for await (const r of readBytes("stdin", bytes, sniffKind(bytes), context)) …
 */
export async function* readBytes(
  source: string,
  bytes: Buffer,
  kind: InputKind,
  context: ManifestContext,
): AsyncGenerator<ReadResult> {
  switch (kind) {
    case "feed":
      yield* readFeed(source, bytes);
      return;
    case "manifest":
      yield* readManifest(source, bytes.toString("utf8").split(/\r?\n/), context);
      return;
    case "warc":
      yield* readWarc(source, [bytes], context.options.maxBytes);
      return;
    default:
      yield readDocument(source, bytes, kind);
  }
}
