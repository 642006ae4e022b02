import type { Span } from "../../article.js";
import type { QuoteDocument, RawQuote } from "./document.js";
import { sentenceAt, tokenAt, trimSpan } from "./document.js";

/**
 * A speaker label opening a line: "PENCE: …" (transcripts), "Sanders: Clinton needs to…" (headlines). One to four
 * capitalised words, then a colon.
 */
const SPEAKER_LABEL = /(\p{Lu}[\p{L}'’.-]*(?:[^\S\n]\p{Lu}[\p{L}'’.-]*){0,3}):[^\S\n]+(?=\S)/uy;
/** How far into a line the colon of a label may stand. */
const MAX_LABEL = 60;
/** Labels that head a line without naming a speaker. */
export const notSpeakers: ReadonlySet<string> = new Set([
  "editor’s note",
  "editor's note",
  "the latest",
  "contributing",
  "still to come",
  "breaking",
  "update",
  "updated",
  "byline",
  "view full results",
  "related",
  "watch",
  "read more",
  "photo",
  "video",
  "correction",
  "note",
  "source",
  "sources",
  "wow",
  "revealed",
  "twitter",
  "listen",
  "see also",
  "more",
  "q",
  "a",
]);
const MIN_WORDS = 3;

/**
 * Lines that a speaker label opens: "WALLACE: What is your…" (a transcript turn, direct) and "Sanders: Clinton
 * needs to…" (a headline's gist, indirect). The content runs to the end of the line. Lines whose content is already
 * a quote are left to it. Never throws.
 *
 * @example labelledQuotes(prepare("PENCE: We will win.", …), []) // [{ kind: "direct", speaker: "PENCE", … }]
 */
export function labelledQuotes(doc: QuoteDocument, quoted: readonly RawQuote[]): RawQuote[] {
  const { text } = doc;
  const out: RawQuote[] = [];
  // Only line starts are tried, and only lines with a colon near their start: the sticky regex never scans.
  let colon = -1;
  for (let at = 0; at < text.length; at = nextLine(text, at)) {
    if (colon < at) colon = text.indexOf(":", at);
    if (colon === -1) break;
    if (colon - at > MAX_LABEL) continue;
    SPEAKER_LABEL.lastIndex = at;
    const m = SPEAKER_LABEL.exec(text);
    if (m === null) continue;
    const label = m[1] ?? "";
    if (notSpeakers.has(label.toLowerCase())) continue;
    const from = m.index + m[0].length;
    const lineEnd = text.indexOf("\n", from);
    const content: Span = trimSpan(text, from, lineEnd === -1 ? text.length : lineEnd);
    const words = text.slice(content.start, content.end).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < MIN_WORDS) continue;
    if (quoted.some((q) => q.parts.some((p) => p.start < content.end && p.end > content.start))) continue;
    const labelTok = tokenAt(doc, m.index);
    const allCaps = label === label.toUpperCase();
    out.push({
      kind: allCaps ? "direct" : "indirect",
      parts: [content],
      cue: null,
      speaker: { start: m.index, end: m.index + label.length, text: label },
      evidence: "stated",
      viaFrom: labelTok,
      viaTo: labelTok,
      sentence: Math.max(0, sentenceAt(doc, content.start)),
      inherit: false,
    });
  }
  return out;
}

/** The offset after the next line break, or the text's length. */
function nextLine(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end === -1 ? text.length : end + 1;
}
