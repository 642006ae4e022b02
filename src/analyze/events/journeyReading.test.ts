import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "returning" on a journey (BASIL, eval/events/precision.ts): no release. */
describe("findEvents: returning somewhere", () => {
  it("a participle of a journey codes nothing", () => {
    expect(coded("Returning to the Pentagon, Mattis asked aides to print his letter.")).toEqual([]);
  });

  it.each([
    ["returning hostages", "Hamas is returning hostages to Israel."],
    ["returned bodies", "Israel returned the bodies of four hostages."],
  ])("%s stays a release", (_case, text) => {
    expect(coded(text).some((e) => e.startsWith("084"))).toBe(true);
  });
});
