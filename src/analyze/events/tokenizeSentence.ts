/** A word or punctuation mark of a sentence, lower-cased, with offsets into the article text. */
export interface Word {
  /** Lower case, curly apostrophes made straight. */
  norm: string;
  start: number;
  end: number;
}

/**
 * Words (with inner hyphens and the dots of abbreviations), "didn't" (split below), the clitic "'s", numbers,
 * punctuation. The definition of a word: `tokenizeSentence` scans by character code and gives the same matches
 * (tested in tokenizeSentence.test.ts).
 */
export const wordPattern = /[A-Za-z]+n['’]t\b|['’]s\b|[A-Za-z]+(?:[-.][A-Za-z]+)*\.?|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]/g;

const abbreviationDotsPattern = /\.[A-Za-z]+\.$/;
const shortTitlePattern = /^[A-Z][a-z]{0,3}\.$/;

/**
 * Splits one sentence of `text` (from `start` to `end`) into words with offsets.
 *
 * This runs over every sentence of every article, so it walks character codes instead of running `wordPattern`:
 * same matches, without a match object, a regex test and a lower-casing per word.
 *
 * @example tokenizeSentence("Iran didn't strike.", 0, 19).map((w) => w.norm) // → ["iran", "did", "n't", "strike", "."]
 */
export function tokenizeSentence(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isLetter(c)) {
      i = letterWord(text, i, end, words);
      continue;
    }
    if (isDigit(c)) {
      let k = digitsEnd(text, i + 1, end);
      // Numbers go on across . and , when a digit follows.
      while (k + 1 < end && (text.charCodeAt(k) === 46 || text.charCodeAt(k) === 44) && isDigit(text.charCodeAt(k + 1)))
        k = digitsEnd(text, k + 2, end);
      words.push({ norm: text.slice(i, k), start: i, end: k });
      i = k;
      continue;
    }
    // "'s" as a clitic, when the word ends there.
    if ((c === 39 || c === 8217) && i + 1 < end && text.charCodeAt(i + 1) === 115 && !isWordChar(text, i + 2, end)) {
      words.push({ norm: "'s", start: i, end: i + 2 });
      i += 2;
      continue;
    }
    const char = text.charAt(i);
    words.push({ norm: c < 128 ? char : normalize(char), start: i, end: i + 1 });
    i++;
  }
  return words;
}

/** Pushes the word starting with the letter at `i` (one or two words) and returns where it ends. */
function letterWord(text: string, i: number, end: number, words: Word[]): number {
  const run = lettersEnd(text, i + 1, end);
  // "didn't" → "did" + "n't", "won't" → "wo" + "n't" (Penn Treebank convention).
  if (
    run - i >= 2 &&
    text.charCodeAt(run - 1) === 110 &&
    run + 1 < end &&
    (text.charCodeAt(run) === 39 || text.charCodeAt(run) === 8217) &&
    text.charCodeAt(run + 1) === 116 &&
    !isWordChar(text, run + 2, end)
  ) {
    words.push({ norm: lowerSlice(text, i, run - 1), start: i, end: run - 1 });
    words.push({ norm: "n't", start: run - 1, end: run + 2 });
    return run + 2;
  }
  // Words go on across - and . when a letter follows; a final dot is taken too.
  let k = run;
  while (k + 1 < end && (text.charCodeAt(k) === 45 || text.charCodeAt(k) === 46) && isLetter(text.charCodeAt(k + 1)))
    k = lettersEnd(text, k + 2, end);
  if (k < end && text.charCodeAt(k) === 46) {
    const raw = text.slice(i, k + 1);
    // A final dot belongs to the word only for abbreviations ("U.S.", "Gen."); else it is the full stop.
    if (!abbreviationDotsPattern.test(raw) && !shortTitlePattern.test(raw)) {
      words.push({ norm: lowerSlice(text, i, k), start: i, end: k });
      words.push({ norm: ".", start: k, end: k + 1 });
      return k + 1;
    }
    words.push({ norm: lowerSlice(text, i, k + 1), start: i, end: k + 1 });
    return k + 1;
  }
  words.push({ norm: lowerSlice(text, i, k), start: i, end: k });
  return k;
}

/**
 * `text.slice(from, to).toLowerCase()` for a word of ASCII letters, hyphens and dots: most words have no capital,
 * and a scan for one costs less than lower-casing.
 */
function lowerSlice(text: string, from: number, to: number): string {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return text.slice(from, to).toLowerCase();
  }
  return text.slice(from, to);
}

function normalize(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function lettersEnd(text: string, k: number, end: number): number {
  while (k < end && isLetter(text.charCodeAt(k))) k++;
  return k;
}

function digitsEnd(text: string, k: number, end: number): number {
  while (k < end && isDigit(text.charCodeAt(k))) k++;
  return k;
}

/** Whether a regex word character (`\w`: ASCII letter, digit or underscore) stands at `k` before `end`. */
function isWordChar(text: string, k: number, end: number): boolean {
  if (k >= end) return false;
  const c = text.charCodeAt(k);
  return isLetter(c) || isDigit(c) || c === 95;
}

/** `\s` of a regex: ASCII and Unicode white space, the byte-order mark. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
