/** Word-level helpers for comparing wordings across articles: content words, a light stem, overlap measures. */

/** A word: letters, digits, inner apostrophes or hyphens ("don't", "Al-Sulaiti", "48,500"). */
const wordPattern = /[\p{L}\p{N}]+(?:['’\-,.][\p{L}\p{N}]+)*/gu;

/** Function words that carry no content when comparing two wordings of one statement. */
const stopWords = new Set(
  (
    "a an the and or but if of in on at to for from by with about as into than then that this these those there here " +
    "it its it's is are was were be been being am do does did done have has had will would shall should can could may " +
    "might must i we you he she they them us our your his her their my me him who whom whose which what when where " +
    "why how all any some one no not nor so such only very just also too more most other both each few own same again " +
    "further once up down out over under until while during before after above below between through yet still s"
  ).split(" "),
);

/** Lower-cased words of a text, apostrophes normalised. */
export function words(text: string): string[] {
  return (text.normalize("NFC").replace(/’/g, "'").toLowerCase().match(wordPattern) ?? []).map((w) =>
    w.replace(/'s$/, ""),
  );
}

/** A light suffix-stripping stem, enough to meet "commits"/"committed", "ending"/"end", "keeping"/"keep". */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  const stripped = word
    .replace(/ies$/, "y")
    .replace(/(?:ing|ed)$/, "")
    .replace(/(?<!s)s$/, "");
  // "committed" → "committ" → "commit": undo a doubled final consonant left by the suffix.
  return stripped.length >= 3 ? stripped.replace(/([bdgklmnprt])\1$/, "$1") : word;
}

/** The stems of the content words of a text, in order, stop words dropped. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !stopWords.has(w))
    .map(stem);
}

/** How much two wordings share: the shared content stems, and that count over the smaller and the larger set. */
export interface Overlap {
  shared: number;
  /** shared / size of the smaller set: 1 when one wording's content is inside the other's. */
  containment: number;
  /** shared / size of the union. */
  jaccard: number;
}

/** @example overlap("If anyone can keep them at the table", "keeping both sides at this table").shared // 2 */
export function overlap(a: readonly string[], b: readonly string[]): Overlap {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const w of setA) if (setB.has(w)) shared += 1;
  const smaller = Math.min(setA.size, setB.size);
  const union = setA.size + setB.size - shared;
  return {
    shared,
    containment: smaller === 0 ? 0 : shared / smaller,
    jaccard: union === 0 ? 0 : shared / union,
  };
}
