import { describe, expect, it } from "vitest";
import { addInto, topVector, type SparseVector } from "./sparseVector.js";
import { TermSums } from "./termSums.js";

/** A small deterministic generator (an LCG): the cases are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A unit vector of `n` terms drawn from `vocabulary` hashes (spread over the whole 32-bit range), weights on a coarse grid so ties happen. */
function randomVector(r: () => number, vocabulary: number[], n: number): SparseVector {
  const weights = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    weights.set(vocabulary[Math.floor(r() * vocabulary.length)] as number, 1 + Math.floor(r() * 4));
  }
  return topVector(weights, n);
}

function entries(sums: TermSums): [number, number][] {
  const out: [number, number][] = [];
  sums.forEach((t, w) => out.push([t, w]));
  return out;
}

describe("TermSums", () => {
  it("sums, orders and trims as the Map it replaces, and gives the same unit vectors", () => {
    for (const seed of [1, 2, 3]) {
      const r = seededRandom(seed);
      // Hashes above 2^31 and colliding low bits, as real feature hashes are.
      const vocabulary = Array.from({ length: 400 }, (_, i) => ((i * 2654435761) >>> 0) | (i % 7 === 0 ? 0 : 2 ** 31));
      const sums = new TermSums();
      const map = new Map<number, number>();
      for (let step = 0; step < 200; step++) {
        const v = randomVector(r, vocabulary, 48);
        sums.addVector(v, 96);
        addInto(map, v, 96);
        expect(entries(sums)).toEqual([...map]);
        expect(sums.top(96)).toEqual(topVector(map, 96));
        expect(sums.top(48)).toEqual(topVector(map, 48));
      }
      expect(sums.size).toBe(map.size);
    }
  });

  it("adds single terms like Map get-and-set, and reads them back", () => {
    const sums = new TermSums();
    sums.add(4_000_000_000, 0.5);
    sums.add(7, 1);
    sums.add(4_000_000_000, 0.25);
    expect(sums.get(4_000_000_000)).toBe(0.75);
    expect(sums.get(7)).toBe(1);
    expect(sums.get(8)).toBeUndefined();
    expect(sums.toPairs()).toEqual([4_000_000_000, 0.75, 7, 1]);
  });

  it("is empty after clear and can fill again", () => {
    const sums = new TermSums();
    for (let t = 0; t < 300; t++) sums.add(t * 97, 1);
    sums.clear();
    expect(sums.size).toBe(0);
    expect(sums.get(97)).toBeUndefined();
    expect(sums.top(8).terms.length).toBe(0);
    sums.add(5, 2);
    expect(sums.toPairs()).toEqual([5, 2]);
  });
});
