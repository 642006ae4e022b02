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
  /** Stream used for the `-` input. */
  stdin: NodeJS.ReadableStream;
}

export const defaultReadOptions: ReadOptions = {
  allowPrivate: false,
  timeoutMs: 15_000,
  maxBytes: 64 * 1024 * 1024,
  maxRedirects: 5,
  stdin: process.stdin,
};
