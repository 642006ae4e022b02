import type { Span } from "../../article.js";
import { allMatches } from "../allMatches.js";

/** A stretch of text between quotation marks. `start`/`end` are the content without the marks. */
export interface QuotedSpan extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the end of the last paragraph when the quote is never closed. */
  close: number;
  closed: boolean;
  /** Per-paragraph pieces of the content, when the quote runs over several paragraphs. */
  parts: Span[];
  /** "double" for “…” and "…", "single" for ‘…’ and '…' outside double quotes. */
  marks: "double" | "single";
}

/** Quotation marks (two apostrophes are a double mark, as in the NYT archive), and the blank line between paragraphs. */
const MARK = /''|["“”„‘’']|\n[ \t]*\n/gu;
const SPACE_BEFORE = /[\s([{—–\-/]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Finds quoted stretches: straight and curly double quotes, and single quotes outside them (British style).
 * A paragraph that opens a quote without closing it continues into the next paragraph when that paragraph starts
 * with an opening mark (the news convention); otherwise the quote ends with its paragraph.
 * Straight marks are opening after a space or bracket and closing after a word; apostrophes ("Trump's") never
 * count. Never throws.
 *
 * @example quotedSpans('He said: "We won."') // [{ open: 9, start: 10, end: 17, close: 18, … }]
 */
export function quotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let skipUntil = -1;
  let current: {
    open: number;
    partStart: number;
    parts: Span[];
    marks: "double" | "single";
    /** Inside a curly-quoted stretch nested in a straight-quoted one. */
    nested?: boolean;
  } | null = null;
  // The opening mark that continues a quote into a new paragraph is consumed with the paragraph break.
  const finish = (end: number, close: number, closed: boolean): void => {
    if (current === null) return;
    const parts = [...current.parts, { start: current.partStart, end }].filter((p) => p.end > p.start);
    const first = parts[0];
    const last = parts.at(-1);
    if (first !== undefined && last !== undefined) {
      spans.push({ open: current.open, start: first.start, end: last.end, close, closed, parts, marks: current.marks });
    }
    current = null;
  };

  for (const match of allMatches(MARK, text)) {
    const at = match.index;
    const mark = match[0];
    if (mark.startsWith("\n")) {
      if (current === null) continue;
      // Continue into the next paragraph only when it starts with an opening mark of the same kind.
      const next = at + mark.length;
      const opener = text.startsWith("''", next) ? "''" : (text[next] ?? "");
      const sameKind = current.marks === "double" ? /^(?:["“„]|'')$/u.test(opener) : /^[‘']$/u.test(opener);
      if (sameKind && isOpening(text, next, opener.length)) {
        current.parts.push({ start: current.partStart, end: trimEnd(text, at) });
        current.partStart = next + opener.length;
        skipUntil = next + opener.length;
      } else {
        finish(trimEnd(text, at), at, false);
      }
      continue;
    }
    if (at < skipUntil) continue;
    const kind = mark === "‘" || mark === "’" || mark === "'" ? "single" : "double";
    const width = mark.length;
    if (current !== null && current.marks === "double" && kind === "single") continue;
    const opening = isOpening(text, at, width);
    const closing = isClosing(text, at, width);
    if (current === null) {
      if (opening && !(kind === "single" && mark === "’"))
        current = { open: at, partStart: at + width, parts: [], marks: kind };
      continue;
    }
    // '"PENCE: …an episode of “Shark Tank.” But…': curly marks inside a straight-quoted stretch quote within it.
    if (mark === "“" && text[current.open] === '"' && opening) {
      current.nested = true;
      continue;
    }
    if (mark === "”" && current.nested) {
      current.nested = false;
      continue;
    }
    if (kind !== current.marks) {
      // A double mark inside a single-quoted stretch: the single one was an apostrophe-like false start.
      if (opening) current = { open: at, partStart: at + width, parts: [], marks: kind };
      continue;
    }
    if (closing && mark !== "“" && mark !== "‘") finish(at, at + width, true);
    else if (opening && mark !== "”" && mark !== "’")
      current = { open: at, partStart: at + width, parts: [], marks: kind };
  }
  if (current !== null) finish(trimEnd(text, text.length), text.length, false);
  return spans.filter((s) => s.end > s.start);
}

/** A mark opens when it starts the text or follows a space or bracket, and a non-space follows it. */
function isOpening(text: string, at: number, width = 1): boolean {
  const before = at === 0 ? " " : (text[at - 1] ?? " ");
  const after = text[at + width] ?? " ";
  if (/\s/u.test(after)) return false;
  const mark = text[at];
  if (mark === "“" || mark === "‘" || mark === "„") return true;
  return SPACE_BEFORE.test(before) || before === "“" || before === '"';
}

/** A mark closes when a non-space precedes it and no letter follows it ("Trump's" is an apostrophe). */
function isClosing(text: string, at: number, width = 1): boolean {
  const before = text[at - 1] ?? " ";
  const after = text[at + width] ?? " ";
  if (/\s/u.test(before)) return false;
  const mark = text[at];
  if (width === 1 && (mark === "’" || mark === "'")) return !WORD_CHAR.test(after);
  return true;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/u.test(text[e - 1] ?? "")) e--;
  return e;
}
