/**
 * Whether two wordings of one quote differ in meaning, sentence by sentence: a condition clause cut off right after
 * the words both share ("ready to release … in a single exchange [if the occupation commits …]"), or the same
 * sentence with and without a negation. Pieces of a longer statement quoted apart are not changes of meaning.
 */

import { words } from "./words.js";

const conditionPhrase = /^(?:if|unless|provided that|providing that|as long as|only if|only when|on condition that)\b/;
/** Negation words, and the auxiliaries a negation brings ("did not go" ~ "went" is not caught, "will not" ~ "will" is). */
const negators = new Set(["not", "no", "never", "n't"]);
const contractions: Record<string, string> = {
  "won't": "will",
  "can't": "can",
  cannot: "can",
  "shan't": "shall",
};

/** Sentences of a quote (split after ., ! or ? before a space). */
export function quoteSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function indexOfRun(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0) return -1;
  for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    if (needle.every((w, j) => haystack[i + j] === w)) return i;
  }
  return -1;
}

/** Fewest words a cut quote must have for its cut to mean something (not "Yes."). */
const minCutWords = 5;

/**
 * The condition clause `full` has and `cut` lacks, when `cut` is a sentence of `full` stopped just before it
 * ("X if Y" cut to "X"), or a main clause quoted without the "If Y," that opens its sentence. Else null.
 *
 * @example droppedCondition("ready to release them if they commit.", "ready to release them.") // "if they commit"
 */
export function droppedCondition(full: string, cut: string): string | null {
  const allCutWords = words(cut);
  // The condition is still in the cut wording, only punctuated as its own sentence ("If we do not act, we lose.
  // Because…" against "If we do not act, we lose, Because…"): nothing was dropped.
  const keptElsewhere = (condition: string): boolean => indexOfRun(allCutWords, condition.split(" ")) !== -1;
  for (const cutSentence of quoteSentences(cut)) {
    const cutWords = words(cutSentence);
    if (cutWords.length < minCutWords || cutWords.includes("if")) continue;
    for (const sentence of quoteSentences(full)) {
      const fullWords = words(sentence);
      const at = indexOfRun(fullWords, cutWords);
      if (at === -1) continue;
      const rest = fullWords.slice(at + cutWords.length).join(" ");
      if (conditionPhrase.test(rest) && !keptElsewhere(rest)) return rest;
      const before = fullWords.slice(0, at).join(" ");
      if (at > 0 && conditionPhrase.test(before) && !keptElsewhere(before)) return before;
    }
  }
  return null;
}

function withoutNegation(sentence: string): { words: string[]; negated: boolean } {
  let negated = false;
  const out: string[] = [];
  for (const raw of words(sentence)) {
    const w = contractions[raw] ?? raw;
    if (w !== raw) negated = true;
    if (negators.has(w)) {
      negated = true;
      continue;
    }
    if (w.endsWith("n't")) {
      negated = true;
      out.push(w.slice(0, -3));
      continue;
    }
    out.push(w);
  }
  return { words: out, negated };
}

/**
 * A sentence both wordings share except for a negation: "We will not sign a deal…" vs "We will sign a deal…".
 * Returns the negated sentence, or null.
 */
export function negationFlip(a: string, b: string): string | null {
  for (const sa of quoteSentences(a)) {
    const na = withoutNegation(sa);
    if (na.words.length < minCutWords) continue;
    for (const sb of quoteSentences(b)) {
      const nb = withoutNegation(sb);
      if (na.negated === nb.negated) continue;
      if (na.words.length === nb.words.length && na.words.every((w, i) => nb.words[i] === w)) {
        return na.negated ? sa : sb;
      }
    }
  }
  return null;
}
