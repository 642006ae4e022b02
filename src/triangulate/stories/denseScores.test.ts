import { describe, expect, it } from "vitest";
import { DenseScores } from "./denseScores.js";

/** Sums per id with a Map, in first-touched order: what DenseScores replaces. */
function reference(adds: [number, number][]): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [id, s] of adds) scores.set(id, (scores.get(id) ?? 0) + s);
  return scores;
}

/** A small deterministic generator (an LCG): the cases are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomAdds(seed: number, base: number, span: number, n: number): [number, number][] {
  const r = seededRandom(seed);
  // Scores on a coarse grid so ties happen.
  return Array.from({ length: n }, () => [base + Math.floor(r() * span), Math.round(r() * 8) / 8]);
}

describe("DenseScores", () => {
  it("sums like a map and keeps first-touched order, across queries and growth", () => {
    const dense = new DenseScores();
    for (const [seed, base, span] of [
      [1, 0, 50],
      [2, 5_000, 3_000],
      [3, 1_000_000, 40_000],
    ] as const) {
      const adds = randomAdds(seed, base, span, 5_000);
      dense.reset(span);
      for (const [id, s] of adds) dense.add(id, s);
      const expected = reference(adds);
      expect(dense.size).toBe(expected.size);
      expect(dense.best(expected.size)).toEqual([...expected].sort((a, b) => b[1] - a[1]).map(([id]) => id));
      for (const [id, s] of expected) expect(dense.get(id)).toBe(s);
    }
  });

  it("gives the k best as a stable sort would, ties in first-touched order", () => {
    const dense = new DenseScores();
    dense.reset(10);
    for (const [id, s] of [
      [3, 1],
      [1, 2],
      [4, 1],
      [2, 2],
      [5, 0.5],
    ] as const)
      dense.add(id, s);
    expect(dense.best(3)).toEqual([1, 2, 3]);
    expect(dense.best(10)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps every id at or above the k-th best score, at most 2k, in first-touched order", () => {
    const adds = randomAdds(4, 200, 2_000, 3_000);
    const dense = new DenseScores();
    dense.reset(2_000);
    for (const [id, s] of adds) dense.add(id, s);
    const expected = reference(adds);
    const cut = [...expected.values()].sort((a, b) => b - a)[63] as number;
    const want = [...expected]
      .filter(([, s]) => s >= cut)
      .map(([id]) => id)
      .slice(0, 128);
    expect(dense.atLeastKth(64)).toEqual(want);
  });

  it("forgets the previous query on reset", () => {
    const dense = new DenseScores();
    dense.reset(100);
    dense.add(7, 1);
    dense.reset(100);
    dense.add(8, 2);
    expect(dense.best(5)).toEqual([8]);
    expect(dense.atLeastKth(5)).toEqual([8]);
  });
});
