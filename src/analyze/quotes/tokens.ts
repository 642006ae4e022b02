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
 * @example tokenize("Rubio said.") // Rubio | said | .
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(TOKEN)) {
    const value = match[0];
    const start = from + match.index;
    // Character-case checks instead of two more regexes per token: this runs over every word of every article.
    const c = value[0] ?? "";
    const upper = c.toUpperCase();
    const lower = c.toLowerCase();
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end: start + value.length,
      cap: c === upper && c !== lower,
      word: upper !== lower || (c >= "0" && c <= "9") || DIGIT.test(c),
    });
  }
  return tokens;
}
