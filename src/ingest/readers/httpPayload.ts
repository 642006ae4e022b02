import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";
import { describeGzipError } from "./readFileBytes.js";

/** An HTTP response as archived: status, lower-cased headers, and the body with transfer and content coding undone. */
export interface HttpPayload {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
  notes: string[];
}

/** `HTTP/1.1 200 OK` */
const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/;
/** `Name: value` */
const HEADER_LINE = /^([^:\s]+)\s*:\s*(.*)$/;
/** A chunk-size line: hex size, optional extensions. */
const CHUNK_SIZE_LINE = /^([0-9a-fA-F]+)[ \t]*(?:;[^\r\n]*)?\r?$/;
/** The end of the HTTP head. */
const HEAD_END = /\r?\n\r?\n/;

const MAX_HEAD_BYTES = 64 * 1024;

/**
 * Splits an archived HTTP response (WARC `response` block) into status, headers and a decoded body: de-chunked when
 * `Transfer-Encoding: chunked`, decompressed when `Content-Encoding` is gzip, deflate or br (within `maxBytes`).
 * Archives that stored the body already decoded but kept the header are read as they are, with a note.
 * Null when the block is not an HTTP response.
 *
 * @example parseHttpResponse(block, 64 << 20)?.headers.get("content-type")
 */
export function parseHttpResponse(block: Buffer, maxBytes: number): HttpPayload | { error: string } | null {
  const head = block.subarray(0, MAX_HEAD_BYTES).toString("latin1");
  const end = HEAD_END.exec(head);
  const statusMatch = STATUS_LINE.exec(head);
  if (!statusMatch?.[1]) return null;
  const headText = end ? head.slice(0, end.index) : head;
  const headers = new Map<string, string>();
  for (const line of headText.split(/\r?\n/).slice(1)) {
    const match = HEADER_LINE.exec(line);
    if (match?.[1] && match[2] !== undefined) headers.set(match[1].toLowerCase(), match[2].trim());
  }
  const notes: string[] = [];
  let body = end ? block.subarray(end.index + end[0].length) : Buffer.alloc(0);

  if (headers.get("transfer-encoding")?.toLowerCase().includes("chunked")) {
    const dechunked = dechunk(body);
    if (dechunked) body = dechunked;
    else notes.push("Transfer-Encoding: chunked, but the body is not chunked; read as is");
  }
  const coding = headers.get("content-encoding")?.toLowerCase().trim();
  if (coding && coding !== "identity") {
    const decoded = decompress(body, coding, maxBytes);
    if ("bytes" in decoded) body = decoded.bytes;
    else if (decoded.error) return { error: decoded.error };
    else notes.push(`Content-Encoding: ${coding}, but the body is not compressed; read as is`);
  }
  return { status: Number(statusMatch[1]), headers, body, notes };
}

/** Undoes chunked transfer coding; null when the body is not in chunks. */
export function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf(0x0a, at);
    if (lineEnd === -1) return parts.length > 0 ? Buffer.concat(parts) : null;
    const size = CHUNK_SIZE_LINE.exec(body.subarray(at, lineEnd).toString("latin1"));
    if (!size?.[1]) return null;
    const length = parseInt(size[1], 16);
    if (length === 0) return Buffer.concat(parts);
    const start = lineEnd + 1;
    // A cut-off last chunk keeps what there is.
    parts.push(body.subarray(start, Math.min(start + length, body.length)));
    at = start + length;
    if (body[at] === 0x0d) at++;
    if (body[at] === 0x0a) at++;
    if (at >= body.length) return Buffer.concat(parts);
  }
}

/** `{bytes}` when decompressed, `{error}` when compressed but broken or too large, `{}` when not compressed at all. */
function decompress(body: Buffer, coding: string, maxBytes: number): { bytes: Buffer } | { error?: string } {
  const options = { maxOutputLength: maxBytes };
  try {
    if (coding === "gzip" || coding === "x-gzip") {
      if (body[0] !== 0x1f || body[1] !== 0x8b) return {};
      return { bytes: gunzipSync(body, options) };
    }
    if (coding === "deflate") {
      // Servers send zlib-wrapped or raw deflate under this name; try both.
      try {
        return { bytes: inflateSync(body, options) };
      } catch {
        return { bytes: inflateRawSync(body, options) };
      }
    }
    if (coding === "br") return { bytes: brotliDecompressSync(body, options) };
    return { error: `unsupported Content-Encoding: ${coding}` };
  } catch (error) {
    if (coding !== "gzip" && coding !== "x-gzip" && looksLikeMarkup(body)) return {};
    return { error: `Content-Encoding ${coding}: ${describeGzipError(error, maxBytes)}` };
  }
}

function looksLikeMarkup(body: Buffer): boolean {
  return /^\s*</.test(body.subarray(0, 256).toString("latin1"));
}
