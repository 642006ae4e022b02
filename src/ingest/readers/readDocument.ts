import type { RawFormat, ReadResult } from "../../article.js";
import { readHtml } from "./readHtml.js";
import { readText } from "./readText.js";

/**
 * One document (text, Markdown or HTML) from its bytes: the reader for the format, chosen here in one place.
 *
 * @example readDocument("a.html", bytes, "html")
 */
export function readDocument(
  source: string,
  bytes: Uint8Array,
  format: RawFormat,
  contentType: string | null = null,
): ReadResult {
  return format === "html" ? readHtml(source, bytes, contentType) : readText(source, bytes, format, contentType);
}
