import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("findEvents: a mission opened in a place acts on the place's state", () => {
  it.each([
    ["a capital", "Sri Lanka opened an embassy in Tehran.", "054 country:LKA>country:IRN"],
    [
      "the capital named after 'the capital'",
      "Japan opened a consulate in the capital Tehran.",
      "054 country:JPN>country:IRN",
    ],
  ])("%s: %s", (_case, text, first) => {
    expect(coded(text)[0]).toBe(first);
  });
  it.each([
    ["a place of the source's own state", "Sri Lanka opened an embassy in Colombo."],
    ["talks in a place are where, not whom", "Sri Lanka held talks in Tehran."],
  ])("codes no target for %s: %s", (_case, text) => {
    expect(coded(text).some((e) => e.endsWith(">country:IRN") || e.endsWith(">country:LKA"))).toBe(false);
  });
});
