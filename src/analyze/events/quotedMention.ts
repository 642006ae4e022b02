import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Opening quotation marks. */
const openQuotes = new Set(["“", "‘", '"']);
/** Closing quotation marks ("'" and '"' open and close). */
const closeQuotes = new Set(["”", "’", '"']);
/** Nouns of words that a quotation after them mentions: "the phrase “attacks in Benghazi”", "the word 'attack'". */
const mentionNouns = new Set([
  "phrase",
  "phrases",
  "word",
  "words",
  "term",
  "terms",
  "language",
  "label",
  "slogan",
  "headline",
  "line",
  "wording",
  "reference",
  "references",
  "references",
]);
/** Words that stand before a quoted name modifying a noun: "the “Defeat ISIS” coalition". */
const determiners = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "'s"]);
/** Words of a quotation read back from the verb to its opening mark. */
const maxQuotedWords = 12;
const lowerWord = /^[a-z][a-z-]*$/;

/**
 * Whether the verb stands inside a quotation that is mentioned, not said: the words after a noun of words ("CIA
 * officials decided to change the phrase "attacks in Benghazi … evolved into a direct assault" to
 * "demonstrations"") or a quoted name between a determiner and its noun ("Mattis praised the “Defeat ISIS”
 * coalition"). A quotation someone says ("“We will attack,” he said") is not read here.
 *
 * @example quotedMention(words("change the phrase “attacks in Benghazi”"), match at "attacks") // → true
 */
export function quotedMention(words: readonly Word[], match: PatternMatch): boolean {
  for (let k = match.head - 1; k >= 0 && match.head - k <= maxQuotedWords; k--) {
    const w = (words[k] as Word).norm;
    if (closeQuotes.has(w) && !openQuotes.has(w)) return false;
    if (!openQuotes.has(w)) continue;
    const before = words[k - 1]?.norm ?? "";
    if (mentionNouns.has(before)) return true;
    if (!determiners.has(before)) return false;
    // "the “Defeat ISIS” coalition": the quotation closes before a lower-case noun.
    for (let j = match.head + 1; j < words.length && j - k <= maxQuotedWords; j++) {
      const v = (words[j] as Word).norm;
      if (closeQuotes.has(v)) return lowerWord.test(words[j + 1]?.norm ?? "");
      if (openQuotes.has(v)) return false;
    }
    return false;
  }
  return false;
}
