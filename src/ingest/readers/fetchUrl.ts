import http from "node:http";
import https from "node:https";
import type { IncomingMessage } from "node:http";
import { Writable, type Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import type { FetchOptions, FetchResult, FetchUrl } from "./options.js";
import {
  type AddressPolicy,
  type Resolve,
  RefusedAddressError,
  guardedLookup,
  literalAddress,
  publicOnly,
  systemResolve,
} from "./ssrfGuard.js";

/** Sent with every request, so site owners can tell who is fetching and where to read about it. */
export const USER_AGENT = "Parallax/0.1 (+https://github.com/parallax-news/parallax)";

const REQUEST_HEADERS = {
  "user-agent": USER_AGENT,
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
  "accept-encoding": "gzip, deflate, br",
  connection: "close",
};

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const FETCHED_SCHEMES: ReadonlySet<string> = new Set(["http:", "https:"]);
/** zlib's error codes: Z_DATA_ERROR (gzip, deflate), ERR__ERROR_FORMAT_… (brotli). */
const DECODING_ERROR = /^(?:Z_|ERR__ERROR_)/;
const PRIVATE_HINT = "pass --allow-private to allow it";

/** What the fetcher is built from; tests swap the policy and resolver to simulate public and private hosts. */
export interface FetchDependencies {
  /** Which addresses may be connected to when `allowPrivate` is off. Default: `publicOnly`. */
  policy?: AddressPolicy;
  /** Host name → addresses. Default: the system resolver. */
  resolve?: Resolve;
}

/** A fetch that ended early; its message is the failure reason. */
class FetchFailure extends Error {
  override readonly name = "FetchFailure";
}

/**
 * Fetches a URL over http(s) within limits: `timeoutMs` covers everything (connecting, every redirect hop, the whole
 * body); the body, decoded from gzip/deflate/br, may not exceed `maxBytes`; at most `maxRedirects` redirects are
 * followed. Unless `allowPrivate` is set, every address a host resolves to must be public, checked again at each hop.
 * Non-2xx answers are failures. Never throws; the failure reason is one line naming the URL.
 *
 * @example const r = await fetchUrl("https://example.org/a", defaultReadOptions); if (r.ok) r.body.length
 */
export function fetchUrl(url: string, options: FetchOptions): Promise<FetchResult> {
  return defaultFetchUrl(url, options);
}

/**
 * A `fetchUrl` with another address policy or resolver.
 *
 * @example createFetchUrl({ resolve: async () => [{ address: "10.0.0.5", family: 4 }] })
 */
export function createFetchUrl(dependencies: FetchDependencies = {}): FetchUrl {
  const policy = dependencies.policy ?? publicOnly;
  const resolve = dependencies.resolve ?? systemResolve;
  const lookup = guardedLookup(policy, resolve);

  return async (url, options) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    let current = url;
    try {
      return await follow(url, options, (hopUrl) => {
        current = hopUrl;
        const guard = options.allowPrivate ? null : { policy, lookup };
        return fetchHop(hopUrl, guard, controller.signal);
      });
    } catch (error) {
      if (controller.signal.aborted) return failure(`timed out after ${options.timeoutMs} ms fetching ${current}`);
      return failure(describeError(error, current));
    } finally {
      clearTimeout(timer);
    }
  };
}

const defaultFetchUrl = createFetchUrl();

type Hop = (url: string) => Promise<IncomingMessage>;

/** Follows redirects from `start`, then reads the body of the final 2xx answer. */
async function follow(start: string, options: FetchOptions, hop: Hop): Promise<FetchResult> {
  const seen = new Set<string>();
  let url = start;
  for (let redirects = 0; ; redirects++) {
    seen.add(url);
    const response = await hop(url);
    const status = response.statusCode ?? 0;
    if (REDIRECT_STATUSES.has(status)) {
      response.destroy();
      const location = response.headers.location;
      if (location === undefined || location === "") return failure(`HTTP ${status} without a Location from ${url}`);
      if (redirects >= options.maxRedirects)
        return failure(`too many redirects (${options.maxRedirects}) from ${start}`);
      const next = resolveLocation(location, url);
      if (next === null) return failure(`bad redirect Location ${JSON.stringify(location)} from ${url}`);
      if (seen.has(next)) return failure(`redirect loop: ${url} redirects back to ${next}`);
      url = next;
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      return failure(`HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ""} from ${url}`);
    }
    const body = await readBody(response, url, options.maxBytes);
    const contentType = response.headers["content-type"] ?? null;
    return { ok: true, url, status, contentType, body };
  }
}

/** One request: checks the scheme and a literal IP host, then connects through the guarded lookup. */
function fetchHop(
  url: string,
  guard: { policy: AddressPolicy; lookup: ReturnType<typeof guardedLookup> } | null,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const parsed = parseUrl(url);
  if (!FETCHED_SCHEMES.has(parsed.protocol)) {
    throw new FetchFailure(`refused ${url}: only http and https URLs are fetched, not ${parsed.protocol.slice(0, -1)}`);
  }
  const literal = literalAddress(parsed.hostname);
  if (guard !== null && literal !== null) {
    const refused = guard.policy(literal);
    if (refused !== null) throw new FetchFailure(`refused ${url}: ${refused}; ${PRIVATE_HINT}`);
  }
  const client = parsed.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      parsed,
      {
        method: "GET",
        headers: REQUEST_HEADERS,
        // A fresh connection per request: a pooled socket opened under other options must not be reused.
        agent: false,
        signal,
        ...(guard === null ? {} : { lookup: guard.lookup }),
      },
      resolve,
    );
    request.on("error", reject);
    request.end();
  });
}

/** Reads the (decoded) body, stopping as soon as it passes `maxBytes`. */
async function readBody(response: IncomingMessage, url: string, maxBytes: number): Promise<Buffer> {
  const tooLarge = `body larger than ${maxBytes} bytes from ${url}`;
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const declared = Number(response.headers["content-length"]);
  if (encoding === "identity" && Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new FetchFailure(tooLarge);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) return callback(new FetchFailure(tooLarge));
      chunks.push(chunk);
      callback();
    },
  });
  let decoder: Transform | null;
  try {
    decoder = decoderFor(encoding, url);
  } catch (error) {
    response.destroy();
    throw error;
  }
  if (decoder === null) await pipeline(response, sink);
  else await pipeline(response, decoder, sink);
  return Buffer.concat(chunks, size);
}

/** Content-Encoding → a stream that decodes it; null for none. Truncated compressed data is tolerated, as browsers do. */
function decoderFor(encoding: string, url: string): Transform | null {
  const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (encoding) {
    case "identity":
    case "":
      return null;
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip(lenient);
    case "deflate":
      // HTTP's "deflate" is zlib-wrapped (RFC 9110); the rare server sending raw deflate gets a clear failure.
      return zlib.createInflate(lenient);
    case "br":
      return zlib.createBrotliDecompress();
    default:
      throw new FetchFailure(`unsupported Content-Encoding ${JSON.stringify(encoding)} from ${url}`);
  }
}

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new FetchFailure(`not a valid URL: ${JSON.stringify(url)}`);
  }
}

function resolveLocation(location: string, base: string): string | null {
  try {
    const next = new URL(location, base);
    next.hash = "";
    return next.href;
  } catch {
    return null;
  }
}

/** Node's network errors as one line naming the URL. */
function describeError(error: unknown, url: string): string {
  if (error instanceof FetchFailure) return error.message;
  if (error instanceof RefusedAddressError) return `refused ${url}: ${error.message}; ${PRIVATE_HINT}`;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const host = URL.canParse(url) ? new URL(url).host : url;
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `cannot resolve host ${host} of ${url} (${code})`;
    case "ECONNREFUSED":
      return `connection refused by ${host} fetching ${url}`;
    case "ECONNRESET":
    case "ERR_STREAM_PREMATURE_CLOSE":
      return `connection closed before the whole answer arrived from ${url}`;
    default: {
      if (code !== undefined && DECODING_ERROR.test(code))
        return `body of ${url} does not decode as its Content-Encoding says`;
      const message = error instanceof Error ? error.message : String(error);
      return `cannot fetch ${url}: ${code ? `${code} ` : ""}${message}`.replace(/\s+/g, " ");
    }
  }
}

function failure(reason: string): FetchResult {
  return { ok: false, reason };
}
