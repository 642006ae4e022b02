import { describe, expect, it } from "vitest";
import { BoundedCounts } from "./boundedCounts.js";

describe("BoundedCounts", () => {
  it("counts keys across the whole 32-bit range, past the first table size", () => {
    const counts = new BoundedCounts(100_000);
    for (let i = 0; i < 5000; i++) {
      const key = (i * 2_654_435_761) >>> 0;
      counts.increment(key);
      if (i % 3 === 0) counts.increment(key);
    }
    expect(counts.size).toBe(5000);
    expect(counts.get(0)).toBe(2);
    expect(counts.get(2_654_435_761)).toBe(1);
    expect(counts.get(0xffffffff)).toBe(0);
  });

  it("drops the rarest keys when over the limit, and the dropped ones count as unseen", () => {
    const counts = new BoundedCounts(8);
    for (const key of [1, 2, 3]) for (let n = 0; n < 5; n++) counts.increment(key);
    for (let key = 100; key < 106; key++) counts.increment(key);
    expect(counts.size).toBeLessThanOrEqual(6);
    expect([1, 2, 3].map((k) => counts.get(k))).toEqual([5, 5, 5]);
    expect(counts.get(100)).toBe(0);
    counts.increment(100);
    expect(counts.get(100)).toBe(1);
  });

  it("round-trips through its flat array", () => {
    const counts = new BoundedCounts(1000);
    for (let key = 0; key < 300; key++) for (let n = 0; n <= key % 4; n++) counts.increment(key * 7919);
    const restored = BoundedCounts.fromArray(1000, counts.toArray());
    for (let key = 0; key < 300; key++) expect(restored.get(key * 7919)).toBe((key % 4) + 1);
    expect(restored.size).toBe(300);
  });
});
