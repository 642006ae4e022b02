import { STOPWORDS } from "./phrases.js";

/** A run of letters, digits and inner apostrophes, hyphens or dots ("al-Assad", "U.S.", "3.5", "don't"). */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const STARTS_UPPER = /^[\p{Lu}\p{N}]/u;

/** The words of a line, in order. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(code: number, char: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_WORD_CHAR.test(char);
}

/**
 * Number of words in a text (as `wordsOf` splits them), counting no further than `limit`. A scan without
 * allocation: this runs on every line several times.
 */
export function countWords(text: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code, text[i] ?? "")) {
      if (!inWord && ++n >= limit) return n;
      inWord = true;
    } else if (!(
      inWord &&
      INNER_JOINERS.has(code) &&
      i + 1 < text.length &&
      isWordChar(text.charCodeAt(i + 1), text[i + 1] ?? "")
    )) {
      inWord = false;
    }
  }
  return n;
}

/** ' ’ . - inside a word ("don't", "U.S", "al-Assad"). */
const INNER_JOINERS = new Set([39, 0x2019, 46, 45]);

/** The end of a long text, for patterns anchored at the end (`$`) that would otherwise scan it all. */
export function tail(text: string, chars = 120): string {
  return text.length > chars ? text.slice(-chars) : text;
}

/**
 * Share of the words that are not stopwords and start with a capital or a digit: 1 for "Gaza Truce Holds as Aid
 * Flows", low for sentence case. Lines with no such words score 0.
 */
export function titleCaseRatio(text: string): number {
  let counted = 0;
  let upper = 0;
  for (const word of wordsOf(text)) {
    if (STOPWORDS.has(word.toLowerCase())) continue;
    counted++;
    if (STARTS_UPPER.test(word)) upper++;
  }
  return counted === 0 ? 0 : upper / counted;
}

/** Lower-cased, punctuation-free form for comparing a headline with its repetition. */
export function normalizeForCompare(text: string): string {
  return wordsOf(text).join(" ").toLowerCase();
}

/** Topic words of a text: lower case, 4+ letters, not stopwords, cut to a 5-letter stem so "talks" meets "talk". */
export function topicStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of wordsOf(text)) {
    const lower = word.toLowerCase();
    if (lower.length < 4 || STOPWORDS.has(lower)) continue;
    out.add(lower.slice(0, 5));
  }
  return out;
}
