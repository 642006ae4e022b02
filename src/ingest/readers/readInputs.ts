import { stat } from "node:fs/promises";
import type { RawDocument, ReadResult } from "../../article.js";
import type { FetchUrl, ReadOptions } from "./options.js";
import { defaultReadOptions } from "./options.js";
import { readBytes } from "./readBytes.js";
import { listDirectory } from "./readDirectory.js";
import { readFile } from "./readFile.js";
import { describeFsError } from "./readFileBytes.js";
import { fetchUrl } from "./fetchUrl.js";
import { readStdin } from "./readStdin.js";
import { fetchDocument, readUrl } from "./readUrl.js";
import { sniffKind } from "./sniff.js";

/** An http(s) input, as opposed to a path. */
const HTTP_URL = /^https?:\/\//i;

/** Source of the `-` input in results and messages. */
export const STDIN_SOURCE = "stdin";

/**
 * Reads every input (files, directories recursively, http(s) URLs, `-` for stdin) and yields one result per
 * document, in input order: a decoded RawDocument or a Failure naming the input. Never throws on bad input.
 *
 * A feed item without content is fetched from its link when `fetchFeedLinks` is set; otherwise it is a failure that
 * names the link (reading a local file should not start requests to third-party sites unasked).
 *
 * @example for await (const r of readInputs(["corpus", "https://example.org/feed.xml"])) if (r.ok) console.log(r.doc.source)
 */
export async function* readInputs(
  inputs: readonly string[],
  options: Partial<ReadOptions> = {},
): AsyncGenerator<ReadResult> {
  const opts: ReadOptions = { ...defaultReadOptions, ...definedOnly(options) };
  const context = { options: opts, fetchUrl: opts.fetchUrl ?? fetchUrl };
  for (const input of inputs) {
    for await (const result of readInput(input, context)) {
      yield result.ok && result.doc.fetchUrl !== undefined && result.doc.body === ""
        ? await resolveFeedLink(result.doc, context)
        : result;
    }
  }
}

interface Context {
  options: ReadOptions;
  fetchUrl: FetchUrl;
}

async function* readInput(input: string, context: Context): AsyncGenerator<ReadResult> {
  if (input === "-") {
    const bytes = await readStdin(context.options.stdin, context.options.maxBytes);
    if (!bytes.ok) yield { ok: false, failure: { source: STDIN_SOURCE, reason: bytes.reason } };
    else yield* readBytes(STDIN_SOURCE, bytes.bytes, sniffKind(bytes.bytes), { ...context, baseDir: process.cwd() });
    return;
  }
  if (HTTP_URL.test(input)) {
    yield* await readUrl(input, context.options, context.fetchUrl);
    return;
  }
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(input)).isDirectory();
  } catch (error) {
    yield { ok: false, failure: { source: input, reason: describeFsError(error) } };
    return;
  }
  if (!isDirectory) {
    yield* readFile(input, context);
    return;
  }
  const listing = await listDirectory(input);
  for (const failure of listing.failures) yield { ok: false, failure };
  for (const skipped of listing.skipped) context.options.onSkip?.(skipped.path, skipped.reason);
  if (listing.files.length === 0 && listing.failures.length === 0) {
    const unknown = listing.skipped.filter((s) => s.reason === "unknown extension").length;
    const reason =
      listing.skipped.length === 0
        ? "empty folder"
        : `no file to read (${unknown} with an unknown extension, ${listing.skipped.length - unknown} hidden, skipped)`;
    yield { ok: false, failure: { source: input, reason } };
    return;
  }
  for (const file of listing.files) yield* readFile(file, context);
}

/** Fetches the link of a feed item that had no content, keeping the feed's metadata over the page's. */
async function resolveFeedLink(doc: RawDocument, context: Context): Promise<ReadResult> {
  const link = doc.fetchUrl ?? "";
  if (!context.options.fetchFeedLinks) {
    return {
      ok: false,
      failure: {
        source: doc.source,
        reason: `feed item has no content; link recorded: ${link} (use --fetch-feed-links to fetch it)`,
      },
    };
  }
  const fetched = await fetchDocument(link, context.options, context.fetchUrl, doc.source);
  if (!fetched.ok) return fetched;
  const notes = [...(doc.notes ?? []), ...(fetched.doc.notes ?? [])];
  const { fetchUrl: _fetched, ...fromFeed } = doc;
  return {
    ok: true,
    doc: {
      ...fromFeed,
      format: fetched.doc.format,
      body: fetched.doc.body,
      meta: { ...fetched.doc.meta, ...doc.meta },
      ...(fetched.doc.encoding !== undefined ? { encoding: fetched.doc.encoding } : {}),
      ...(notes.length > 0 ? { notes } : {}),
    },
  };
}

/** Drops keys set to `undefined`, so a caller's `{ maxBytes: undefined }` keeps the default. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
