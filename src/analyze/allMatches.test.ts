import { describe, expect, it } from "vitest";
import { allMatches } from "./allMatches.js";

describe("allMatches", () => {
  it("finds every match with its index, like matchAll", () => {
    const text = "Jan. 3 and 45 days";
    expect(allMatches(/\d+/g, text).map((m) => [m[0], m.index])).toEqual(
      [...text.matchAll(/\d+/g)].map((m) => [m[0], m.index]),
    );
  });

  it("steps over empty matches and leaves the pattern reusable", () => {
    const pattern = /x*/g;
    expect(allMatches(pattern, "axxb").map((m) => m[0])).toEqual(["", "xx", "", ""]);
    expect(pattern.lastIndex).toBe(0);
    expect(allMatches(pattern, "")).toHaveLength(1);
  });

  it("refuses a pattern that is not global", () => {
    expect(() => allMatches(/x/, "x")).toThrow(/global/);
  });
});
