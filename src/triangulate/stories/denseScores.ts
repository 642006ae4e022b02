/**
 * Partial scores summed per integer id (a document slot or a story number) in typed arrays reused from one query to
 * the next, with the ids kept in first-touched order. A `Map` per query was a third of the time of an add: every
 * posting entry cost a hash lookup, and the maps were garbage after each add.
 *
 * Ids are taken modulo a power-of-two capacity, so ids that can be live at once must span fewer integers than the
 * capacity: `reset(span)` grows it to fit.
 */

/** Smallest capacity: small indexes (tests, evals of a few hundred documents) stay small. */
const MIN_CAPACITY = 1024;

export class DenseScores {
  private scores = new Float64Array(MIN_CAPACITY);
  /** `stamps[i] === epoch` marks slot i as touched by the current query (no clearing between queries). */
  private stamps = new Uint32Array(MIN_CAPACITY);
  private epoch = 1;
  private mask = MIN_CAPACITY - 1;
  private touched = new Int32Array(256);
  private count = 0;
  /** Scratch for selection. */
  private values = new Float64Array(256);

  /** Starts a new query over ids spanning at most `span` consecutive integers. */
  reset(span: number): void {
    if (span > this.mask + 1) {
      let capacity = this.mask + 1;
      while (capacity < span) capacity *= 2;
      this.scores = new Float64Array(capacity);
      this.stamps = new Uint32Array(capacity);
      this.mask = capacity - 1;
      this.epoch = 0;
    }
    this.epoch++;
    if (this.epoch === 0xffffffff) {
      this.stamps.fill(0);
      this.epoch = 1;
    }
    this.count = 0;
  }

  add(id: number, score: number): void {
    const i = id & this.mask;
    if (this.stamps[i] === this.epoch) {
      this.scores[i] = (this.scores[i] as number) + score;
      return;
    }
    this.stamps[i] = this.epoch;
    this.scores[i] = score;
    if (this.count === this.touched.length) {
      const grown = new Int32Array(this.count * 2);
      grown.set(this.touched);
      this.touched = grown;
    }
    this.touched[this.count++] = id;
  }

  get size(): number {
    return this.count;
  }

  /** The summed score of an id touched by the current query. */
  get(id: number): number {
    return this.scores[id & this.mask] as number;
  }

  /**
   * The ids scoring at or above the `k`-th highest score (at most `2k`, in first-touched order), without sorting
   * them all.
   */
  atLeastKth(k: number): number[] {
    const out: number[] = [];
    if (this.count <= k) {
      for (let n = 0; n < this.count; n++) out.push(this.touched[n] as number);
      return out;
    }
    const values = this.scratch();
    const cut = kthLargest(values, k);
    for (let n = 0; n < this.count && out.length < k * 2; n++) {
      const id = this.touched[n] as number;
      if (this.get(id) >= cut) out.push(id);
    }
    return out;
  }

  /**
   * The `k` best ids, best first; equal scores keep first-touched order (what a stable sort of every score and a
   * slice would give, at the cost of one pass).
   */
  best(k: number): number[] {
    const ids: number[] = [];
    const scores: number[] = [];
    for (let n = 0; n < this.count; n++) {
      const id = this.touched[n] as number;
      const score = this.get(id);
      if (ids.length === k && !(score > (scores[k - 1] as number))) continue;
      let at = ids.length;
      while (at > 0 && (scores[at - 1] as number) < score) at--;
      ids.splice(at, 0, id);
      scores.splice(at, 0, score);
      if (ids.length > k) {
        ids.pop();
        scores.pop();
      }
    }
    return ids;
  }

  /** The touched scores copied into the reused scratch array. */
  private scratch(): Float64Array {
    if (this.values.length < this.count) this.values = new Float64Array(this.touched.length);
    const values = this.values.subarray(0, this.count);
    for (let n = 0; n < this.count; n++) values[n] = this.get(this.touched[n] as number);
    return values;
  }
}

/** The k-th largest value of `values` (1-based), by quickselect; reorders `values`. */
export function kthLargest(values: Float64Array, k: number): number {
  const want = values.length - k;
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = t;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return values[want] as number;
}
