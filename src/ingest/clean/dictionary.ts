import { readFileSync } from "node:fs";
import wordListPath from "word-list";

let words: ReadonlySet<string> | null = null;

/** The English word list (the `word-list` package, ~274k lower-case words), read once on first use. */
export function englishWords(): ReadonlySet<string> {
  if (words === null) {
    try {
      words = new Set(readFileSync(wordListPath, "utf8").split("\n"));
    } catch {
      // Without the list every fragment counts as "not a word", so only document evidence joins split words.
      words = new Set();
    }
  }
  return words;
}

/** Single letters are words too ("a", "I"); the list leaves them out. */
const SINGLE_LETTER_WORDS = new Set(["a", "i"]);

/**
 * Whether `word` (any case) is an English word, or an inflection of one: plural -s/-es, -ed, -ing, possessive.
 *
 * @example isEnglishWord("negotiations") // true
 * @example isEnglishWord("tinians") // false
 */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/u, "");
  if (lower === "") return false;
  if (SINGLE_LETTER_WORDS.has(lower)) return true;
  const list = englishWords();
  if (list.has(lower)) return true;
  for (const stem of stemsOf(lower)) if (list.has(stem)) return true;
  return false;
}

/** Candidate stems: "talks" → "talk", "taxes" → "tax", "jailed" → "jail"/"jaile", "voting" → "vot"/"vote". */
function stemsOf(lower: string): string[] {
  const out: string[] = [];
  if (lower.endsWith("es")) out.push(lower.slice(0, -2));
  if (lower.endsWith("s")) out.push(lower.slice(0, -1));
  if (lower.endsWith("ed")) out.push(lower.slice(0, -2), lower.slice(0, -1));
  if (lower.endsWith("ing")) out.push(lower.slice(0, -3), lower.slice(0, -3) + "e");
  return out.filter((stem) => stem.length >= 2);
}
