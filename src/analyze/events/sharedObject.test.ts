import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("findEvents: coordinated verbs share an object or a partner", () => {
  it("a preposition stranded before 'and' takes the next verb's object", () => {
    expect(coded("Sri Lanka has established diplomatic ties with and opened an embassy in Tehran.")).toEqual([
      "054 country:LKA>country:IRN",
      "054 country:LKA>country:IRN",
    ]);
    expect(coded("Iran held talks with and signed a deal with Iraq.")).toEqual([
      "046 country:IRN>country:IRQ",
      "057 country:IRN>country:IRQ",
    ]);
  });
  it("a second cooperative verb with no partner is done with the first verb's object", () => {
    expect(coded("Japan met Iran and signed an accord.")).toEqual([
      "040 country:JPN>country:IRN",
      "057 country:JPN>country:IRN",
    ]);
  });
  it("a preposition with its own object is no stranded one", () => {
    expect(coded("Iran held talks with Iraq and opened an embassy in Colombo.")).not.toContain(
      "046 country:IRN>country:LKA",
    );
  });
  it("a second verb of conflict takes no partner from the first", () => {
    expect(coded("Japan met Iran and attacked.")).not.toContain("190 country:JPN>country:IRN");
  });
});
