import type { Sentence } from "../../article.js";
import { allMatches } from "../allMatches.js";

/**
 * The longest stretch of text coded as one sentence. News sentences stay far below it (one of 77,832 sentences in the
 * eval sets passes 1,000 characters); a longer "sentence" is a page that lost its punctuation, and coding it whole
 * costs time that grows with the square of its length (every verb against every actor slot).
 */
export const MAX_CODED_SENTENCE = 2_000;

/** A clause break to cut a piece at, preferred to any space. */
const CLAUSE_BREAK = /[;:,]\s/gu;

/**
 * A sentence as the event coder reads it: itself when it is no longer than `MAX_CODED_SENTENCE` characters, else
 * consecutive pieces no longer than that, each cut at the last clause break (or space) of its second half.
 *
 * @example codingPieces(text, { start: 0, end: 5_000, paragraph: 0 }) // → three pieces covering 0–5,000
 */
export function codingPieces(text: string, sentence: Sentence): Sentence[] {
  if (sentence.end - sentence.start <= MAX_CODED_SENTENCE) return [sentence];
  const pieces: Sentence[] = [];
  let start = sentence.start;
  while (sentence.end - start > MAX_CODED_SENTENCE) {
    const limit = start + MAX_CODED_SENTENCE;
    const end = cutBefore(text, start + MAX_CODED_SENTENCE / 2, limit);
    pieces.push({ start, end, paragraph: sentence.paragraph });
    start = end;
    while (start < sentence.end && /\s/u.test(text[start] as string)) start++;
  }
  if (start < sentence.end) pieces.push({ start, end: sentence.end, paragraph: sentence.paragraph });
  return pieces;
}

/** The end of a piece in `[from, limit]`: just after the last clause break, else at the last space, else `limit`. */
function cutBefore(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  let cut = -1;
  for (const m of allMatches(CLAUSE_BREAK, window)) cut = m.index + 1;
  if (cut < 0) cut = window.lastIndexOf(" ");
  return cut <= 0 ? limit : from + cut;
}
