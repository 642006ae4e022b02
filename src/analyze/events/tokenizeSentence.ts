/** A word or punctuation mark of a sentence, lower-cased, with offsets into the article text. */
export interface Word {
  /** Lower case, curly apostrophes made straight. */
  norm: string;
  start: number;
  end: number;
}

/** Words (with inner hyphens and the dots of abbreviations), "didn't" (split below), the clitic "'s", numbers, punctuation. */
const wordPattern = /[A-Za-z]+n['’]t\b|['’]s\b|[A-Za-z]+(?:[-.][A-Za-z]+)*\.?|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]/g;

/**
 * Splits one sentence of `text` (from `start` to `end`) into words with offsets.
 *
 * @example tokenizeSentence("Iran didn't strike.", 0, 19).map((w) => w.norm) // → ["iran", "did", "n't", "strike", "."]
 */
export function tokenizeSentence(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(wordPattern)) {
    let raw = match[0];
    const at = start + match.index;
    // "didn't" → "did" + "n't", "won't" → "wo" + "n't" (Penn Treebank convention).
    const clitic = /^([A-Za-z]+)n['’]t$/.exec(raw);
    if (clitic?.[1]) {
      words.push({ norm: clitic[1].toLowerCase(), start: at, end: at + clitic[1].length });
      words.push({ norm: "n't", start: at + clitic[1].length, end: at + raw.length });
      continue;
    }
    // A final dot belongs to the word only for abbreviations ("U.S.", "Gen."); else it is the full stop.
    if (raw.length > 1 && raw.endsWith(".") && !/\.[A-Za-z]+\.$/.test(raw) && !/^[A-Z][a-z]{0,3}\.$/.test(raw)) {
      raw = raw.slice(0, -1);
      words.push({ norm: normalize(raw), start: at, end: at + raw.length });
      words.push({ norm: ".", start: at + raw.length, end: at + raw.length + 1 });
      continue;
    }
    words.push({ norm: normalize(raw), start: at, end: at + raw.length });
  }
  return words;
}

function normalize(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}
