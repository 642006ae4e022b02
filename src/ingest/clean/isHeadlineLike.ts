import { SENTENCE_END } from "./joinBrokenLines.js";
import { NON_FINAL_WORDS } from "./phrases.js";
import { countWords, tail, titleCaseRatio } from "./words.js";

/** Ends like a clause, not a headline: comma, semicolon, colon, full stop. */
const CLAUSE_END = /[.,;:…]["”’)\]]*$/u;
/** Headlines start with a capital, a digit or a quotation mark. */
const HEADLINE_START = /^["“'‘]?[\p{Lu}\p{N}]/u;
const LOWER_LAST_WORD = /(?:^|\s)(\p{Ll}+)$/u;
/** "…, maritime agency says", "…, officials say": the attribution that closes a news headline. */
const HEADLINE_ATTRIBUTION = /,\s+(?:[\p{L}'’.-]+\s+){1,4}(?:says|say)$/u;
const MAX_HEADLINE_WORDS = 20;
const MAX_HEADLINE_CHARS = 160;
/** Body paragraphs this long count as body even without a full stop. */
const LONG_PARAGRAPH_WORDS = 25;

/**
 * A short line without a full stop that starts with a capital: a title, a subheading, a related-story link or a
 * menu entry. Which one depends on the lines around it.
 *
 * @example isHeadlineLike("Gaza truce holds as aid trucks enter Rafah") // true
 * @example isHeadlineLike("The truce held overnight.") // false
 */
export function isHeadlineLike(text: string): boolean {
  if (text.length > MAX_HEADLINE_CHARS || CLAUSE_END.test(text) || !HEADLINE_START.test(text)) return false;
  // "…met in Amman on": a sentence cut by a line break, not a headline.
  const last = LOWER_LAST_WORD.exec(text)?.[1];
  if (last !== undefined && NON_FINAL_WORDS.has(last) && !HEADLINE_ATTRIBUTION.test(text)) return false;
  const words = countWords(text, MAX_HEADLINE_WORDS + 1);
  return words >= 1 && words <= MAX_HEADLINE_WORDS;
}

/**
 * A paragraph of running text: it ends a sentence, or is long, or introduces a list with a colon.
 *
 * @example isBodyText("He declined to comment.") // true
 */
export function isBodyText(text: string): boolean {
  const words = countWords(text, LONG_PARAGRAPH_WORDS);
  if (SENTENCE_END.test(tail(text))) return words >= 2 && !isQuestionHeadline(text, words);
  if (words >= LONG_PARAGRAPH_WORDS) return true;
  return text.endsWith(":") && words >= 3;
}

/** "Can The Truce Hold?" — a short title-case question or exclamation is a headline, not a sentence. */
function isQuestionHeadline(text: string, words: number): boolean {
  return /[?!]["”’)]*$/u.test(text) && words <= 12 && isHeadlineLike(text) && titleCaseRatio(text) >= 0.8;
}
