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
    ["a dyadic code with one actor", "Serbia criticized the peace plan."],
    ["a dyadic code with one actor", "Russia welcomed the proposal."],
    ["no actors", "The weather was mild and the markets rallied."],
    ["no event verb", "France and Germany are neighbours."],
    ["refusal to fight", "Egypt refused to attack Israel."],
    ["empty text", ""],
    ["an obligation nobody reports", "Sudan must return the helicopter."],
    ["a negated obligation", "Russia said Sudan must not return the helicopter."],
    ["a date word is not a name", "On Monday in January the markets rallied."],
    ["a sentence opener alone is not a name", "Demonstrators gathered quietly."],
    ["a plural opener before an event verb is not a name", "Analysts warned of a slowdown."],
    ["a pronoun opener is not a name", "He struck the convoy near the border."],
    ["a relative pronoun is not a name", "Who attacked the village remains unclear."],
    ["an English word opener is not a name", "Nobody attacked the embassy."],
    ["a region adjective is not a name", "Western governments criticised the Arab delegates."],
    ["a long gap of content words", "Japan signed several new and very important economic trade protocols."],
    ["a nominal event without actors", "Talks between the parties resumed."],
    ["a nominal event after a verb event is not coded twice", "The weather was mild."],
    ["a month is no march", "The duties took effect in Canada on March 12."],
    ["a noun after a state's adjective", "Norway raised purchases of American liquefied natural gas."],
    ["a receiver with no giver", "Iran received weapons."],
    ["the speaker of a trailing attribution", "Hamas burned down the embassy, a senior Israeli official said."],
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
  it("does not take a place as the target of a meeting or over a stated target", () => {
    expect(coded("Israel attacked Hamas in Gaza.")).toEqual(["190 country:ISR>group:hamas"]);
  });
  it("does not read an obligation through a clause with no speech verb or 'that'", () => {
    expect(coded("Russia and Sudan must return the helicopter.").every((c) => !c.startsWith("10"))).toBe(true);
  });
  it("does not read a verb in a gap as a modifier unless the pattern's word follows it", () => {
    expect(coded("France cancelled and planned a visit to Haiti.").some((c) => c.startsWith("164"))).toBe(false);
  });
  it("does not code a participle modifying a noun when the sentence's verb comes later", () => {
    const codes = coded("A report released Tuesday by Rwanda accused France of complicity.").map((c) => c.slice(0, 2));
    expect(codes).toEqual(["11"]);
  });
  it("still codes a past verb after an actor's noun", () => {
    expect(coded("A French minister threatened today to impose restrictions on Germany.")[0]?.slice(0, 2)).toBe("13");
  });
  it("codes a nominal event only when no verb codes one", () => {
    expect(coded("Israel attacked Hamas after talks between Egypt and Qatar.")).toEqual([
      "190 country:ISR>group:hamas",
    ]);
  });
  it("never throws on odd text", () => {
    for (const text of ["...", "!!! ??? ;;;", "attack attack attack", "Iran Iran Iran", "by by by the the"]) {
      expect(() => coded(text)).not.toThrow();
    }
  });
});
