/** A word or punctuation mark with its offsets in the article text. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
}

/** A word ("U.S.", "Gaza's", "Hamas-run", "64,000", "News/Wall") or one punctuation mark, after optional spaces. */
const wordPattern = /\s*(?:([\p{L}\p{N}](?:[\p{L}\p{N}'’]|[-.,/](?=[\p{L}\p{N}]))*\.?)|([^\s\p{L}\p{N}]))/uy;

/**
 * Up to `max` words after `from`, stopping at `limit`. A final full stop stays on abbreviations ("U.S.") and
 * becomes its own mark elsewhere ("Gaza.").
 *
 * @example wordsAfter("64,000 Palestinians killed.", 7, 30, 5).map((w) => w.text) // ["Palestinians", "killed", "."]
 */
export function wordsAfter(text: string, from: number, limit: number, max: number): Word[] {
  const words: Word[] = [];
  wordPattern.lastIndex = from;
  while (words.length < max && wordPattern.lastIndex < limit) {
    const m = wordPattern.exec(text);
    if (m === null) break;
    const raw = m[1] ?? m[2] ?? "";
    const end = m.index + m[0].length;
    if (end > limit) break;
    const start = end - raw.length;
    if (m[1] !== undefined && raw.endsWith(".") && raw.indexOf(".") === raw.length - 1) {
      words.push(word(raw.slice(0, -1), start, true));
      if (words.length < max) words.push(word(".", end - 1, false));
      continue;
    }
    words.push(word(raw, start, m[1] !== undefined));
  }
  return words;
}

function word(text: string, start: number, isWord: boolean): Word {
  return { text, lower: text.toLowerCase(), start, end: start + text.length, isWord };
}

/** The last word before `to`, no further back than `limit` (punctuation counts as a word). */
export function wordBefore(text: string, to: number, limit: number): Word | null {
  let end = to;
  while (end > limit && /\s/u.test(text[end - 1] ?? "")) end--;
  if (end <= limit) return null;
  let start = end;
  while (start > limit && /[\p{L}\p{N}'’.-]/u.test(text[start - 1] ?? "")) start--;
  if (start === end) return word(text[end - 1] ?? "", end - 1, false);
  return word(text.slice(start, end), start, true);
}
