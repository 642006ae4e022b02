import { describe, expect, it } from "vitest";
import { containment, jaccard, shingleHashes, tokenize } from "./shingles.js";

describe("tokenize", () => {
  it("lower-cases, folds apostrophes and drops punctuation", () => {
    expect(tokenize("The U.N. said, “Don’t panic.”")).toEqual(["the", "u", "n", "said", "don't", "panic"]);
    expect(tokenize("3,000 residents — 140 rescued")).toEqual(["3", "000", "residents", "140", "rescued"]);
  });
  it("keeps accented words whole and splits unspaced scripts into characters", () => {
    expect(tokenize("Café São Paulo ÉTÉ")).toEqual(["café", "são", "paulo", "été"]);
    expect(tokenize("洪水で避難")).toEqual(["洪", "水", "で", "避", "難"]);
  });
  it("finds no token in punctuation or an empty text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize(" — … !!! ")).toEqual([]);
  });
});

describe("shingleHashes", () => {
  it("gives one hash per distinct word 3-gram, sorted", () => {
    const s = shingleHashes("the river burst its banks");
    expect(s.length).toBe(3);
    expect([...s]).toEqual([...s].sort((a, b) => a - b));
    expect(shingleHashes("a b c a b c").length).toBe(3); // "a b c", "b c a", "c a b"
  });
  it("ignores case, punctuation and spacing but not word order", () => {
    expect(shingleHashes("The river, burst!")).toEqual(shingleHashes("the   river burst"));
    expect(shingleHashes("river the burst")).not.toEqual(shingleHashes("the river burst"));
  });
  it("handles texts shorter than a shingle", () => {
    expect(shingleHashes("").length).toBe(0);
    expect(shingleHashes("flood").length).toBe(1);
    expect(shingleHashes("flood warning").length).toBe(1);
  });
});

describe("containment and jaccard", () => {
  const a = Uint32Array.from([1, 2, 3, 4]);
  const b = Uint32Array.from([2, 3, 4, 5, 6, 7, 8, 9]);
  it("measure the overlap of sorted sets", () => {
    expect(containment(a, b)).toBe(0.75);
    expect(jaccard(a, b)).toBeCloseTo(3 / 9);
    expect(containment(a, a)).toBe(1);
  });
  it("are 0 for empty sets", () => {
    expect(containment(new Uint32Array(0), b)).toBe(0);
    expect(jaccard(new Uint32Array(0), new Uint32Array(0))).toBe(0);
  });
});
