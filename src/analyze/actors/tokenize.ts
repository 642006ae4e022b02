/** A word, number or punctuation mark of the clean text, with UTF-16 offsets (end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

/**
 * Abbreviations written with dots ("U.S.", "D.C.") stay one token; a word keeps its inner apostrophes and hyphens
 * ("O'Brien", "al-Ansari", "Hamas-run"); any other non-space character is a token of its own.
 */
const tokenPattern =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
const upperStartPattern = /^\p{Lu}/u;

/**
 * Splits text into tokens. Linear in the text; the possessive "'s" is a token of its own.
 *
 * @example tokenize("Qatar's emir") // Qatar | 's | emir
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // exec in a loop rather than matchAll: no iterator and no copy of the pattern per call.
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const start = match.index;
    const word = match[0];
    if (word.length > 2 && possessiveEnding(word)) {
      const cut = word.length - 2;
      tokens.push(makeToken(word.slice(0, cut), start));
      tokens.push(makeToken(word.slice(cut), start + cut));
    } else {
      tokens.push(makeToken(word, start));
    }
  }
  tokenPattern.lastIndex = 0;
  return tokens;
}

/** The possessive ending ('s, ’s), split off so "Qatar's" matches the registry's "Qatar". */
function possessiveEnding(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  const quote = word.charCodeAt(word.length - 2);
  return last === 0x73 && (quote === 0x27 || quote === 0x2019);
}

function makeToken(text: string, start: number): Token {
  return { text, start, end: start + text.length, cap: startsUpper(text) };
}

/** Whether the text starts with an upper-case letter (`upperStartPattern`, ASCII read from the character code). */
export function startsUpper(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 0x80) return first >= 0x41 && first <= 0x5a;
  return upperStartPattern.test(text);
}
