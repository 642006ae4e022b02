import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "call on" a person to speak in a meeting (BASIL, eval/events/precision.ts): no appeal. */
describe("findEvents: calling on a speaker", () => {
  it("calling on a person described after a comma codes no appeal", () => {
    expect(
      coded("Mr. Schumer interjected, calling on Ms. Pelosi, who disputed the statistics.").some((e) =>
        e.startsWith("02"),
      ),
    ).toBe(false);
  });

  it.each([
    ["an appeal to act", "Schumer called on Pelosi to withdraw the bill."],
    ["an appeal after a description", "Biden called on Netanyahu, the Israeli prime minister, to accept the truce."],
  ])("%s stays an appeal", (_case, text) => {
    expect(coded(text).some((e) => e.startsWith("02"))).toBe(true);
  });
});
