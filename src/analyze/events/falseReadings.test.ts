import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/**
 * False events found on ordinary news (the demo corpus and BASIL articles, eval/events/precision.ts): each rule
 * with sentences that must code nothing (or not that event) and sentences that must stay events.
 */
describe("findEvents: a verb form that stands as a noun", () => {
  it.each([
    ["after an adjective", "Norway could ease its way to relief by buying more American liquefied natural gas."],
    ["after a modifier and 'and'", "The bakeries closed after running out of flour and cooking gas."],
    ["'thanks to', 'oil and gas'", "Norway is rich thanks to its oil and gas."],
    ["a plural noun after a modifier", "Many were treated for fractures and head wounds."],
    [
      "a noun after 'additional'",
      "The US side suggested that purchases of American gas, and additional orders for American systems, would change the talks.",
    ],
    ["an -s form after 'to'", "A spokesman for the NRA did not immediately respond to requests for comment."],
    ["a demonstrative before a clause end", "Farenthold said he would repay it but has not made good on that promise."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it.each([
    ["a verb with an object", "Syrian forces gassed Kurdish villagers in Halabja.", "2041 country:SYR>"],
    ["a relative 'that' before a verb with an object", "Israel rejected the demands that Hamas made.", "120"],
    ["a present verb after actors", "Israel and Hamas agree to a truce.", "0356 country:ISR>group:hamas"],
    ["an -s form after an actor", "Israel threatens Iran.", "130 country:ISR>country:IRN"],
    [
      "a noun after a past verb keeps the old reading",
      "Israel reimposed blockades in the West Bank.",
      "191 country:ISR>",
    ],
  ])("%s stays an event", (_case, text, first) => {
    expect(coded(text)[0]?.startsWith(first)).toBe(true);
  });
});

describe("findEvents: denied event nouns", () => {
  it("'not a threat' codes nothing", () => {
    expect(coded("We are not a threat to American workers.")).toEqual([]);
  });
  it("'a threat' stays a threat", () => {
    expect(coded("Iran is a threat to Israel.")).toEqual(["130 ->country:ISR"]);
  });
});

describe("findEvents: force as a figure of speech", () => {
  it.each([
    [
      "a thing as subject, the actor in its relative clause",
      "The punitive tariffs of 25 percent that the United States imposed on imported steel have hit Norway hard.",
    ],
    [
      "'struck X as' after a thing",
      "The United States suggested buying more gas, a request that struck many in Norway as absurd.",
    ],
    ["'came under fire over'", "Peru's government came under fire on Thursday over its handling of building safety."],
    ["'the deal X struck'", "Obama defended the deal the president struck with Republicans."],
    ["'the deal <name> struck'", "Obama praised the deal President Obama struck with Republicans."],
  ])("%s codes no force", (_case, text) => {
    expect(coded(text).filter((c) => /^(18|19|20)/.test(c))).toEqual([]);
  });

  it.each([
    ["an actor striking", "Israel struck Gaza on Monday.", "190 country:ISR>"],
    ["an actor's relative clause of its own", "Hamas fighters who struck Israel were killed.", "190 group:hamas>"],
  ])("%s stays force", (_case, text, first) => {
    expect(coded(text)[0]?.startsWith(first)).toBe(true);
  });
});

describe("findEvents: actors inside asides and relative clauses", () => {
  it("'it' after an aside is the actor before the aside", () => {
    expect(
      coded(
        "Hamas, the militant group that has governed Gaza since 2007, has said it will free the remaining captives.",
      ),
    ).toEqual(["0353 group:hamas>-"]);
  });
  it("'she' may still be a person named in an aside", () => {
    expect(
      coded("Tom Kirsch, an attorney for Sandra Jackson, said she has signed a plea agreement with prosecutors.")[0],
    ).toMatch(/^057 person:sandra-jackson>/);
  });
});

describe("findEvents: 'come under pressure from'", () => {
  it("the actor after 'from' presses the subject, past a relative clause", () => {
    expect(
      coded(
        "Qatar, which hosts members of the Hamas political leadership, has come under growing pressure from Washington.",
      ),
    ).toContain("170 country:USA>country:QAT");
  });
  it("pressure on an actor stays coded", () => {
    expect(coded("The United States pressured Qatar.")).toEqual(["170 country:USA>country:QAT"]);
  });
});

describe("findEvents: generic agents and the source's state", () => {
  it("fighters do not take the state of those who killed them", () => {
    expect(coded("Israel says it has killed some 20,000 fighters.")).toEqual(["190 country:ISR>agent:fighters"]);
  });
  it("protesters keep the state of the police that disperse them", () => {
    expect(
      coded("Liberian riot police used tear gas to disperse demonstrators protesting election results in Monrovia.")[0],
    ).toMatch(/>agent:protesters:LBR$/);
  });
});

describe("findEvents: natural hazards in 'when' clauses and relative clauses", () => {
  it.each([
    ["'killed when an earthquake shook'", "At least 76 people were killed when a powerful earthquake shook Peru."],
    ["'an earthquake that killed'", "Peru's government was criticised after an earthquake that killed 67 people."],
  ])("%s codes no force", (_case, text) => {
    expect(coded(text).filter((c) => /^(18|19|20)/.test(c))).toEqual([]);
  });
  it("'killed when troops opened fire' stays force", () => {
    expect(coded("Three Palestinians were killed when Israeli troops opened fire in Hebron.").length).toBeGreaterThan(
      0,
    );
  });
});

describe("findEvents: name-calling, released documents, warnings of facts, hosting at home", () => {
  it.each([
    ["'called X an idiot'", "In one message, Strzok called Trump an idiot.", /^041/],
    ["'called X to task'", "Georgetown faculty called Representative Paul Ryan to task for his budget.", /^041/],
    ["a released statement", "Clinton released a statement calling the massacre an act of terror.", /^084/],
    [
      "a warning of what may happen",
      "The Norwegian aluminium industry has warned that several hundred jobs are at risk.",
      /^13/,
    ],
  ])("%s is not that event", (_case, text, code) => {
    expect(coded(text).filter((c) => code.test(c))).toEqual([]);
  });

  it.each([
    ["a phone call", "Putin called Erdogan on Monday.", "041 person:vladimir-putin>person:recep-tayyip-erdogan"],
    ["a release of persons", "Hamas released three Israeli hostages.", "0841 group:hamas>country:ISR"],
    [
      "a warning that an actor will act",
      "Cairo's security chief has warned that police will no longer tolerate rallies by the Kifaya group.",
      "130 country:EGY>",
    ],
    [
      "a warning against",
      "EU officials have warned against separate deals that could hurt Norway.",
      "130 org:european-union>",
    ],
  ])("%s stays an event", (_case, text, first) => {
    expect(coded(text)[0]?.startsWith(first)).toBe(true);
  });

  it("a meeting hosted in the host's own city has no place as target", () => {
    expect(coded("Egypt is expected to host follow-up technical meetings in Cairo later in the week.")).toEqual([
      "036 country:EGY>-",
    ]);
  });
  it("a state's own city stays the target of force", () => {
    expect(coded("Syria shelled Aleppo.")[0]).toMatch(/^19\d* country:SYR>place:aleppo/);
  });
});

describe("findEvents: acts avoided or denied by the subject, and coordinated passives", () => {
  it.each([
    [
      "'avoided threatening'",
      "The Norwegian government has so far avoided threatening retaliation against the United States.",
    ],
    ["'refrained from attacking'", "Israel refrained from attacking Lebanon."],
    ["'nobody is going to'", "Nobody is going to sign a bad deal with Norway, Halvorsen said."],
  ])("%s codes no such act", (_case, text) => {
    expect(coded(text).filter((c) => /^(13|19|03)/.test(c))).toEqual([]);
  });
  it("a threat made stays a threat", () => {
    expect(coded("The Norwegian government threatened retaliation against the United States.")[0]).toMatch(/^13/);
  });

  it("'and condemned by X' with no actor after 'by' names no one who condemned", () => {
    expect(
      coded("The tariffs have been welcomed by unions and condemned by trading partners from Canada to Japan."),
    ).toEqual([]);
  });
  it("'and condemned by X' with an actor after 'by' makes X the source", () => {
    expect(coded("Russia was praised by Iran and condemned by Israel.")).toContain("111 country:ISR>country:RUS");
  });
});

describe("findEvents: the subject past an aside", () => {
  it("an actor inside 'X, the group that has run Gaza since 2007,' is not the subject", () => {
    expect(
      coded(
        "Hamas, the militant group that has run Gaza since 2007, has repeated its offer to release all the remaining hostages.",
      )[0],
    ).toMatch(/^0\d+ group:hamas>/);
  });
});

describe("findEvents: agreeing with a view, and 'surrounding' as 'about'", () => {
  it.each([
    ["agreeing with a position", "Many said they agreed with the position of the company's president on marriage."],
    [
      "agreeing with a gerund",
      "He said he agrees with giving undocumented immigrants a chance to legalize their status.",
    ],
    ["regulations surrounding a thing", "The measure created taxes and regulations surrounding retail marijuana."],
    ["details, surrounding an event", "All these details, surrounding the shooting, have fueled tensions."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it.each([
    ["an agreement to a truce", "Israel and Hamas agreed to a truce.", "0356 country:ISR>group:hamas"],
    ["agreeing with an actor", "Reid agrees with Sharron Angle on the mosque.", "019 "],
    ["troops surrounding a place", "Israeli troops surrounding the hospital in Gaza opened fire.", "191 country:ISR>"],
  ])("%s stays an event", (_case, text, first) => {
    expect(coded(text)[0]?.startsWith(first)).toBe(true);
  });
});

describe("findEvents: documents released, acts done without, names called", () => {
  it.each([
    ["emails in the object", "The State Department released thousands of emails relating to her tenure."],
    ["a set of emails", "The White House on Wednesday released the full set of emails surrounding the talking points."],
    ["a batch of emails", "The State Department, in a news dump, released a batch of emails from her account."],
    [
      "returns before the comma",
      "In the tax returns, released late Friday, the documents show the Clintons paid taxes.",
    ],
    ["without having to", "Republicans will enact their plan without having to make any concessions to Democrats."],
    ["called it what", "Senator Ben Sasse called it “a sad day for America.”"],
  ])("%s codes no event", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });
  it.each([
    ["prisoners released", "Israel released 30 Palestinian prisoners on Monday.", "0841 country:ISR>country:PSE"],
    ["a person released", "Israel released Hamas leader Ahmed Yassin.", "084 country:ISR>group:hamas"],
    ["an appeal with 'called on'", "Obama called on Congress to act.", "020 person:barack-obama>org:us-congress"],
  ])("%s stays an event", (_case, text, expected) => {
    expect(coded(text)).toContain(expected);
  });
});

describe("findEvents: force whose instrument is words", () => {
  it("codes no force for hitting back with a commercial", () => {
    expect(coded("The Republicans hit back on Tuesday with a television commercial.")).toEqual([]);
  });
  it("still codes force with a weapon", () => {
    expect(coded("Russia hit back at Ukraine with a missile strike.")[0]).toBe("190 country:RUS>country:UKR");
    expect(coded("Israel struck Hamas with missiles and a statement.")[0]).toBe("190 country:ISR>group:hamas");
  });
});

describe("findEvents: force on a platform of words", () => {
  it("firing back on Twitter codes no force", () => {
    expect(coded("Trump, as is often his way, fired back on Twitter.").some((e) => e.startsWith("19"))).toBe(false);
  });
  it("firing on a town stays force", () => {
    expect(coded("Russian troops fired on Kharkiv on Monday.").some((e) => e.startsWith("19"))).toBe(true);
  });
});
