import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "look into" the camera (BASIL, eval/events/precision.ts): no investigation. */
describe("findEvents: looking into a camera", () => {
  it("looking into the camera codes nothing", () => {
    expect(coded("In the ad, Akin looks directly into the camera and addresses the controversy.")).toEqual([]);
  });

  it("looking into a deal stays an investigation", () => {
    expect(coded("The FBI is looking into the deal.").some((e) => e.startsWith("09"))).toBe(true);
  });
});
