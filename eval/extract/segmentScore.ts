/**
 * The trafilatura evaluation metric (tests/comparison_small.py, evaluate_result + calculate_scores): for
 * each page every `with` segment found in the output is a true positive, else a false negative; every
 * `without` segment found is a false positive, else a true negative. Counts are pooled over pages and
 * F1 = 2tp / (2tp + fp + fn). A missing output (null) counts all `with` as fn and all `without` as tn.
 *
 * One difference, stated: trafilatura's own output has whitespace collapsed, ours keeps blank lines
 * between paragraphs, so output and segments are both whitespace-normalised before the substring test.
 */

export interface SegmentCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SegmentScore extends SegmentCounts {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

export interface SegmentItem {
  with: readonly string[];
  without: readonly string[];
}

const WHITESPACE_RUN = /\s+/gu;
const normalise = (text: string): string => text.replace(WHITESPACE_RUN, " ").trim();

/** Counts of one page. */
export function segmentMatch(output: string | null, item: SegmentItem): SegmentCounts {
  if (output === null) return { tp: 0, fp: 0, fn: item.with.length, tn: item.without.length };
  const text = normalise(output);
  const found = (segment: string): boolean => text.includes(normalise(segment));
  const tp = item.with.filter(found).length;
  const fp = item.without.filter(found).length;
  return { tp, fp, fn: item.with.length - tp, tn: item.without.length - fp };
}

/** Pooled scores over pages. */
export function segmentScore(pages: readonly SegmentCounts[]): SegmentScore {
  const sum = (key: keyof SegmentCounts): number => pages.reduce((a, p) => a + p[key], 0);
  const tp = sum("tp");
  const fp = sum("fp");
  const fn = sum("fn");
  const tn = sum("tn");
  const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
  return {
    tp,
    fp,
    fn,
    tn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    accuracy: ratio(tp + tn, tp + tn + fp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}
