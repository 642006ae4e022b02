import { describe, expect, it } from "vitest";
import { shingleHashes } from "./shingles.js";
import { hammingDistance, simhash64, simhashFromHex, simhashToHex } from "./simhash.js";
import { riverFlood } from "./testTexts.js";

const hash = (text: string) => simhash64(shingleHashes(text));

describe("simhash64", () => {
  it("is stable and 64 bits wide", () => {
    expect(hash(riverFlood.original)).toBe(hash(riverFlood.original));
    expect(hash(riverFlood.original) < 2n ** 64n).toBe(true);
    expect(hash("")).toBe(0n);
  });

  it("puts near-identical texts closer than different reports of the same event", () => {
    const original = hash(riverFlood.original);
    const republished = hammingDistance(original, hash(riverFlood.republished));
    const edited = hammingDistance(original, hash(riverFlood.editedCopy));
    const other = hammingDistance(original, hash(riverFlood.otherOutlet));
    expect(republished).toBeLessThanOrEqual(12);
    expect(edited).toBeLessThanOrEqual(12);
    expect(other).toBeGreaterThan(20);
  });
});

describe("hammingDistance", () => {
  it("counts differing bits", () => {
    expect(hammingDistance(0n, 0n)).toBe(0);
    expect(hammingDistance(0b1011n, 0b0001n)).toBe(2);
    expect(hammingDistance(0n, 2n ** 64n - 1n)).toBe(64);
  });
});

describe("hex form", () => {
  it("round-trips and rejects what is not a SimHash", () => {
    const h = hash(riverFlood.original);
    expect(simhashToHex(h)).toMatch(/^[0-9a-f]{16}$/);
    expect(simhashFromHex(simhashToHex(h))).toBe(h);
    expect(simhashToHex(1n)).toBe("0000000000000001");
    expect(() => simhashFromHex("xyz")).toThrow(/not a 64-bit SimHash/);
  });
});
