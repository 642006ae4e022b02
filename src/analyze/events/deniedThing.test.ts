import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "deny" a thing withheld (BASIL, eval/events/precision.ts): no denial of an allegation. */
describe("findEvents: denying a thing", () => {
  it.each([
    ["deny service", "The new law could allow businesses to deny service to gay couples."],
    ["denied funding", "Federal workers are not receiving pay while their agencies are denied funding."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it("denying a report stays a denial", () => {
    expect(coded("Israel denied the report.").some((e) => e.startsWith("016 country:ISR>"))).toBe(true);
  });
});
