import type { Span } from "../../article.js";
import type { QuoteDocument, RawQuote } from "./document.js";
import { sentenceAt, tokenAt } from "./document.js";
import { notSpeakers } from "./labelledQuotes.js";

/** A speaker label in capitals opening a quoted paragraph: "WALLACE: ", "SEN. SCHUMER: ". */
const TURN_LABEL = /^(\p{Lu}[\p{Lu}'’.-]+(?:[^\S\n]+\p{Lu}[\p{Lu}'’.-]+){0,2}):[^\S\n]+(?=\S)/u;

/**
 * A transcript quoted paragraph by paragraph ("WALLACE: Let’s start…" / "PENCE: Well, look…", each paragraph opening
 * with a quotation mark) is a run of turns, not one quote: each labelled paragraph becomes a direct quote of its
 * label's speaker, and unlabelled paragraphs go on with the turn before. Quotes with no label are returned as they
 * are. Never throws.
 *
 * @example splitTurns(doc, quotes) // “WALLACE: Hi.\n\n“PENCE: Hello.” → two quotes, speakers WALLACE and PENCE
 */
export function splitTurns(doc: QuoteDocument, quotes: readonly RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  for (const quote of quotes) {
    const labels = quote.parts.map((part) => labelOf(doc.text, part));
    if (!labels.some((l) => l !== null)) {
      out.push(quote);
      continue;
    }
    let turn: RawQuote | null = null;
    quote.parts.forEach((part, k) => {
      const label = labels[k] ?? null;
      if (label === null) {
        if (turn !== null) turn.parts.push(part);
        else out.push((turn = { ...quote, parts: [part] }));
        return;
      }
      const content = { start: label.contentStart, end: part.end };
      const at = tokenAt(doc, label.start);
      turn = {
        kind: "direct",
        parts: [content],
        cue: null,
        speaker: { start: label.start, end: label.end, text: doc.text.slice(label.start, label.end) },
        evidence: "stated",
        viaFrom: at,
        viaTo: at,
        sentence: Math.max(0, sentenceAt(doc, content.start)),
        inherit: false,
      };
      out.push(turn);
    });
  }
  return out;
}

function labelOf(text: string, part: Span): { start: number; end: number; contentStart: number } | null {
  const m = TURN_LABEL.exec(text.slice(part.start, Math.min(part.end, part.start + 60)));
  const label = m?.[1];
  if (m === null || label === undefined || notSpeakers.has(label.toLowerCase())) return null;
  if (part.start + m[0].length >= part.end) return null;
  return { start: part.start, end: part.start + label.length, contentStart: part.start + m[0].length };
}
