import type { Span } from "../../article.js";
import type { QuoteDocument, RawQuote } from "./document.js";
import { sentenceAt, tokenAt, trimSpan } from "./document.js";
import { headlineHead, MAX_HEADLINE } from "./headlineLabel.js";

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
    const lineEnd = text.indexOf("\n", at);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const label = lineLabel(doc, at, end);
    if (label === null) continue;
    const content: Span = trimSpan(text, label.contentStart, end);
    const words = text.slice(content.start, content.end).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < MIN_WORDS) continue;
    // A quote inside a headline's claim is part of it ("Pat Caddell: Voters Worried…; It’s ‘in Their Heads.’"); a
    // quote that is most of the line, runs past it or stands in a paragraph ("Superdelegates: … Devine said.") is
    // left to itself.
    let inner = false;
    const crossed = quoted.some((q) =>
      q.parts.some((p) => {
        if (p.start >= content.end || p.end <= content.start) return false;
        const inside = p.start >= content.start - 1 && p.end <= content.end + 1;
        if (inside && 2 * (p.end - p.start) < content.end - content.start && end - at <= MAX_HEADLINE) {
          inner = true;
          return false;
        }
        return true;
      }),
    );
    if (crossed) continue;
    const labelTok = tokenAt(doc, label.speaker.start);
    const speakerText = text.slice(label.speaker.start, label.speaker.end);
    out.push({
      kind: label.transcript ? "direct" : inner ? "partial" : "indirect",
      parts: [content],
      cue: null,
      speaker: { start: label.speaker.start, end: label.speaker.end, text: speakerText },
      evidence: "stated",
      viaFrom: labelTok,
      viaTo: labelTok,
      sentence: Math.max(0, sentenceAt(doc, content.start)),
      inherit: false,
    });
  }
  return out;
}

/** A line's speaker label: its speaker span, where its content starts, and whether it is a transcript turn. */
interface LineLabel {
  speaker: Span;
  contentStart: number;
  transcript: boolean;
}

/**
 * The label opening the line [at, end): a name in capitals ("PENCE:", "Sanders:"), else a headline head ("Clinton
 * camp:", "EXCLUSIVE – Roger Stone:", "Clinton to Planned Parenthood:") with no cue word in it. Null otherwise.
 */
function lineLabel(doc: QuoteDocument, at: number, end: number): LineLabel | null {
  const { text } = doc;
  SPEAKER_LABEL.lastIndex = at;
  const m = SPEAKER_LABEL.exec(text);
  const label = m?.[1];
  if (m !== null && label !== undefined) {
    if (notSpeakers.has(label.toLowerCase())) return null;
    return {
      speaker: { start: m.index, end: m.index + label.length },
      contentStart: m.index + m[0].length,
      transcript: label === label.toUpperCase(),
    };
  }
  const head = headlineHead(text.slice(at, end));
  if (head === null) return null;
  const speaker = { start: at + head.speaker.start, end: at + head.speaker.end };
  const whole = text.slice(at + head.head.start, at + head.head.end).toLowerCase();
  if (notSpeakers.has(whole) || notSpeakers.has(text.slice(speaker.start, speaker.end).toLowerCase())) return null;
  // "Clinton says Trump: …" is a sentence, read by the cue rules.
  for (let i = tokenAt(doc, at + head.head.start); i < doc.tokens.length; i++) {
    if ((doc.tokens[i]?.start ?? end) >= at + head.head.end) break;
    if (doc.cueStarting[i] !== null && doc.cueStarting[i] !== undefined) return null;
  }
  return { speaker, contentStart: at + head.contentStart, transcript: false };
}

/** The offset after the next line break, or the text's length. */
function nextLine(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end === -1 ? text.length : end + 1;
}
