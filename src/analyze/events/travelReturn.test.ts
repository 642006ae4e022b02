import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "return" as a journey back (BASIL, eval/events/precision.ts): no release of persons. */
describe("findEvents: returning from a journey", () => {
  it("a governor returning to her capital releases no one", () => {
    expect(coded("Ms. Brewer was scheduled to return Tuesday to Phoenix.")).toEqual([]);
  });

  it("a reporter who returned to the room releases no one", () => {
    expect(coded("Ramos later returned and Trump took several of his questions.")).toEqual([]);
  });

  it("an envoy who will return to the region releases no one", () => {
    expect(coded("Mr. Netanyahu will return home on Sunday.")).toEqual([]);
  });

  it("a return of hostages by their captors stays a release", () => {
    expect(coded("Hamas returned three hostages to Israel.")).toContain("084 group:hamas>agent:hostages");
  });

  it("hostages returning home stay a release", () => {
    expect(coded("Three hostages returned to Israel on Sunday.").some((e) => e.startsWith("084"))).toBe(true);
  });
});
