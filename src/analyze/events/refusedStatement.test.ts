import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** A refusal to say or name (BASIL, eval/events/precision.ts): no rejection of another's proposal. */
describe("findEvents: refusing to say something", () => {
  it("refusing to say words rejects nothing", () => {
    expect(coded("Obama refused to even say the words Radical Islam.")).toEqual([]);
  });

  it("refusing to take a position rejects nothing", () => {
    expect(coded("Clinton has refused to take a position on the deal.")).toEqual([]);
  });

  it("refusing to accept a proposal stays a rejection", () => {
    expect(coded("Hamas refused to accept the proposal.")).toContain("120 group:hamas>-");
  });

  it("refusing to release prisoners stays a rejection", () => {
    expect(coded("Israel refused to release the prisoners.").some((e) => e.startsWith("12"))).toBe(true);
  });
});
