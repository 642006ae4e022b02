/** What an input holds, which decides its reader. */
export type InputKind = "text" | "markdown" | "html" | "manifest" | "feed" | "warc";

/** Extensions a reader knows, after a trailing `.gz` is taken off. */
const KIND_BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  jsonl: "manifest",
  ndjson: "manifest",
  xml: "feed",
  rss: "feed",
  atom: "feed",
  rdf: "feed",
  warc: "warc",
};

/** `name.ext` or `name.ext.gz`: the extension that says the kind, and whether the file is gzip-compressed. */
const EXTENSION = /\.([a-z0-9]+)(\.gz)?$/i;

/**
 * The kind a file name says, and whether it is gzip-compressed. `kind` is null for an extension no reader knows.
 *
 * @example kindFromPath("crawl/CC-NEWS-1.warc.gz") // { kind: "warc", gzip: true }
 */
export function kindFromPath(path: string): { kind: InputKind | null; gzip: boolean } {
  const match = EXTENSION.exec(path);
  if (!match) return { kind: null, gzip: false };
  const ext = (match[1] ?? "").toLowerCase();
  const gzip = match[2] !== undefined || ext === "gz";
  return { kind: KIND_BY_EXTENSION[ext] ?? null, gzip };
}

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** `WARC/1.0` or `WARC/1.1` on the first line. */
const WARC_VERSION_LINE = /^WARC\/1\.\d\r?\n/;
/** The root element of an RSS, Atom or RDF feed near the start. */
const FEED_ROOT = /<(?:rss|feed|rdf:RDF)\b/;
/** An HTML document or fragment: a doctype, or one of the tags pages start or are made of. */
const HTML_START = /^(?:<!doctype\s+html|<html\b|<head\b|<body\b|<meta\b|<title\b|<article\b|<div\b|<p\b|<!--)/i;
/** A JSON object with a key opening the first non-blank line: a JSONL manifest (lines may be longer than the sample). */
const JSON_OBJECT_LINE = /^\{\s*("|\})/;
/** YAML front matter or a Markdown ATX heading on the first line. */
const MARKDOWN_START = /^(?:---\r?\n|#{1,6} \S)/;

/**
 * The kind of an input by its first bytes, for stdin and for files whose extension says nothing.
 * Gzip is not looked through: decompress first.
 *
 * @example sniffKind(Buffer.from("<!DOCTYPE html><html>…")) // "html"
 */
export function sniffKind(bytes: Uint8Array): InputKind {
  let head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("utf8");
  head = head.replace(/^\uFEFF/, "");
  if (WARC_VERSION_LINE.test(head)) return "warc";
  const start = head.trimStart();
  if (start.startsWith("<?xml")) return FEED_ROOT.test(start) ? "feed" : "html";
  if (/^<(?:rss|feed|rdf:RDF)\b/.test(start)) return "feed";
  if (HTML_START.test(start)) return "html";
  const firstLine = start.split("\n", 1)[0] ?? "";
  if (JSON_OBJECT_LINE.test(firstLine)) return "manifest";
  if (MARKDOWN_START.test(start)) return "markdown";
  return "text";
}
