import type { ReadResult } from "../../article.js";
import { ByteSource } from "./ByteSource.js";
import { gzipMembers } from "./gzipMembers.js";
import { parseHttpResponse } from "./httpPayload.js";
import { formatBytes, tooLarge } from "./readFileBytes.js";
import { readHtml } from "./readHtml.js";
import { sniffKind } from "./sniff.js";

/*
 * Why our own parser rather than warcio: warcio reads a cut-off .warc.gz as if it ended cleanly (the last records
 * vanish without a word), takes a gzip error for "not compressed", and prints warnings on the console. A user
 * must be told when an archive is truncated, so this small streaming parser uses Node's zlib member by member.
 */

/** `WARC/1.0`, `WARC/1.1` */
const WARC_VERSION = /^WARC\/1\.\d\s*$/;
/** `Name: value` */
const WARC_HEADER = /^([^:\s]+)\s*:\s*(.*)$/;
/** Media types of an HTML payload. */
const HTML_MEDIA_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

const MAX_HEADER_LINE = 64 * 1024;

/** `offset` is where the record starts: a byte offset, or `member.n` for the n-th record inside one gzip member. */
type WarcRecord =
  | { kind: "record"; offset: number | string; headers: Map<string, string>; block: Buffer }
  | { kind: "too-large"; offset: number | string; length: number }
  | { kind: "error"; offset: number | string; reason: string };

/**
 * Every `response` record with a 2xx HTML payload in a WARC or WARC.gz (Common Crawl style) as a document, streamed:
 * one record (one gzip member) in memory at a time. Sources are `<source>#<offset>`, the record's byte offset in the
 * file (compressed offset for .warc.gz). `meta.url` is WARC-Target-URI; the charset comes from the HTTP header.
 * `published` is left unset: WARC-Date is when the page was crawled, not when it was published.
 * Other records (requests, metadata, images, redirects) are skipped silently.
 *
 * @example for await (const r of readWarc("CC-NEWS.warc.gz", createReadStream("CC-NEWS.warc.gz"), 64 << 20)) …
 */
export async function* readWarc(
  source: string,
  stream: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<ReadResult> {
  const input = new ByteSource(stream);
  const magic = await input.read(2);
  input.unshift(magic);
  if (magic.length === 0) {
    yield { ok: false, failure: { source, reason: "empty file" } };
    return;
  }
  let count = 0;
  const records =
    magic[0] === 0x1f && magic[1] === 0x8b ? gzippedRecords(input, maxBytes) : plainRecords(input, maxBytes);
  for await (const record of records) {
    count++;
    const recordSource = `${source}#${record.offset}`;
    if (record.kind === "error") {
      yield { ok: false, failure: { source: recordSource, reason: record.reason } };
      continue;
    }
    if (record.kind === "too-large") {
      yield {
        ok: false,
        failure: { source: recordSource, reason: `WARC record ${tooLarge(record.length, maxBytes)}` },
      };
      continue;
    }
    const result = htmlResponse(recordSource, record.headers, record.block, maxBytes);
    if (result) yield result;
  }
  if (count === 0) yield { ok: false, failure: { source, reason: "no WARC records" } };
}

/** A document for an HTML response record, a failure for a broken one, null for records that are not articles. */
function htmlResponse(
  source: string,
  headers: Map<string, string>,
  block: Buffer,
  maxBytes: number,
): ReadResult | null {
  if (headers.get("warc-type") !== "response") return null;
  const http = parseHttpResponse(block, maxBytes);
  if (http === null) return null;
  if ("error" in http) return { ok: false, failure: { source, reason: http.error } };
  if (http.status < 200 || http.status > 299) return null;
  const contentType = http.headers.get("content-type") ?? null;
  const isHtml = contentType ? HTML_MEDIA_TYPE.test(contentType) : sniffKind(http.body) === "html";
  if (!isHtml || http.body.length === 0) return null;
  const result = readHtml(source, http.body, contentType);
  if (!result.ok) return result;
  const url = headers.get("warc-target-uri")?.replace(/^<|>$/g, "");
  if (url) result.doc.meta.url = url;
  const notes = [...http.notes, ...(result.doc.notes ?? [])];
  if (notes.length > 0) result.doc.notes = notes;
  return result;
}

/** Records of an uncompressed WARC, read straight from the stream. */
async function* plainRecords(input: ByteSource, maxBytes: number): AsyncGenerator<WarcRecord> {
  for (;;) {
    const record = await readRecord(input, maxBytes);
    if (record === null) return;
    yield record;
    if (record.kind === "error") return;
  }
}

/** Records of a .warc.gz: each gzip member decompressed alone (usually one record each), addressed by its offset. */
async function* gzippedRecords(input: ByteSource, maxBytes: number): AsyncGenerator<WarcRecord> {
  // A record may be a little larger than its payload: room for WARC and HTTP headers.
  for await (const member of gzipMembers(input, maxBytes + MAX_HEADER_LINE)) {
    if (!member.ok) {
      yield { kind: "error", offset: member.offset, reason: member.reason };
      if (member.fatal) return;
      continue;
    }
    const inner = new ByteSource([member.data]);
    for (let index = 0; ; index++) {
      const record = await readRecord(inner, maxBytes);
      if (record === null) break;
      // Several records in one member (rare): the later ones get `offset.n`.
      yield { ...record, offset: index === 0 ? member.offset : `${member.offset}.${index}` };
      if (record.kind === "error") break;
    }
  }
}

/** One record from the stream: headers and block, or null at the end. */
async function readRecord(input: ByteSource, maxBytes: number): Promise<WarcRecord | null> {
  let line: Buffer | null;
  // Records end with two CRLFs; skip those (and any stray blank lines) before the version line.
  do {
    line = await input.readLine(MAX_HEADER_LINE);
    if (line === null) return null;
  } while (line.toString("latin1").trim() === "");
  const offset = input.offset - line.length;
  if (!WARC_VERSION.test(line.toString("latin1"))) {
    return { kind: "error", offset, reason: `not a WARC record (expected a WARC/1.x line, found ${preview(line)})` };
  }
  const headers = new Map<string, string>();
  let last = "";
  for (;;) {
    line = await input.readLine(MAX_HEADER_LINE);
    if (line === null) return { kind: "error", offset, reason: "truncated WARC record (headers cut off)" };
    const text = line.toString("utf8").replace(/\r?\n$/, "");
    if (text === "") break;
    if (/^[ \t]/.test(text) && last) {
      headers.set(last, `${headers.get(last) ?? ""} ${text.trim()}`);
      continue;
    }
    const match = WARC_HEADER.exec(text);
    if (match?.[1] && match[2] !== undefined) {
      last = match[1].toLowerCase();
      headers.set(last, match[2].trim());
    }
  }
  const length = Number(headers.get("content-length"));
  if (!Number.isInteger(length) || length < 0) {
    return { kind: "error", offset, reason: "WARC record without a valid Content-Length" };
  }
  if (length > maxBytes + MAX_HEADER_LINE) {
    const skipped = await input.skip(length);
    if (skipped < length) return { kind: "error", offset, reason: "truncated WARC record" };
    return { kind: "too-large", offset, length };
  }
  const block = await input.read(length);
  if (block.length < length) {
    return {
      kind: "error",
      offset,
      reason: `truncated WARC record (${formatBytes(block.length)} of ${formatBytes(length)})`,
    };
  }
  return { kind: "record", offset, headers, block };
}

function preview(line: Buffer): string {
  return JSON.stringify(line.subarray(0, 40).toString("latin1").trim());
}
