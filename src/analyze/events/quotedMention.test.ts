import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** A quotation that is mentioned, not said (BASIL, eval/events/precision.ts): no event. */
describe("findEvents: a mentioned quotation", () => {
  it("a phrase being edited attacks no one", () => {
    expect(
      coded('CIA officials decided to change the phrase "attacks in Benghazi" to "demonstrations in Benghazi".').some(
        (e) => e.includes("org:cia"),
      ),
    ).toBe(false);
  });

  it("a quoted name before its noun defeats no one", () => {
    expect(coded("Mr. Mattis also praised the “Defeat ISIS” coalition.").some((e) => e.startsWith("19"))).toBe(false);
  });

  it("a quotation someone says keeps its event", () => {
    expect(coded("“We will attack Israel,” Nasrallah said.").length).toBeGreaterThan(0);
  });
});
