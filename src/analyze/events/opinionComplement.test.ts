import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** An -ing policy after a verb of opinion (BASIL, eval/events/precision.ts): talked about, not done. */
describe("findEvents: a policy favoured or opposed", () => {
  it.each([
    ["favors allowing", "Romney favors allowing domestic partnerships."],
    ["support privatizing", "Some Republicans support privatizing Social Security."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it("supporting an actor stays an endorsement", () => {
    expect(coded("Russia supports Assad.").some((e) => e.startsWith("051 country:RUS>"))).toBe(true);
  });
});
