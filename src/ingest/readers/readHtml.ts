import type { ReadResult } from "../../article.js";
import { decode } from "./decode.js";

/**
 * An HTML page from its bytes, decoded by BOM, HTTP charset or `<meta charset>`. Metadata is read later in the
 * pipeline (extract), not here. Empty or binary content is a failure.
 *
 * @example readHtml("https://example.org/a.html", bytes, "text/html; charset=utf-8")
 */
export function readHtml(source: string, bytes: Uint8Array, contentType: string | null = null): ReadResult {
  const decoded = decode(bytes, { kind: "html", contentType });
  if (!decoded.ok) return { ok: false, failure: { source, reason: decoded.reason } };
  if (decoded.text.trim() === "") return { ok: false, failure: { source, reason: "empty file (only whitespace)" } };
  return {
    ok: true,
    doc: {
      source,
      format: "html",
      body: decoded.text,
      meta: {},
      encoding: decoded.encoding,
      ...(decoded.notes.length > 0 ? { notes: decoded.notes } : {}),
    },
  };
}
