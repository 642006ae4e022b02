import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type { ReadResult } from "../../article.js";
import { readBytes } from "./readBytes.js";
import { readDocument } from "./readDocument.js";
import { readFeed } from "./readFeed.js";
import { describeFsError, readFileBytes } from "./readFileBytes.js";
import type { ManifestContext } from "./readManifest.js";
import { readManifest } from "./readManifest.js";
import { readWarc } from "./readWarc.js";
import { kindFromPath, sniffKind } from "./sniff.js";

/**
 * Reads one file with the reader its extension names (a file with another extension is sniffed by its content).
 * Manifests and WARC files are streamed, so `maxBytes` bounds each record rather than the whole file; other files are
 * checked against `maxBytes` before they are read. `.gz` files are decompressed.
 *
 * @example for await (const r of readFile("corpus/a.html.gz", context)) …
 */
export async function* readFile(path: string, context: Omit<ManifestContext, "baseDir">): AsyncGenerator<ReadResult> {
  const { kind, gzip } = kindFromPath(path);
  if (kind === "manifest" || kind === "warc") {
    const problem = await notAFile(path);
    if (problem) {
      yield { ok: false, failure: { source: path, reason: problem } };
      return;
    }
    if (kind === "warc") {
      yield* readWarc(path, createReadStream(path, { highWaterMark: 1 << 20 }), context.options.maxBytes);
      return;
    }
    const stream = createReadStream(path);
    const lines = createInterface({ input: gzip ? stream.pipe(createGunzip()) : stream, crlfDelay: Infinity });
    yield* readManifest(path, lines, { ...context, baseDir: dirname(path) });
    return;
  }
  const bytes = await readFileBytes(path, context.options.maxBytes);
  if (!bytes.ok) {
    yield { ok: false, failure: { source: path, reason: bytes.reason } };
    return;
  }
  if (kind === "feed") yield* readFeed(path, bytes.bytes);
  else if (kind !== null) yield readDocument(path, bytes.bytes, kind);
  else yield* readBytes(path, bytes.bytes, sniffKind(bytes.bytes), { ...context, baseDir: dirname(path) });
}

async function notAFile(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return "not a regular file";
    return info.size === 0 ? "empty file" : null;
  } catch (error) {
    return describeFsError(error);
  }
}
