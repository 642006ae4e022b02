import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** Giving votes or words (BASIL, eval/events/precision.ts): no aid. */
describe("findEvents: providing votes or words", () => {
  it("providing votes is no aid", () => {
    expect(coded("Democrats provided votes to fund the government on Monday.").some((e) => e.startsWith("070"))).toBe(
      false,
    );
  });

  it("providing weapons stays aid", () => {
    expect(coded("The United States provided weapons to Ukraine.")).toContain("072 country:USA>country:UKR");
  });
});
