import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("findEvents: 'walk out' as a walk", () => {
  it("a walk into the dark is no strike", () => {
    expect(coded("About 600 workers walk out into the dark at the head of the fjord.")).toEqual([]);
  });
  it.each([
    ["a walk-out on a day", "Workers walked out on Monday at the plant in Oslo."],
    ["a walk-out of talks", "Palestinian negotiators walked out of the talks with Israel."],
  ])("%s stays an event", (_case, text) => {
    expect(coded(text).length).toBeGreaterThan(0);
  });
});
