import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("findEvents: a death caused by an act of force named by a noun", () => {
  it.each([
    [
      "'as a result of', custody",
      "A Palestinian prisoner died as a result of torture while in Israeli police custody.",
      "1822 country:ISR>country:PSE",
    ],
    [
      "'of', an agent after 'by'",
      "An Iranian activist died of torture by Egyptian police.",
      "1822 country:EGY>country:IRN",
    ],
  ])("%s: %s", (_case, text, expected) => {
    expect(coded(text)[0]).toBe(expected);
  });
  it.each([
    ["a natural death", "A Palestinian prisoner died of cancer in Israeli custody."],
    ["a cause that is no act of force", "An Iranian activist died after a long illness."],
    ["no actor who died", "The torture in Israeli police custody was described."],
  ])("codes no force for %s: %s", (_case, text) => {
    expect(coded(text).some((e) => e.startsWith("18"))).toBe(false);
  });
});
