/** Options every reader accepts. Limits have safe defaults and say so when hit. */
export interface ReadOptions {
  /** Allow URLs that resolve to loopback, private or link-local addresses (SSRF guard off). */
  allowPrivate: boolean;
  /** Per-request timeout for URLs, milliseconds. */
  timeoutMs: number;
  /** Largest input (file, HTTP body, WARC record, decompressed .gz) read, bytes. */
  maxBytes: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  /**
   * Fetch the link of a feed item that carries no content (no content:encoded, content or description).
   * Off by default: reading a local feed file should not start requests to third-party sites; such items
   * are reported as failures that name the link, so the user can re-run with `--fetch-feed-links`.
   */
  fetchFeedLinks: boolean;
  /** Stream used for the `-` input. */
  stdin: NodeJS.ReadableStream;
  /**
   * Called for each file skipped inside a directory (hidden, or an extension no reader knows). Skipping is
   * silent otherwise; a directory with no readable file at all yields a failure that gives the count.
   */
  onSkip?: (path: string, reason: string) => void;
  /** Replaces the built-in `fetchUrl` (its SSRF guard and limits), e.g. to go through a cache, or in tests. */
  fetchUrl?: FetchUrl;
}

/** What a fetcher answers: the body within the limits, or why not. */
export type FetchResult =
  { ok: true; url: string; status: number; contentType: string | null; body: Buffer } | { ok: false; reason: string };

export type FetchOptions = Pick<ReadOptions, "allowPrivate" | "timeoutMs" | "maxBytes" | "maxRedirects">;

/** The signature of `fetchUrl`. */
export type FetchUrl = (url: string, options: FetchOptions) => Promise<FetchResult>;

export const defaultReadOptions: ReadOptions = {
  allowPrivate: false,
  timeoutMs: 15_000,
  maxBytes: 64 * 1024 * 1024,
  maxRedirects: 5,
  fetchFeedLinks: false,
  stdin: process.stdin,
};
