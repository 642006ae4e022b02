import type { ReadResult } from "../../article.js";
import { decode } from "./decode.js";
import { splitFrontMatter } from "./frontMatter.js";

/**
 * A plain-text or Markdown document from its bytes: decoded, optional YAML front matter split off into `meta`
 * (a bad front matter is a note, the body is still read). Empty text is a failure.
 *
 * @example readText("notes/floods.md", bytes, "markdown")
 */
export function readText(
  source: string,
  bytes: Uint8Array,
  format: "text" | "markdown",
  contentType: string | null = null,
): ReadResult {
  const decoded = decode(bytes, { kind: "text", contentType });
  if (!decoded.ok) return { ok: false, failure: { source, reason: decoded.reason } };
  if (decoded.text.trim() === "") return { ok: false, failure: { source, reason: "empty file (only whitespace)" } };
  const { body, meta, notes } = splitFrontMatter(decoded.text);
  if (body.trim() === "") return { ok: false, failure: { source, reason: "no text after the front matter" } };
  const allNotes = [...decoded.notes, ...notes];
  return {
    ok: true,
    doc: {
      source,
      format,
      body,
      meta,
      encoding: decoded.encoding,
      ...(allNotes.length > 0 ? { notes: allNotes } : {}),
    },
  };
}
