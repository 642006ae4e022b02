import type { ReadResult } from "../../article.js";
import type { FetchOptions, FetchResult, FetchUrl } from "./options.js";
import { readDocument } from "./readDocument.js";
import { readFeed } from "./readFeed.js";
import { type InputKind, sniffKind } from "./sniff.js";

/** `text/html; charset=utf-8` → the reader it calls for. */
const MEDIA_TYPE_KIND: Readonly<Record<string, InputKind | "xml">> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/rss+xml": "feed",
  "application/atom+xml": "feed",
  "application/rdf+xml": "feed",
  "application/xml": "xml",
  "text/xml": "xml",
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
};

/**
 * Fetches a URL and reads it by its content type: an HTML page or text is one document (`meta.url` is the final URL
 * after redirects), a feed is one document per item (`<url>#n`). Anything else is a failure naming the type.
 *
 * @example for (const r of await readUrl("https://example.org/feed.xml", options, fetchUrl)) …
 */
export async function readUrl(url: string, options: FetchOptions, fetchUrl: FetchUrl): Promise<ReadResult[]> {
  const fetched = await fetchOk(url, options, fetchUrl);
  if (!fetched.ok) return [{ ok: false, failure: { source: url, reason: fetched.reason } }];
  const kind = kindOf(fetched.contentType, fetched.body);
  if (kind === "feed") return readFeed(url, fetched.body, fetched.contentType);
  return [asDocument(url, fetched, kind)];
}

/**
 * Fetches one document (HTML, text or Markdown) for a manifest record or a feed item's link, sourced as given.
 *
 * @example await fetchDocument("https://example.org/a", options, fetchUrl, "list.jsonl:3")
 */
export async function fetchDocument(
  url: string,
  options: FetchOptions,
  fetchUrl: FetchUrl,
  source: string = url,
): Promise<ReadResult> {
  const fetched = await fetchOk(url, options, fetchUrl);
  if (!fetched.ok) return { ok: false, failure: { source, reason: `${url}: ${fetched.reason}` } };
  const kind = kindOf(fetched.contentType, fetched.body);
  if (kind === "feed")
    return {
      ok: false,
      failure: { source, reason: `${url} is a feed, not an article; give it as an input of its own` },
    };
  return asDocument(source, fetched, kind);
}

type Fetched = Extract<FetchResult, { ok: true }>;

async function fetchOk(url: string, options: FetchOptions, fetchUrl: FetchUrl): Promise<FetchResult> {
  try {
    const fetched = await fetchUrl(url, options);
    if (fetched.ok && (fetched.status < 200 || fetched.status > 299))
      return { ok: false, reason: `HTTP ${fetched.status}` };
    return fetched;
  } catch (error) {
    // fetchUrl should not throw; if it does, the input still gets a failure, not a crash.
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function kindOf(contentType: string | null, body: Buffer): InputKind | `unsupported ${string}` {
  const mediaType = contentType?.split(";", 1)[0]?.trim().toLowerCase() ?? "";
  const kind = MEDIA_TYPE_KIND[mediaType];
  if (kind === "xml") return sniffKind(body) === "feed" ? "feed" : "html";
  if (kind) return kind;
  if (mediaType === "" || mediaType === "application/octet-stream") return sniffKind(body);
  return `unsupported ${mediaType}`;
}

function asDocument(source: string, fetched: Fetched, kind: InputKind | `unsupported ${string}`): ReadResult {
  if (kind !== "html" && kind !== "text" && kind !== "markdown") {
    const what = kind.startsWith("unsupported ") ? `content type ${kind.slice("unsupported ".length)}` : `a ${kind}`;
    return { ok: false, failure: { source, reason: `cannot read ${what} from a URL (HTML, text and feeds only)` } };
  }
  const result = readDocument(source, fetched.body, kind, fetched.contentType);
  if (result.ok) result.doc.meta = { ...result.doc.meta, url: result.doc.meta.url ?? fetched.url };
  return result;
}
