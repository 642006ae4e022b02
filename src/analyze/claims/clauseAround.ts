import type { Span } from "../../article.js";
import { allMatches } from "../allMatches.js";

/** Marks that end a clause inside a sentence: semicolons and spaced dashes. */
const clauseBreak = /;|\s[—–]\s|\s--\s/gu;

/**
 * The clause of `sentence` that holds `figure`: the sentence cut at semicolons and spaced dashes, trimmed.
 *
 * @example clauseAround("A died; 20 were hurt.", { start: 0, end: 21 }, { start: 8, end: 10 }) // { start: 8, end: 21 }
 */
export function clauseAround(text: string, sentence: Span, figure: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  clauseBreak.lastIndex = 0;
  const body = text.slice(sentence.start, sentence.end);
  for (const m of allMatches(clauseBreak, body)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= figure.start) start = at + m[0].length;
    else if (at >= figure.end) {
      end = at;
      break;
    }
  }
  while (start < end && /\s/u.test(text[start] ?? "")) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? "")) end--;
  return { start, end };
}
