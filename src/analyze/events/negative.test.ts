import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** Text that must produce no event, or not the naive one. */
describe("findEvents: negative cases", () => {
  it.each([
    ["negation", "Israel did not strike Iran."],
    ["negated future conflict", "Iran will not harm Israel."],
    ["never", "Russia never attacked Ukraine."],
    ["may", "Iran may strike Israel."],
    ["could", "China could impose sanctions on Japan."],
    ["if clause", "If Russia attacks Ukraine, the alliance would respond."],
    ["a noun, not a verb", "The attack on Israel was condemned."],
    ["a noun after modifiers", "Ukraine says it has strong evidence proving Russia was behind the chemical attacks."],
    ["a dyadic code with one actor", "Serbia rejected the peace plan."],
    ["a dyadic code with one actor", "Russia welcomed the proposal."],
    ["no actors", "The weather was mild and the markets rallied."],
    ["no event verb", "France and Germany are neighbours."],
    ["refusal to fight", "Egypt refused to attack Israel."],
    ["empty text", ""],
  ])("%s: %s", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it("codes a threat to strike as 13x, never 19x", () => {
    const codes = coded("North Korea threatened to strike South Korea.").map((c) => c.slice(0, 2));
    expect(codes).toEqual(["13"]);
  });
  it("codes a planned strike as a threat", () => {
    expect(coded("Israel plans to bomb Iran.")[0]?.slice(0, 2)).toBe("13");
  });
  it("does not code what an accusation alleges", () => {
    expect(coded("France accused Rwanda of attacking French troops.")).toEqual(["1123 country:FRA>country:RWA"]);
  });
  it("never throws on odd text", () => {
    for (const text of ["...", "!!! ??? ;;;", "attack attack attack", "Iran Iran Iran", "by by by the the"]) {
      expect(() => coded(text)).not.toThrow();
    }
  });
});
