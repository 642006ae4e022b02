import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** An aside between the subject and its verb: "Turkey, a NATO member, attacked Syria". */
describe("findEvents: parentheticals between subject and verb", () => {
  it("takes the subject before an appositive that names another actor", () => {
    expect(coded("Turkey, a NATO member, attacked Syria on Monday.")).toEqual(["190 country:TUR>country:SYR"]);
  });
  it("takes the subject before a reporting aside", () => {
    expect(coded("Egypt, the report said, condemned Israel.")).toEqual(["111 country:EGY>country:ISR"]);
    expect(coded("Iran, according to officials in Iraq, attacked Kurdish rebels.")[0]).toMatch(/^190 country:IRN>/);
  });
  it("codes the main verb after a relative clause that holds an accusation", () => {
    expect(coded("Israel, which has long opposed the deal with Iran, struck Gaza.")).toEqual([
      "127 country:ISR>country:IRN",
      "190 country:ISR>place:gaza",
    ]);
  });
  it("widens an actor over an office word to its agent noun", () => {
    expect(coded("European Community foreign ministers agreed to send aid to Romania.")).toEqual([
      "033 org:european-community>country:ROU",
    ]);
  });
});

describe("findEvents: actors in compound modifiers", () => {
  it("does not take the actor of an 'X-backed' modifier as the doer", () => {
    const text =
      "Mediators held discussions with Hamas, the Iran-backed terror group that is still holding 59 hostages in Gaza.";
    expect(coded(text)).toEqual(["181 group:hamas>-"]);
  });
  it("takes the actor the modifier's appositive names, even after a preposition, over earlier actors", () => {
    const text =
      "Talks opened with Qatari and Egyptian mediators for discussions with Hamas, the Iran-backed terror group that is still holding 59 hostages.";
    expect(coded(text)).toContain("181 group:hamas>-");
    expect(coded(text).some((c) => /country:(QAT|EGY|IRN)>/.test(c) && c.startsWith("181"))).toBe(false);
  });
  it("still takes it when no other actor stands before the verb", () => {
    expect(coded("A Saudi-led coalition struck Yemen.")).toEqual(["190 country:SAU>country:YEM"]);
  });
});

describe("findEvents: parentheticals, negative cases", () => {
  it("keeps a list of actors as conjoined subjects, not an aside", () => {
    expect(coded("Iran, Iraq, and Syria signed the accord with Turkey.")).toEqual([
      "057 country:IRN>country:TUR",
      "057 country:IRQ>country:TUR",
      "057 country:SYR>country:TUR",
    ]);
  });
  it("does not skip an introductory phrase that is no aside after an actor", () => {
    expect(coded("In Gaza, Israel struck Hamas.")).toEqual(["190 country:ISR>group:hamas"]);
  });
  it("still skips what an accusation alleges in the same clause", () => {
    expect(coded("France accused Rwanda of attacking French troops.")).toEqual(["1123 country:FRA>country:RWA"]);
  });
  it("does not widen an actor over a verb to a later agent noun", () => {
    expect(coded("Israel killed three militants.")[0]).toMatch(/^190 country:ISR>agent:militants/);
  });
});
