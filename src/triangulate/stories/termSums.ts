import { topVectorOf, type SparseVector } from "./sparseVector.js";

/**
 * A story centroid: running sums per feature hash, in insertion order, held in typed arrays. It behaves as the
 * `Map<number, number>` it replaces (same iteration order, same sums, so the same unit vectors), without the Map's
 * boxing: a hash above the small-integer range and every updated sum was a heap number, about fifty per add, that
 * lived as long as the story went without a new member and died in V8's old space, whose committed size grew to
 * three times the live heap (docs/BENCHMARKS.md, session 4).
 */

/** Entries a new centroid has room for (a one-report story: one 48-entry document vector). */
const INITIAL_CAPACITY = 64;
const NO_ARRAY = new Uint32Array(0);

export class TermSums {
  private terms: Uint32Array = NO_ARRAY;
  private sums = new Float64Array(0);
  /** Open addressing over the hash bits: entry index + 1, 0 for an empty slot. */
  private slots: Int32Array = new Int32Array(0);
  private mask = -1;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The sum of a term, undefined when it has none. */
  get(term: number): number | undefined {
    const at = this.indexOf(term);
    return at < 0 ? undefined : this.sums[at];
  }

  /** Adds `weight` to the term's sum, appending the term when new. */
  add(term: number, weight: number): void {
    const t = term >>> 0;
    if (this.mask >= 0) {
      for (let s = t & this.mask; ; s = (s + 1) & this.mask) {
        const entry = this.slots[s] as number;
        if (entry === 0) break;
        if (this.terms[entry - 1] === t) {
          this.sums[entry - 1] = (this.sums[entry - 1] as number) + weight;
          return;
        }
      }
    }
    this.append(t, weight);
  }

  /** Adds a document vector, then keeps the `size` heaviest entries once more than twice that are held. */
  addVector(v: SparseVector, size: number): void {
    for (let i = 0; i < v.terms.length; i++) this.add(v.terms[i] as number, v.weights[i] as number);
    if (this.count > size * 2) this.keepHeaviest(size);
  }

  /** Empties the sums and gives back their memory (a retired story keeps only its unit vector). */
  clear(): void {
    this.terms = NO_ARRAY;
    this.sums = new Float64Array(0);
    this.slots = new Int32Array(0);
    this.mask = -1;
    this.count = 0;
  }

  /** The `size` heaviest positive entries as a unit vector (`topVector` of the equivalent Map). */
  top(size: number): SparseVector {
    return topVectorOf(this.terms, this.sums, this.count, size);
  }

  /** Calls `f` on every entry in insertion order. */
  forEach(f: (term: number, sum: number) => void): void {
    for (let i = 0; i < this.count; i++) f(this.terms[i] as number, this.sums[i] as number);
  }

  /** Flat [term, sum, term, sum, …] in insertion order, for persistence. */
  toPairs(): number[] {
    const flat: number[] = [];
    this.forEach((t, w) => flat.push(t, w));
    return flat;
  }

  private indexOf(term: number): number {
    if (this.mask < 0) return -1;
    const t = term >>> 0;
    for (let s = t & this.mask; ; s = (s + 1) & this.mask) {
      const entry = this.slots[s] as number;
      if (entry === 0) return -1;
      if (this.terms[entry - 1] === t) return entry - 1;
    }
  }

  private append(term: number, weight: number): void {
    if (this.count === this.terms.length) this.grow(Math.max(INITIAL_CAPACITY, this.terms.length * 2));
    this.terms[this.count] = term;
    this.sums[this.count] = weight;
    this.count++;
    this.place(term, this.count);
  }

  private place(term: number, entry: number): void {
    let s = term & this.mask;
    while (this.slots[s] !== 0) s = (s + 1) & this.mask;
    this.slots[s] = entry;
  }

  private grow(capacity: number): void {
    const terms = new Uint32Array(capacity);
    const sums = new Float64Array(capacity);
    terms.set(this.terms.subarray(0, this.count));
    sums.set(this.sums.subarray(0, this.count));
    this.terms = terms;
    this.sums = sums;
    this.reindex(capacity);
  }

  /** Slots for `capacity` entries at most half full. */
  private reindex(capacity: number): void {
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity * 2 - 1;
    for (let i = 0; i < this.count; i++) this.place(this.terms[i] as number, i + 1);
  }

  /** Keeps the `size` heaviest entries, heaviest first, ties in insertion order (a stable sort by weight). */
  private keepHeaviest(size: number): void {
    const order = Array.from({ length: this.count }, (_, i) => i);
    order.sort((a, b) => (this.sums[b] as number) - (this.sums[a] as number) || a - b);
    const kept = order.slice(0, size);
    // Plain arrays for the copy: short-lived typed arrays would each be a malloc outside the heap.
    const terms = kept.map((i) => this.terms[i] as number);
    const sums = kept.map((i) => this.sums[i] as number);
    this.terms.set(terms);
    this.sums.set(sums);
    this.count = kept.length;
    this.slots.fill(0);
    for (let i = 0; i < this.count; i++) this.place(this.terms[i] as number, i + 1);
  }
}
