/**
 * The scrapinghub article-extraction-benchmark metric (its evaluate.py): texts are tokenised on `\w+`
 * (Unicode letters, digits, underscore; Python's `\w` leaves out combining marks, so do we), cut into
 * 4-token shingles (a text shorter than 4 tokens is one shingle), and shingle multisets compared.
 * Per page tp/fp/fn are normalised to sum to 1; precision is averaged over pages with tp+fp > 0, recall
 * over pages with tp+fn > 0, and F1 is the harmonic mean of the two averages. An empty prediction for a
 * page with text therefore counts as recall 0 and does not enter precision.
 */

const WORD_TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export type TpFpFn = readonly [tp: number, fp: number, fn: number];

export interface PrfScore {
  precision: number;
  recall: number;
  f1: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(WORD_TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + SHINGLE_SIZE);
    if (shingle.length === 0) continue;
    // U+0001 cannot occur inside a \w token, so the join is unambiguous.
    const key = shingle.join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised [tp, fp, fn] of one page, as evaluate.py's string_shingle_matching. */
export function shingleMatch(truth: string, predicted: string): TpFpFn {
  const want = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const t = want.get(key) ?? 0;
    const p = got.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

function precisionOf([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** Benchmark-level P/R/F1 from per-page counts (evaluate.py's metrics_from_tp_fp_fns). */
export function shingleScore(pages: readonly TpFpFn[]): PrfScore {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
