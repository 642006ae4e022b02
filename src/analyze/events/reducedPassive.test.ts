import { describe, expect, it } from "vitest";
import { codeText, coded } from "./testCoder.js";

/** Participles modifying an actor ("251 people taken hostage in the Hamas-led attack") are passive. */
describe("findEvents: reduced passives and who did it", () => {
  it("reads a bare participle after an actor as passive, the agent from the attack it happened in", () => {
    const text =
      "Of the 251 people taken hostage in the Hamas-led attack on southern Israel on October 7, 2023, 59 remain in Gaza.";
    expect(coded(text)[0]).toBe("181 group:hamas>agent:civilians");
  });
  it("reads a past form followed by 'by' as passive", () => {
    expect(coded("Three civilians killed by Israeli troops were buried.")).toEqual(["190 country:ISR>agent:civilians"]);
    expect(coded("Russian civilian advisers kidnapped from a bazaar by Afghan rebels were freed.")[0]).toBe(
      "181 country:AFG>country:RUS",
    );
  });
  it("reads a past form followed by where it happened and a later main verb as passive", () => {
    expect(coded("Ten soldiers wounded in a Hamas attack were flown to Israel.")[0]).toBe(
      "190 group:hamas>agent:military",
    );
  });
  it("takes the agent of a full passive from the strike it happened in", () => {
    expect(coded("Five soldiers were killed in an Israeli air strike.")).toEqual(["190 country:ISR>agent:military"]);
  });
});

describe("findEvents: reduced passives, negative cases", () => {
  it("keeps an active past verb with an object active", () => {
    expect(coded("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar.")).toEqual([
      "181 country:AFG>country:RUS",
    ]);
    expect(coded("Israeli troops killed three civilians in Gaza.")[0]).toMatch(/^190 country:ISR>agent:civilians/);
  });
  it("does not read a main verb in a later clause as making the first verb a participle", () => {
    const text = "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia, where 24 people were killed in riots.";
    expect(coded(text)[0]).toMatch(/^14\d country:ALB>/);
  });
  it("does not read an 'of' phrase after the subject as making the verb passive", () => {
    expect(coded("Leaders of the Syrian opposition threatened today to strike Israel.")[0]).toMatch(
      /^13\d+ country:SYR>country:ISR$/,
    );
  });
  it("takes no agent from a place the passive happened in", () => {
    // Gaza is where it happened, not who did it: only unidentified attackers of its state, inferred.
    const [event] = codeText("Five soldiers were killed in Gaza.");
    expect(event).toMatchObject({ source: "agent:unidentified:PSE", target: "agent:military", evidence: "inferred" });
  });
});

/** A place can be what an attack acts on, not what a hostage-taking or an arrest acts on. */
describe("findEvents: places as stand-in targets", () => {
  it("keeps a place as the inferred target of shelling", () => {
    expect(coded("Israel shelled targets in Jericho.")[0]).toBe("194 country:ISR>place:jericho");
  });
  it("never takes a place as the target of an abduction or an arrest", () => {
    expect(coded("Hamas took 251 people hostage in Gaza.")).toEqual(["181 group:hamas>-"]);
    // An arrest needs a target: with the place refused, nothing is coded.
    expect(coded("Israel arrested dozens in Jenin.")).toEqual([]);
  });
});

/** Force used by no one named: unidentified attackers of the state where it happened, inferred. */
describe("findEvents: unnamed attackers", () => {
  it("codes a passive attack with no actor as agent to unidentified attackers of the place's state", () => {
    const text =
      "Three US servicemen were killed by an improvised explosive device outside of the Iraqi city of Basra.";
    const [event] = codeText(text);
    expect(event).toMatchObject({ source: "agent:unidentified:IRQ", target: "country:USA", evidence: "inferred" });
    expect(event?.sourceSpan).toEqual({ start: event?.sourceSpan?.start, end: event?.sourceSpan?.start });
  });
  it("reads the state through a place several words after 'in'", () => {
    const text = "A journalist has been killed in a car bomb explosion in a residential sector of eastern Beirut.";
    expect(coded(text)[0]).toBe("190 agent:unidentified:LBN>agent:journalists");
  });
  it("does not invent attackers with no place named, or over a named source", () => {
    expect(coded("Two Iraqi youths were wounded.")).toEqual(["190 ->country:IRQ"]);
    expect(coded("Israel attacked Hamas in Gaza.")).toEqual(["190 country:ISR>group:hamas"]);
  });
  it("does not make the victims' own state the attackers", () => {
    expect(coded("More than 50,000 Palestinians have been killed in Gaza since the war began.")).toEqual([
      "190 ->country:PSE",
    ]);
  });
  it("takes the agent from the campaign or war it happened in, over a place", () => {
    expect(coded("Ten people were killed in the Russian war against Ukraine.")).toEqual([
      "190 country:RUS>agent:civilians",
    ]);
  });
  it("does not invent attackers for an event that is no use of force", () => {
    expect(coded("Three US diplomats were expelled from Iraq.").some((c) => c.includes("unidentified"))).toBe(false);
  });
});
