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

/**
 * A pronoun's contracted auxiliary written out, so "We're asking" and "We are asking", "he's determined" and "he is
 * determined" are the same words (outlets transcribe speech either way). "'s" is read as "is" only after a pronoun
 * ("Trump's plan" is a possessive) and "'d" (had or would) is left alone: a wrong reading only keeps two wordings apart.
 */
const contractedAuxiliary: readonly [RegExp, string][] = [
  [/\b(he|she|it|that|there|here|what|who|where)['’]s\b/giu, "$1 is"],
  [/\b(we|you|they|who|what)['’]re\b/giu, "$1 are"],
  [/\b(i)['’]m\b/giu, "$1 am"],
  [/\b(i|we|you|they|who)['’]ve\b/giu, "$1 have"],
  [/\b(i|we|you|he|she|it|they|that|there|who)['’]ll\b/giu, "$1 will"],
];

function spelledOut(sentence: string): string {
  return contractedAuxiliary.reduce((text, [pattern, full]) => text.replace(pattern, full), sentence);
}

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

/**
 * A sentence's words without its negations, and where each negation stood (the index of the word it precedes in the
 * stripped words). Positions, not a yes/no: "which is not only unfortunate" negated once more elsewhere ("what has not
 * happened … is not only") is still a different sentence.
 */
interface Read {
  words: string[];
  negations: Set<number>;
}

function withoutNegation(sentence: string): Read {
  const negations = new Set<number>();
  const out: string[] = [];
  for (const raw of words(spelledOut(sentence))) {
    const w = contractions[raw] ?? raw;
    if (negators.has(w)) {
      negations.add(out.length);
      continue;
    }
    // "won't" reads as "will not", "didn't" as "did not": the negation stands after the auxiliary.
    const contracted = w !== raw || w.endsWith("n't");
    out.push(w === raw && contracted ? w.slice(0, -3) : w);
    if (contracted) negations.add(out.length);
  }
  return { words: out, negations };
}

const sameSet = (a: ReadonlySet<number>, b: ReadonlySet<number>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));

/** Words around a negation that must recur, in order and unnegated, in the other wording (at least, at most). */
const minBefore = 2;
const minAfter = 3;
const maxSide = 4;

/**
 * Whether a negation of `a` stands in a run of words that `b` holds without it: "I was not stunned when Eric Cantor
 * lost" against "I was stunned when Eric Cantor lost his primary, and…" (the outlets cut the sentence differently).
 */
function negatedRun(a: Read, b: Read): boolean {
  for (const p of a.negations) {
    // The words after the negation run to four or the sentence's end: a run that goes on differently ("it is not
    // going to be easy" / "it is going to be a long night") is another sentence. The words before may be fewer (two
    // at least) when the other outlet worded the lead-in differently ("I think President Peña is not taking an
    // enormous…" / "I think the President Peña is taking an enormous…").
    const na = Math.min(maxSide, a.words.length - p);
    if (na < minAfter) continue;
    for (let nb = Math.min(maxSide, p); nb >= minBefore; nb -= 1) {
      const start = p - nb;
      const run = a.words.slice(start, p + na);
      const at = indexOfRun(b.words, run);
      if (at === -1) continue;
      // Other negations inside the run must stand in both wordings at the same places ("I can't imagine what this
      // place would [not] be"): else the reading is unclear ("not … not").
      const inside = (negations: ReadonlySet<number>, from: number): Set<number> =>
        new Set([...negations].filter((q) => q > from && q < from + run.length).map((q) => q - from));
      const ours = inside(a.negations, start);
      ours.delete(p - start);
      const theirs = inside(b.negations, at);
      if (theirs.has(p - start) || !sameSet(ours, theirs)) continue;
      return true;
    }
  }
  return false;
}

/**
 * A sentence both wordings share except for a negation: "We will not sign a deal…" vs "We will sign a deal…", or a
 * sentence holding another negation too ("what has not happened … is not only" vs "what has happened … is not only"),
 * or a negation whose surrounding words (two to four before it, four or to the sentence's end after it, three at
 * least) the other wording holds unnegated, however each outlet cut the sentence; other negations inside those words
 * must stand in both. Returns the sentence with the added negation, or null.
 */
export function negationFlip(a: string, b: string): string | null {
  const sentencesA = quoteSentences(a).map((s) => ({ text: s, read: withoutNegation(s) }));
  const sentencesB = quoteSentences(b).map((s) => ({ text: s, read: withoutNegation(s) }));
  // A wording that itself holds the negated sentence and one that reads as its unnegated form ("I'm not going to say
  // that I'm not going to finish it. I'm not saying that I am going to finish it.") says both: no flip against it.
  const saysBoth = (own: typeof sentencesA, negated: Read): boolean =>
    own.some((x) => x.read !== negated && x.read.words.length >= minCutWords && negatedRun(negated, x.read));
  for (const { text: sa, read: na } of sentencesA) {
    if (na.words.length < minCutWords) continue;
    for (const { text: sb, read: nb } of sentencesB) {
      if (sameSet(na.negations, nb.negations)) continue;
      if (na.words.length === nb.words.length && na.words.every((w, i) => nb.words[i] === w)) {
        return na.negations.size >= nb.negations.size ? sa : sb;
      }
      if (nb.words.length < minCutWords) continue;
      if (negatedRun(na, nb) && !saysBoth(sentencesA, na)) return sa;
      if (negatedRun(nb, na) && !saysBoth(sentencesB, nb)) return sb;
    }
  }
  return null;
}
