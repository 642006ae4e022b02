import { describe, expect, it } from "vitest";
import { bandKeys, lshBands, lshRows, minhashSignature } from "./minhash.js";
import { jaccard, shingleHashes } from "./shingles.js";
import { riverFlood } from "./testTexts.js";

const keysOf = (text: string) => {
  const shingles = shingleHashes(text);
  return bandKeys(minhashSignature(shingles), shingles.length);
};
const shared = (a: number[], b: number[]) => a.filter((k) => b.includes(k)).length;

describe("minhashSignature", () => {
  it("agrees with the Jaccard similarity in expectation", () => {
    const a = shingleHashes(riverFlood.original);
    const b = shingleHashes(riverFlood.trimmed);
    const sa = minhashSignature(a);
    const sb = minhashSignature(b);
    expect(sa.length).toBe(lshBands * lshRows);
    const agree = sa.filter((v, i) => v === sb[i]).length / sa.length;
    // 72 positions: the estimate is within ±0.2 of the true Jaccard with overwhelming probability.
    expect(Math.abs(agree - jaccard(a, b))).toBeLessThan(0.2);
  });
});

describe("bandKeys", () => {
  it("gives one safe-integer key per band, distinct per band", () => {
    const keys = keysOf(riverFlood.original);
    expect(keys).toHaveLength(lshBands);
    for (const k of keys) expect(Number.isSafeInteger(k) && k >= 0).toBe(true);
    expect(new Set(keys.map((k) => Math.floor(k / 2 ** 44))).size).toBe(lshBands);
  });

  it("makes copies candidates and leaves other reports of the event out", () => {
    const original = keysOf(riverFlood.original);
    expect(shared(original, keysOf(riverFlood.republished))).toBeGreaterThan(lshBands / 2);
    expect(shared(original, keysOf(riverFlood.editedCopy))).toBeGreaterThan(lshBands / 2);
    expect(shared(original, keysOf(riverFlood.trimmed))).toBeGreaterThan(0);
    expect(shared(original, keysOf(riverFlood.otherOutlet))).toBe(0);
  });

  it("indexes nothing for a text too short to judge", () => {
    expect(keysOf("")).toEqual([]);
    const few = shingleHashes("flood warning issued");
    expect(bandKeys(minhashSignature(few), few.length, 12)).toEqual([]);
  });
});
