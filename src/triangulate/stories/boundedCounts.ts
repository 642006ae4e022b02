/**
 * Counts per hashed key with bounded memory (lossy counting): when more than `limit` keys are held, the rarest are
 * dropped, raising the floor until a quarter of the room is free. A dropped key counts as unseen again, which for
 * document frequencies means "rare", the truth for a key that was pruned.
 *
 * Keys are 32-bit hashes held in an open-addressing table of typed arrays: a `Map` boxed three keys in four (above
 * the small-integer range), and the lookups and their garbage were a tenth of the time of an add.
 */

/** Slots start at this many and double while more than half are used. */
const INITIAL_SLOTS = 1024;

export class BoundedCounts {
  private keys = new Uint32Array(INITIAL_SLOTS);
  /** 0 marks an empty slot: a held key always counts at least 1. */
  private counts = new Uint32Array(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  private held = 0;

  constructor(private readonly limit: number) {}

  get(key: number): number {
    const keys = this.keys;
    const counts = this.counts;
    for (let i = key & this.mask; ; i = (i + 1) & this.mask) {
      const count = counts[i] as number;
      if (count === 0) return 0;
      if (keys[i] === key) return count;
    }
  }

  increment(key: number): void {
    this.add(key >>> 0, 1);
    if (this.held > this.limit) this.prune();
  }

  get size(): number {
    return this.held;
  }

  /** Adds `by` to the key's count, inserting it when absent. */
  private add(key: number, by: number): void {
    const keys = this.keys;
    const counts = this.counts;
    let i = key & this.mask;
    for (; counts[i] !== 0; i = (i + 1) & this.mask) {
      if (keys[i] === key) {
        counts[i] = (counts[i] as number) + by;
        return;
      }
    }
    keys[i] = key;
    counts[i] = by;
    this.held++;
    if (this.held * 2 > this.keys.length) this.rebuild(this.keys.length * 2);
  }

  /** Re-inserts every held key into a table of `slots` slots (growing, or closing the gaps a prune left). */
  private rebuild(slots: number): void {
    const keys = this.keys;
    const counts = this.counts;
    this.keys = new Uint32Array(slots);
    this.counts = new Uint32Array(slots);
    this.mask = slots - 1;
    this.held = 0;
    for (let i = 0; i < keys.length; i++) {
      const count = counts[i] as number;
      if (count !== 0) this.add(keys[i] as number, count);
    }
  }

  private prune(): void {
    const target = Math.floor(this.limit * 0.75);
    const counts = this.counts;
    for (let floor = 1; this.held > target; floor++) {
      for (let i = 0; i < counts.length; i++) {
        const count = counts[i] as number;
        if (count !== 0 && count <= floor) {
          counts[i] = 0;
          this.held--;
        }
      }
    }
    // Emptied slots break probe chains: re-insert what is left.
    this.rebuild(this.keys.length);
  }

  /** Flat [key, count, key, count, …] for persistence. */
  toArray(): number[] {
    const flat: number[] = [];
    for (let i = 0; i < this.counts.length; i++) {
      const count = this.counts[i] as number;
      if (count !== 0) flat.push(this.keys[i] as number, count);
    }
    return flat;
  }

  static fromArray(limit: number, flat: readonly number[]): BoundedCounts {
    const counts = new BoundedCounts(limit);
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const count = Math.floor(flat[i + 1] ?? 0);
      if (count > 0) counts.add((flat[i] ?? 0) >>> 0, count);
    }
    return counts;
  }
}
