import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** An infinitive of what may be done (BASIL, eval/events/precision.ts): nothing done yet. */
describe("findEvents: a right, a chance or time to act", () => {
  it("time to reach a deal is no deal", () => {
    expect(coded("Lawmakers and the White House have three weeks to reach a deal.")).toEqual([]);
  });

  it("a deadline given with until is no act", () => {
    expect(coded("Iran has until Friday to release the sailors.")).toEqual([]);
  });

  it("the right to declare an emergency is no declaration", () => {
    expect(coded("Trump said he had the absolute right to declare a national emergency.")).toEqual([]);
  });

  it("time taken to reach a deal reports the deal", () => {
    expect(coded("Israel and Hamas took three weeks to reach a deal.").some((e) => e.startsWith("03"))).toBe(true);
  });

  it("a plan to send troops stays an intent", () => {
    expect(coded("Russia announced a plan to send troops to Syria.").length).toBeGreaterThan(0);
  });
});
