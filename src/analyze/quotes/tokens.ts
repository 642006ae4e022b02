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
const UPPER = /^\p{Lu}/u;
const WORD = /^[\p{L}\p{N}]/u;

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
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end: start + value.length,
      cap: UPPER.test(value),
      word: WORD.test(value),
    });
  }
  return tokens;
}
