import { describe, expect, it } from "vitest";
import { codeText, coded } from "./testCoder.js";

/** Light verbs: the event is named by the noun after the verb. */
describe("findEvents: light verbs with event nouns", () => {
  it.each([
    ["made an appeal for aid", "Iran made an urgent appeal for aid to Japan.", "023 country:IRN>country:JPN"],
    ["issued a warning", "Israel issued a stern warning to Syria.", "130 country:ISR>country:SYR"],
    ["ordered the arrest of", "Egypt ordered the arrest of Hamas leaders.", "173 country:EGY>group:hamas"],
    [
      "announced the withdrawal of",
      "Russia announced the withdrawal of its troops from Syria.",
      "087 country:RUS>country:SYR",
    ],
    ["carried out raids", "Israel carried out raids against Hamas.", "190 country:ISR>group:hamas"],
    ["stepped up attacks", "Israel stepped up its attacks on Hamas.", "190 country:ISR>group:hamas"],
  ])("%s", (_case, text, first) => {
    expect(coded(text)[0]).toBe(first);
  });
  it.each([
    ["a noun that is no event", "Turkey gave a speech about Greece."],
    ["a noun that is no event", "France made history in Germany."],
    ["a negated noun", "Israel made no appeal to Syria."],
    ["a negated light verb", "Israel did not issue a warning to Syria."],
  ])("codes nothing for %s: %s", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });
});

describe("findEvents: general-purpose verb entries", () => {
  it.each([
    ["strike a deal is no strike", "France struck a deal with Germany.", "057 country:FRA>country:DEU"],
    ["ink an agreement", "Japan inked an agreement with India.", "057 country:JPN>country:IND"],
    ["organize a strike", "Unions in France organized a general strike.", "143 country:FRA>-"],
    ["oppose mediation rejects it", "Israel is opposed to French mediation.", "126 country:ISR>country:FRA"],
    ["put under arrest", "Police put the Iranian activist under arrest.", "173 agent:police>country:IRN"],
    ["engage in talks is no fighting", "Iran engaged in talks with France.", "046 country:IRN>country:FRA"],
  ])("%s", (_case, text, first) => {
    expect(coded(text)[0]).toBe(first);
  });
  it("reads a base form after 'be' as a passive participle ('was hit by')", () => {
    expect(coded("Iran was hit by Iraq.")).toEqual(["190 country:IRQ>country:IRN"]);
  });
  it("reads 'in protest' as a noun, not a protest verb", () => {
    expect(coded("Unions in France organized a strike in protest of the arrests.")).toEqual(["143 country:FRA>-"]);
  });
  it("reads a participle before a noun after a preposition as an adjective", () => {
    expect(coded("Britain said Libya must hand over alleged bombers.")[0]).toMatch(/^10\d+ country:GBR>country:LBY$/);
    expect(coded("Britain said Libya must hand over alleged bombers.").some((c) => c.startsWith("112"))).toBe(false);
  });
  it("still reads a participle after an actor as a verb", () => {
    expect(coded("Police detained Iranian activists.")[0]).toBe("173 agent:police>country:IRN");
  });
});

describe("findEvents: sources and targets", () => {
  it("takes the authorities of the place as the agent of a passive legal act", () => {
    expect(coded("A US national has been put under investigation in Italy.")).toEqual([
      "090 agent:government:ITA>country:USA",
    ]);
  });
  it("does not take the person's own state as the authorities", () => {
    // An investigation may be coded with its target alone (cameo.yaml oneActor), but with no authorities as source.
    expect(coded("A US national has been put under investigation in the United States.")).toEqual([
      "090 ->country:USA",
    ]);
  });
  it("does not take a place as the agent of a passive act of force", () => {
    expect(coded("A US national was killed in Italy.").some((c) => c.includes("government"))).toBe(false);
  });
  it("takes whom a complaint is about, not whom it is made to", () => {
    expect(coded("Lebanon complained to the United Nations on Tuesday over Israeli air raids.")).toEqual([
      "114 country:LBN>country:ISR",
    ]);
    expect(coded("Lebanon complained to the United Nations.")).toEqual(["114 country:LBN>org:united-nations"]);
  });
  it("codes forces ordered to use force as the commander's act", () => {
    expect(coded("Israel ordered its army to shell Gaza.")).toEqual(["194 country:ISR>place:gaza"]);
  });
  it("codes an actor ordered to stop as the target of coercion, and an order to yield as a demand", () => {
    expect(coded("The government ordered the newspaper La Prensa to suspend publication.")[0]).toBe(
      "172 agent:government>person:la-prensa",
    );
    expect(coded("France ordered Iran to release the sailors.")).toEqual(["1053 country:FRA>country:IRN"]);
  });
  it("does not take the source's own forces as the target of a withdrawal or a rejection", () => {
    expect(coded("The United States withdrew some US forces from Panama.")).toEqual(["087 country:USA>country:PAN"]);
    expect(
      coded("The United Nations rejected a call for its peacekeeping forces to be deployed in East Timor.")[0],
    ).toBe("120 org:united-nations>country:TLS");
  });
  it("still takes another state's forces as the target of force", () => {
    expect(coded("Syrian rebels attacked Turkish troops.")).toEqual(["190 country:SYR>country:TUR"]);
  });
  it("places civilians named by no state of their own in the state where they were struck", () => {
    expect(coded("Palestinian bombers killed 23 people in Tel Aviv.")).toEqual(["190 country:PSE>agent:civilians:ISR"]);
    expect(coded("Ten people were killed in the Russian war against Ukraine.")).toEqual([
      "190 country:RUS>agent:civilians",
    ]);
  });
});

describe("findEvents: the city where talks are held is no party to them", () => {
  it("reads two parties holding talks in a city both ways, not the city as target", () => {
    expect(coded("Norway and the United States held talks in Oslo on Monday.")).toEqual([
      "046 country:NOR>country:USA",
      "046 country:USA>country:NOR",
    ]);
  });
  it("keeps the place as the target of force with no other target", () => {
    expect(coded("Israel struck targets in Gaza.")[0]).toBe("190 country:ISR>place:gaza");
  });
});

describe("findEvents: where a meeting takes place", () => {
  it.each([
    [
      "meeting the other side in its own capital is a visit",
      "Israeli negotiators met Qatari mediators in Doha.",
      "042 country:ISR>country:QAT",
    ],
    ["two sides meeting abroad meet each other there", "Israel and Hamas met in Cairo.", "044 country:ISR>group:hamas"],
    ["meeting on neutral ground", "Israeli negotiators met Qatari mediators in Paris.", "044 country:ISR>country:QAT"],
  ])("%s", (_case, text, first) => {
    expect(coded(text)[0]).toBe(first);
  });
});

describe("findEvents: the place of an event", () => {
  it("takes the place after “in” nearest the verb, not a later place the sentence names", () => {
    const text =
      "Talks opened in Doha on Tuesday, with Israeli negotiators sitting down with Qatari mediators for talks " +
      "with Hamas, the group that governs Gaza.";
    expect(codeText(text)[0]).toMatchObject({ source: "country:ISR", place: "Doha" });
  });
  it("falls back on the first place after the verb when none follows a preposition", () => {
    expect(codeText("Israel struck Gaza overnight.")[0]?.place).toBe("Gaza");
  });
});

describe("findEvents: coordinated givers", () => {
  it("gives each giver's offer to no one named, not to the other giver", () => {
    expect(coded("Neighbouring Chile and Bolivia offered rescue teams.")).toEqual([
      "030 country:CHL>-",
      "030 country:BOL>-",
    ]);
  });
  it("still reads an agreement between coordinated actors both ways", () => {
    expect(coded("Israel and Hamas agreed to a truce.")).toEqual([
      "0356 country:ISR>group:hamas",
      "0356 group:hamas>country:ISR",
    ]);
  });
});
