import type { QuoteDocument, RawQuote } from "./document.js";
import { overlapsAny, trimSpan } from "./document.js";
import type { Token } from "./tokens.js";

/** Nouns of a poll or a count whose findings a sentence reports: "In a new Quinnipiac poll, Clinton leads…". */
const EVIDENCE_NOUNS = new Set([
  "poll",
  "polls",
  "survey",
  "surveys",
  "average",
  "averages",
  "tally",
  "census",
  "study",
  "analysis",
  "estimate",
  "estimates",
  "forecast",
  "ranking",
  "rankings",
]);
/** How far the opening "In …," may run before its comma. */
const MAX_LEAD_IN = 16;
const MIN_CONTENT_WORDS = 3;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * What a poll or a count shows, stated as a lead-in: "In a Quinnipiac poll released Tuesday, Clinton led Trump by
 * five points." gives the clause after the comma, with the poll as its source (PolNeAR marks "In" as the cue). Only a
 * sentence opening with "In" or "Among" and a poll noun before the first comma, with no cue of its own in the clause
 * (then the cue attributes it). A stretch taken by another quote is left to it. Never throws.
 *
 * @example evidenceLeadIns(prepare("In the poll, Clinton led by five points.", …), [])[0].speaker.text // "the poll"
 */
export function evidenceLeadIns(doc: QuoteDocument, taken: readonly RawQuote[]): RawQuote[] {
  const { text, tokens } = doc;
  const out: RawQuote[] = [];
  doc.sentenceTokens.forEach((range, sentence) => {
    const first = tokens[range.from];
    if (first === undefined || (first.lower !== "in" && first.lower !== "among") || !first.cap) return;
    let comma = range.from + 1;
    let noun = -1;
    while (comma < range.to && comma - range.from <= MAX_LEAD_IN && tokens[comma]?.text !== ",") {
      if (noun === -1 && EVIDENCE_NOUNS.has(tokens[comma]?.lower ?? "") && isHead(tokens[comma + 1])) noun = comma;
      comma++;
    }
    if (noun === -1 || tokens[comma]?.text !== ",") return;
    // "In an interview, Trump said…" has a cue of its own; a quoted stretch is read elsewhere.
    for (let k = range.from; k < range.to; k++) {
      if (doc.cueStarting[k] != null || doc.quoteOf[k] !== -1) return;
    }
    const after = tokens[comma + 1];
    const last = tokens[range.to - 1];
    const sentenceSpan = doc.sentences[sentence];
    if (after === undefined || last === undefined || sentenceSpan === undefined) return;
    const content = trimSpan(text, after.start, sentenceSpan.end);
    if ((text.slice(content.start, content.end).match(WORD) ?? []).length < MIN_CONTENT_WORDS) return;
    if (overlapsAny(taken, content)) return;
    const source = tokens[range.from + 1] as Token;
    const sourceEnd = tokens[comma - 1] as Token;
    out.push({
      kind: "indirect",
      parts: [content],
      cue: { kind: "evidence", from: range.from, to: range.from + 1 },
      speaker: { start: source.start, end: sourceEnd.end, text: text.slice(source.start, sourceEnd.end) },
      evidence: "stated",
      viaFrom: range.from,
      viaTo: range.from,
      sentence,
      inherit: false,
    });
  });
  return out;
}

/** What may follow the poll noun as the head of its phrase: "poll,", "poll of voters", "poll released Tuesday". */
const AFTER_HEAD = /^(?:,|of|by|from|for|in|on|at|this|last|among|conducted|released|published|taken|commissioned)$/u;

/** Whether the poll noun heads its phrase ("the poll, …", "a survey by Gallup") rather than modifies one ("poll workers"). */
function isHead(next: Token | undefined): boolean {
  return next !== undefined && (AFTER_HEAD.test(next.lower) || (next.lower.length > 4 && next.lower.endsWith("ed")));
}
