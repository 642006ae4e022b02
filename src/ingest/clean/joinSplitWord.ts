import { isEnglishWord } from "./dictionary.js";

const LETTERS = /^\p{L}+$/u;
const CAPITALIZED = /^\p{Lu}/u;

/**
 * Whether two fragments on either side of a line break are one word cut in two ("Pales" + "tinians").
 * Joins when the joined form is a word (in the English word list, or elsewhere in the same document) and at least
 * one half is not a word on its own; when neither half is a word; or when a capitalised name is followed by a
 * lower-case non-word. Two real words ("not" + "able") stay apart even if they form a word.
 *
 * @example joinSplitWord("negoti", "ations") // true
 * @example joinSplitWord("not", "able") // false
 */
export function joinSplitWord(left: string, right: string, documentWords?: ReadonlySet<string>): boolean {
  if (!LETTERS.test(left) || !LETTERS.test(right)) return false;
  const leftIsWord = isEnglishWord(left);
  const rightIsWord = isEnglishWord(right);
  if (leftIsWord && rightIsWord) return false;
  const joined = left + right;
  if (isEnglishWord(joined) || documentWords?.has(joined.toLowerCase()) === true) return true;
  if (rightIsWord || right.length < 2) return false;
  return !leftIsWord || CAPITALIZED.test(left);
}

/**
 * How to close a break after a hyphen ("negoti-" + "ations", "Gaza-" + "based"): drop the hyphen when the joined
 * form is a word and the halves are not both words, else keep it.
 *
 * @example joinHyphenated("negoti", "ations") // "negotiations"
 * @example joinHyphenated("Gaza", "based") // "Gaza-based"
 */
export function joinHyphenated(left: string, right: string, documentWords?: ReadonlySet<string>): string {
  const joined = left + right;
  const bothWords = isEnglishWord(left) && isEnglishWord(right);
  const isWord = isEnglishWord(joined) || documentWords?.has(joined.toLowerCase()) === true;
  return isWord && !bothWords ? joined : `${left}-${right}`;
}
