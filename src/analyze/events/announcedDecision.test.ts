import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("findEvents: an announced decision is the act", () => {
  it("codes the sanction itself, not a threat", () => {
    expect(coded("The United States announced Wednesday it would prohibit all aid to Iran.")[0]).toBe(
      "162 country:USA>country:IRN",
    );
  });
  it.each([
    ["a speech verb", "The United States said it would impose sanctions on Iran.", /^13/],
    ["another subject", "Russia announced that Ukraine will attack Poland.", /^13/],
    ["cooperation, a promise", "Russia announced it will return weapons to Ukraine.", /^03/],
  ])("keeps the future reading for %s: %s", (_case, text, code) => {
    expect(coded(text)[0]).toMatch(code);
  });
});
