import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "committed to" an -ing form (BASIL, eval/events/precision.ts): a disposition, no pledge to cooperate. */
describe("findEvents: committed to doing something", () => {
  it("being committed to repealing a law codes no intent", () => {
    expect(coded("Romney and Ryan have always been fully committed to repealing Obamacare.")).toEqual([]);
  });

  it("being committed to working hard codes no intent", () => {
    expect(coded("Mr. Cowan is committed to working hard on the budget.")).toEqual([]);
  });

  it("a state committed to a policy stays an intent", () => {
    expect(coded("Vietnam is committed to opening up its economy.").some((e) => e.startsWith("03"))).toBe(true);
  });

  it("a commitment to an act of cooperation still codes", () => {
    expect(coded("Israel has committed to halting its offensive.").some((e) => e.startsWith("03"))).toBe(true);
  });
});
