import { describe, expect, it } from "vitest";
import { hashKey, hashKeyOfPair } from "./hashKey.js";

describe("hashKeyOfPair", () => {
  it("equals hashKey of the joined string, so persisted outlet counts keep their keys", () => {
    for (const outlet of ["bbc.co.uk", "", "outlet-7", "Le Monde — é"]) {
      for (const n of [0, 7, 10, 42, 1_000_000, 2_147_483_648, 4_294_967_295]) {
        expect(hashKeyOfPair(outlet, n)).toBe(hashKey(`${outlet}\u0000${n}`));
      }
    }
  });

  it("tells pairs apart", () => {
    expect(hashKeyOfPair("a", 12)).not.toBe(hashKeyOfPair("a", 21));
    expect(hashKeyOfPair("a", 12)).not.toBe(hashKeyOfPair("b", 12));
  });
});
