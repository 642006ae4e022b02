/**
 * Counts per hashed key with bounded memory (lossy counting): when more than `limit` keys are held, the rarest are
 * dropped, raising the floor until a quarter of the room is free. A dropped key counts as unseen again, which for
 * document frequencies means "rare", the truth for a key that was pruned.
 */
export class BoundedCounts {
  private readonly counts = new Map<number, number>();

  constructor(private readonly limit: number) {}

  get(key: number): number {
    return this.counts.get(key) ?? 0;
  }

  increment(key: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.counts.size > this.limit) this.prune();
  }

  get size(): number {
    return this.counts.size;
  }

  private prune(): void {
    const target = Math.floor(this.limit * 0.75);
    for (let floor = 1; this.counts.size > target; floor++) {
      for (const [key, count] of this.counts) if (count <= floor) this.counts.delete(key);
    }
  }

  /** Flat [key, count, key, count, …] for persistence. */
  toArray(): number[] {
    const flat: number[] = [];
    for (const [key, count] of this.counts) flat.push(key, count);
    return flat;
  }

  static fromArray(limit: number, flat: readonly number[]): BoundedCounts {
    const counts = new BoundedCounts(limit);
    for (let i = 0; i + 1 < flat.length; i += 2) counts.counts.set(flat[i] ?? 0, flat[i + 1] ?? 0);
    return counts;
  }
}
