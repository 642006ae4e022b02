import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("findEvents: the actor holding a person in custody", () => {
  it.each([
    [
      "a passive act of force",
      "A Palestinian prisoner was tortured in Israeli police custody.",
      "1822 country:ISR>country:PSE",
    ],
    ["'in the custody of'", "An Iranian activist was beaten in the custody of Egypt.", "country:EGY>country:IRN"],
  ])("is the agent of %s: %s", (_case, text, expected) => {
    expect(coded(text)[0]).toContain(expected);
  });
  it("is no agent of a release", () => {
    expect(
      coded("An Iranian activist was released from Egyptian custody.").some((e) => e.includes("country:EGY>")),
    ).toBe(false);
  });
  it("is no agent past the clause", () => {
    expect(
      coded("An Iranian activist was beaten, the report said, while others were in Egyptian custody.").some((e) =>
        e.includes("country:EGY>"),
      ),
    ).toBe(false);
  });
});
