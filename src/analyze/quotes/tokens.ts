/** A word or punctuation mark of the text, with UTF-16 offsets into it (end exclusive). */
export interface Token {
  text: string;
  /** Lower-case text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
}

/**
 * Dotted abbreviations ("U.S.", "Sen.", "R-Fla.") keep their dot; words keep inner apostrophes and hyphens
 * ("O'Brien", "al-Ansari"); every other non-space character is a token of its own.
 */
const TOKEN =
  /(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Jr|Sr)\.|\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-‐.][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
const DIGIT = /\p{N}/u;

/**
 * Tokens of `text` between `from` and `to`, offsets into the whole text.
 *
 * Most of a news text is ASCII words, spaces and punctuation: those are scanned by character code, which gives the
 * same tokens as `TOKEN` (tested in tokens.test.ts) at a fraction of the cost; anything else (non-ASCII, dots that
 * may make an abbreviation) is left to the regex at that position.
 *
 * @example tokenize("Rubio said.") // Rubio | said | .
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const n = slice.length;
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  let i = 0;
  while (i < n) {
    const c = slice.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    let end = c < 128 ? asciiToken(slice, i, c) : -1;
    let start = i;
    if (end === -1) {
      re.lastIndex = i;
      const match = re.exec(slice);
      if (match === null) break;
      start = match.index;
      end = start + match[0].length;
    }
    push(tokens, slice.slice(start, end), from + start);
    i = end;
  }
  return tokens;
}

function push(tokens: Token[], value: string, start: number): void {
  // Character-case checks instead of two more regexes per token: this runs over every word of every article.
  const code = value.charCodeAt(0);
  let cap: boolean;
  let word: boolean;
  if (code < 128) {
    cap = code >= 65 && code <= 90;
    word = cap || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  } else {
    const c = value[0] ?? "";
    const upper = c.toUpperCase();
    const lower = c.toLowerCase();
    cap = c === upper && c !== lower;
    word = upper !== lower || DIGIT.test(c);
  }
  tokens.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, cap, word });
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isAsciiDigit(c);
}

/**
 * The end of the token at `i` when it is plainly ASCII (a word, a number or a punctuation mark), or -1 to leave it
 * to the regex: a non-ASCII character in or right after it, or a dot after a capitalised word (an abbreviation?).
 */
function asciiToken(s: string, i: number, c: number): number {
  const upper = c >= 65 && c <= 90;
  const letter = upper || (c >= 97 && c <= 122);
  if (!letter && !isAsciiDigit(c)) return i + 1;
  // Words run over letters and digits; numbers over digits only.
  const inside = letter ? isAsciiAlnum : isAsciiDigit;
  let k = i + 1;
  for (;;) {
    while (k < s.length && inside(s.charCodeAt(k))) k++;
    if (k >= s.length) return k;
    const next = s.charCodeAt(k);
    if (next >= 128) return -1;
    if (next === 46 && upper) return -1;
    // Words go on across ' - . and numbers across . , : when a letter or digit (a digit for numbers) follows.
    const joins = letter ? next === 39 || next === 45 || next === 46 : next === 44 || next === 58 || next === 46;
    if (!joins || k + 1 >= s.length) return k;
    const after = s.charCodeAt(k + 1);
    if (after >= 128) return -1;
    if (!inside(after)) return k;
    k += 2;
  }
}
