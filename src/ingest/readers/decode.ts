import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

/** What the bytes are, which decides where a charset may be declared. */
export type ContentKind = "html" | "xml" | "text";

export interface Decoded {
  ok: true;
  text: string;
  /** The encoding the text was decoded from, as a lower-case WHATWG-style label. */
  encoding: string;
  /** Non-fatal notes: invalid bytes replaced, charset fallback, a declaration that was overruled. */
  notes: string[];
}

export type DecodeResult = Decoded | { ok: false; reason: string };

/** `text/html; charset="ISO-8859-1"` → ISO-8859-1. */
const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*["']?([^"';\s]+)/i;
/** `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">` alike. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
/** `<?xml version="1.0" encoding="x"?>` at the very start of the document. */
const XML_DECLARATION_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/;

/** How far into an HTML page a `<meta charset>` counts (the HTML standard's prescan looks at 1024; pages stray). */
const PRESCAN_BYTES = 4096;
/** How much of the input the binary test looks at. */
const BINARY_SAMPLE_BYTES = 8192;
/** More control characters than this share of the sample means binary content. */
const MAX_CONTROL_RATIO = 0.1;

/** Labels browsers treat as windows-1252 (the WHATWG Encoding Standard maps them so). */
const WINDOWS_1252_ALIASES = new Set([
  "ascii",
  "us-ascii",
  "iso-8859-1",
  "iso8859-1",
  "iso_8859-1",
  "latin1",
  "l1",
  "cp1252",
  "cp819",
  "x-cp1252",
]);

/**
 * Decodes bytes to a string, choosing the charset as a browser would: BOM, then the declared charset (HTTP
 * Content-Type, then `<meta charset>` for HTML or the XML declaration for feeds), then UTF-8 when the bytes are
 * (mostly) valid UTF-8, else windows-1252. Invalid UTF-8 is replaced with U+FFFD and noted. Binary content is refused.
 *
 * @example decode(bytes, { kind: "html", contentType: "text/html; charset=iso-8859-2" })
 */
export function decode(bytes: Uint8Array, hints: { kind: ContentKind; contentType?: string | null }): DecodeResult {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = byteOrderMark(buffer);
  if (bom) {
    const body = buffer.subarray(bom.length);
    const text = decodeAs(body, bom.encoding);
    const invalid = bom.encoding === "utf-8" && !isUtf8(body) ? countReplacements(text) : 0;
    const notes = invalid > 0 ? [`invalid UTF-8: ${invalid} byte sequence(s) replaced with U+FFFD`] : [];
    return { ok: true, text, encoding: bom.encoding, notes };
  }

  const utf16 = sniffUtf16WithoutBom(buffer);
  if (utf16) {
    return {
      ok: true,
      text: decodeAs(buffer, utf16),
      encoding: utf16,
      notes: [`no byte order mark; read as ${utf16}`],
    };
  }
  if (looksBinary(buffer)) return { ok: false, reason: "binary content, not text" };

  const notes: string[] = [];
  const declared = declaredCharset(buffer, hints, notes);
  const validUtf8 = isUtf8(buffer);

  if (declared === "utf-8" || (declared === null && validUtf8)) {
    if (validUtf8) return { ok: true, text: buffer.toString("utf8"), encoding: "utf-8", notes };
    const text = new TextDecoder("utf-8").decode(buffer);
    notes.push(`invalid UTF-8: ${countReplacements(text)} byte sequence(s) replaced with U+FFFD`);
    return { ok: true, text, encoding: "utf-8", notes };
  }
  if (declared === null) {
    // Mostly-UTF-8 text with a few broken bytes (a truncated multi-byte character, a pasted fragment) stays UTF-8:
    // reading it as windows-1252 would garble every correct character to fix a few wrong ones.
    const asUtf8 = new TextDecoder("utf-8").decode(buffer);
    const invalid = countReplacements(asUtf8);
    if (countNonAscii(asUtf8) - invalid > invalid) {
      notes.push(`invalid UTF-8: ${invalid} byte sequence(s) replaced with U+FFFD`);
      return { ok: true, text: asUtf8, encoding: "utf-8", notes };
    }
    notes.push("no charset declared and the bytes are not valid UTF-8; decoded as windows-1252");
    return { ok: true, text: decodeAs(buffer, "windows-1252"), encoding: "windows-1252", notes };
  }
  // Servers often send a default `charset=ISO-8859-1` for pages written in UTF-8. Non-ASCII bytes that form valid
  // UTF-8 are very unlikely in any single-byte text, so valid UTF-8 wins over such a declaration.
  if (validUtf8 && !declared.startsWith("utf-16") && hasNonAscii(buffer)) {
    notes.push(`declared ${declared} but the bytes are valid UTF-8; decoded as UTF-8`);
    return { ok: true, text: buffer.toString("utf8"), encoding: "utf-8", notes };
  }
  return { ok: true, text: decodeAs(buffer, declared), encoding: declared, notes };
}

/**
 * True when the bytes look like binary data rather than text: a NUL byte, or many control characters, in the first
 * 8 KB. Text in UTF-16 has NULs too, so call this after looking for a byte order mark (as `decode` does).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, line feed, form feed, carriage return and escape occur in text files.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_RATIO;
}

/**
 * A charset label normalised to one iconv-lite and TextDecoder both know, or null when unknown.
 *
 * @example normaliseCharset("ISO-8859-1") // "windows-1252"
 */
export function normaliseCharset(label: string): string | null {
  const name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "");
  if (name === "utf8" || name === "utf-8" || name === "unicode-1-1-utf-8") return "utf-8";
  if (WINDOWS_1252_ALIASES.has(name) || name === "windows-1252") return "windows-1252";
  if (name === "utf-16" || name === "utf-16le" || name === "unicode") return "utf-16le";
  if (name === "utf-16be") return "utf-16be";
  return iconv.encodingExists(name) ? name : null;
}

function byteOrderMark(buffer: Buffer): { encoding: string; length: number } | null {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** UTF-16 text without a BOM, mostly ASCII-range characters: every other byte is NUL, the rest are not. */
function sniffUtf16WithoutBom(buffer: Buffer): string | null {
  const sample = buffer.subarray(0, 512 - (Math.min(buffer.length, 512) % 2));
  if (sample.length < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const half = sample.length / 2;
  if (oddNul > half * 0.9 && evenNul === 0) return "utf-16le";
  if (evenNul > half * 0.9 && oddNul === 0) return "utf-16be";
  return null;
}

function declaredCharset(
  buffer: Buffer,
  hints: { kind: ContentKind; contentType?: string | null },
  notes: string[],
): string | null {
  const candidates: [string, string | undefined][] = [
    ["HTTP Content-Type", hints.contentType?.match(CONTENT_TYPE_CHARSET)?.[1]],
  ];
  if (hints.kind !== "text") {
    const head = buffer.subarray(0, PRESCAN_BYTES).toString("latin1");
    candidates.push(["XML declaration", head.match(XML_DECLARATION_ENCODING)?.[1]]);
    if (hints.kind === "html") candidates.push(["<meta charset>", head.match(META_CHARSET)?.[1]]);
  }
  for (const [where, label] of candidates) {
    if (label === undefined) continue;
    const charset = normaliseCharset(label);
    if (charset === null) {
      notes.push(`unknown charset "${label}" in ${where}; ignored`);
      continue;
    }
    // A page that could be read as ASCII to find its own <meta> is not UTF-16 (the HTML standard says so too).
    if (charset.startsWith("utf-16") && where !== "HTTP Content-Type") return "utf-8";
    return charset;
  }
  return null;
}

function decodeAs(buffer: Buffer, encoding: string): string {
  if (encoding === "utf-8") return new TextDecoder("utf-8").decode(buffer);
  return iconv.decode(buffer, encoding);
}

function hasNonAscii(buffer: Buffer): boolean {
  for (const byte of buffer) if (byte >= 0x80) return true;
  return false;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) count++;
  return count;
}

function countNonAscii(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) count++;
  return count;
}
