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
/** The possessive ending, split off so "Qatar's" matches the registry's "Qatar". */
const possessivePattern = /['’]s$/;
const upperStartPattern = /^\p{Lu}/u;

/**
 * Splits text into tokens. Linear in the text; the possessive "'s" is a token of its own.
 *
 * @example tokenize("Qatar's emir") // Qatar | 's | emir
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const start = match.index;
    const word = match[0];
    if (word.length > 2 && possessivePattern.test(word)) {
      const cut = word.length - 2;
      tokens.push(makeToken(word.slice(0, cut), start));
      tokens.push(makeToken(word.slice(cut), start + cut));
    } else {
      tokens.push(makeToken(word, start));
    }
  }
  return tokens;
}

function makeToken(text: string, start: number): Token {
  return { text, start, end: start + text.length, cap: upperStartPattern.test(text) };
}
