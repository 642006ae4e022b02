import type { Span } from "../../article.js";

/**
 * Spans sorted by start, for the questions findClaims asks once per figure ("does a time expression cover this
 * number?", "which mentions lie in this sentence?") in logarithmic time: asked of every span in turn, a text of many
 * figures would cost figures × spans.
 *
 * @example new SpanIndex([{ start: 4, end: 8 }]).overlapsAny({ start: 6, end: 7 }) // true
 */
export class SpanIndex<T extends Span> {
  private readonly sorted: readonly T[];
  /** `maxEnd[i]`: the largest end among `sorted[0..i]`. */
  private readonly maxEnd: readonly number[];

  constructor(spans: readonly T[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
    let max = -Infinity;
    this.maxEnd = this.sorted.map((s) => (max = Math.max(max, s.end)));
  }

  /** How many spans start before `offset`. */
  private startsBefore(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] as T).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether any span shares a character with `span`. */
  overlapsAny(span: Span): boolean {
    const n = this.startsBefore(span.end);
    return n > 0 && (this.maxEnd[n - 1] as number) > span.start;
  }

  /** The spans that start inside `span`, in order of start. */
  startingIn(span: Span): T[] {
    return this.sorted.slice(this.startsBefore(span.start), this.startsBefore(span.end));
  }
}
