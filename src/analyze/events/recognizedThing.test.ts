import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "recognize" a thing (BASIL, eval/events/precision.ts): no diplomatic recognition. */
describe("findEvents: recognizing a thing", () => {
  it("recognizing a package codes nothing", () => {
    expect(coded("A postal worker recognized the package.")).toEqual([]);
  });

  it("recognizing a state stays recognition", () => {
    expect(coded("France recognized Palestine on Wednesday.")).toContain("054 country:FRA>country:PSE");
  });
});
