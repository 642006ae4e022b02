import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** General sentence constructions: shared subjects, sectors of one state, givers, asides and attributions. */
describe("findEvents: a verb joined by 'and' shares the first verb's subject", () => {
  it.each([
    [
      "a first verb the dictionary lacks",
      "Russia excoriated Ukraine and attacked Georgia.",
      ["190 country:RUS>country:GEO"],
    ],
    [
      "a first verb that is an accusation",
      "Russia condemned Ukraine and attacked Georgia.",
      ["111 country:RUS>country:UKR", "190 country:RUS>country:GEO"],
    ],
    [
      "an adverb after 'and'",
      "Russia condemned Ukraine and then attacked Georgia.",
      ["111 country:RUS>country:UKR", "190 country:RUS>country:GEO"],
    ],
    [
      "a generic agent as the first verb's object",
      "Police arrested the protesters and attacked journalists.",
      ["173 agent:police>agent:protesters", "190 agent:police>agent:journalists"],
    ],
    [
      "the subject of a reported clause",
      "Russia said Ukraine shelled Kharkiv and attacked Georgia.",
      ["194 country:UKR>place:kharkiv", "190 country:UKR>country:GEO"],
    ],
  ])("%s: %s", (_case, text, expected) => {
    expect(coded(text)).toEqual(expected);
  });
  it("keeps conjoined subjects when no verb stands before 'and'", () => {
    expect(coded("Russia and Ukraine attacked Georgia.")).toEqual([
      "190 country:RUS>country:GEO",
      "190 country:UKR>country:GEO",
    ]);
  });
  it("does not code what a denial covers through a verb joined inside it", () => {
    expect(coded("Uganda denied that it armed Rwanda and attacked Congo.")).toEqual(["016 country:UGA>-"]);
  });
});

describe("findEvents: sectors of one state are distinct actors", () => {
  it.each([
    [
      "police and students",
      "Russian police arrested Russian students in Moscow today.",
      "173 agent:police:RUS>agent:students:RUS",
    ],
    [
      "protesters and the government",
      "Georgian demonstrators launched missiles at the Georgian government.",
      "194 agent:protesters:GEO>agent:government:GEO",
    ],
    ["a state and its own activists", "Russia arrested Russian activists.", "173 country:RUS>agent:activists:RUS"],
    [
      "soldiers and insurgents",
      "Iraqi soldiers attacked Iraqi insurgents.",
      "190 agent:military:IRQ>agent:insurgents:IRQ",
    ],
  ])("%s: %s", (_case, text, first) => {
    expect(coded(text)).toEqual([first]);
  });
  it("keeps the state's id when the other side is another state", () => {
    expect(coded("Israeli troops killed Palestinian civilians.")).toEqual(["190 country:ISR>country:PSE"]);
  });
  it("does not take the bare state after a sector of it as the target", () => {
    expect(coded("Egyptian officials will host working groups on aid deliveries, an Egyptian official said.")).toEqual([
      "036 country:EGY>-",
    ]);
  });
  it("does not take a state's own forces moved or ordered as the target", () => {
    expect(coded("Israel withdrew Israeli troops from Gaza.")).toEqual(["087 country:ISR>place:gaza"]);
    expect(coded("Israel ordered Israeli troops to shell Gaza.")).toEqual(["194 country:ISR>place:gaza"]);
  });
});

describe("findEvents: whoever gives is the source of a receiving verb", () => {
  it("codes the giver after 'from' as the source", () => {
    expect(coded("Iran received weapons from Russia.")).toEqual(["072 country:RUS>country:IRN"]);
    expect(coded("Georgian demonstrators received weapons from the Georgian government.")).toEqual([
      "072 agent:government:GEO>agent:protesters:GEO",
    ]);
  });
  it("codes no provision by the receiver when no giver is named", () => {
    expect(coded("Iran received weapons.")).toEqual([]);
  });
  it("leaves a giving verb as it is", () => {
    expect(coded("Iran sent weapons to Syria.")).toEqual(["072 country:IRN>country:SYR"]);
  });
});

describe("findEvents: asides and attributions around the verb", () => {
  it.each([
    ["a participle aside", "Turkey, angered by the Greek decision, attacked Iraq.", "190 country:TUR>country:IRQ"],
    ["a 'whose' clause", "Turkey, whose troops are based in Syria, attacked Iraq.", "190 country:TUR>country:IRQ"],
    ["a prepositional aside", "Turkey, after talks with Greece, attacked Iraq.", "190 country:TUR>country:IRQ"],
    ["a bracketed short form", "The European Union (EU) condemned Russia.", "111 org:european-union>country:RUS"],
  ])("%s: %s", (_case, text, last) => {
    expect(coded(text).at(-1)).toBe(last);
  });
  it("reads 'X, backed by Y,' as Y's support of X", () => {
    expect(coded("The Turkish army, backed by Russian jets, attacked Iraq.")).toEqual([
      "051 country:RUS>country:TUR",
      "190 country:TUR>country:IRQ",
    ]);
  });
  it("joins a name and its bracketed short form to the conjoined subject", () => {
    expect(coded("The Philippines and the European Union (EU) agree that the dispute should end.")).toEqual([
      "030 country:PHL>org:european-union",
      "030 org:european-union>country:PHL",
    ]);
  });
  it("keeps a list of states as conjoined subjects", () => {
    expect(coded("Iran, Iraq, Syria attacked Kuwait.")).toHaveLength(3);
  });
  it("does not take the speaker of a trailing attribution as the target", () => {
    expect(coded("Hamas burned down the embassy, a senior Israeli official said on Saturday.")).toEqual([]);
    expect(coded("Hamas burned down the embassy of Israel, a senior official said.")).toEqual([
      "1712 group:hamas>org:embassy:ISR",
    ]);
  });
});

describe("findEvents: passives and nouns", () => {
  it("reads a participle after an existential 'there were' as passive", () => {
    expect(coded("There were 10 Russian soldiers killed in Ukraine today.")).toEqual([
      "190 agent:unidentified:UKR>country:RUS",
    ]);
  });
  it("still reads an actor before a past verb as its subject", () => {
    expect(coded("Russian soldiers killed 10 Ukrainians.")).toEqual(["190 country:RUS>country:UKR"]);
  });
  it("reads a verb form after a preposition and a state's adjective as a noun", () => {
    expect(coded("There have been more than 200 Palestinians killed in Gaza by Israeli strikes.")).toEqual([
      "190 country:ISR>country:PSE",
    ]);
    expect(coded("Dozens died in Russian attack on Kharkiv.")).toEqual(["190 country:RUS>place:kharkiv"]);
  });
  it("reads a verb form after a preposition, a state's adjective and modifiers as a noun", () => {
    expect(
      coded("Norway offered purchases of American liquefied natural gas to the United States."),
    ).not.toContainEqual(expect.stringMatching(/^204/));
  });
  it("still reads a past verb after a plural noun phrase with a state's adjective", () => {
    expect(coded("Thousands of Iraqi Kurds demonstrated in Kirkuk calling for independence from Iraq.")[0]).toMatch(
      /^141 country:IRQ>/,
    );
  });
  it("reads 'March' before a day as a month, not a march", () => {
    expect(coded("Canada and the EU announced retaliatory measures on March 12.")).toEqual([]);
    expect(coded("Protesters will march on the Russian embassy.")[0]).toMatch(
      /^1\d+ agent:protesters>org:embassy:RUS$/,
    );
  });
  it("still reads a verb after a state's name", () => {
    expect(coded("Rebels in Syria attack government forces.")[0]).toMatch(/^190 agent:rebels:SYR>/);
  });
});

describe("findEvents: relations and agreements", () => {
  it.each([
    ["abandoning ties", "Russia abandoned full cultural ties with Ukraine.", "161 country:RUS>country:UKR"],
    ["moving nearer to accord", "Russia is inching nearer to accord with Ukraine.", "030 country:RUS>country:UKR"],
    [
      "cordoning off",
      "Soldiers from Russia have cordoned off the roads leading into Ukraine.",
      "191 agent:military:RUS>country:UKR",
    ],
  ])("%s: %s", (_case, text, first) => {
    expect(coded(text)[0]).toBe(first);
  });
});

describe("findEvents: a second verb joined by 'and' after an object has its own target", () => {
  it.each([
    [
      "a criticism, then another verb's actor",
      "Sanders has opposed the trade deal and questioned Clinton's refusal.",
      "hillary-clinton",
    ],
    [
      "talks, then an -ing verb's actor",
      "They were discussing campaign politics and repeatedly blasting Trump.",
      "trump",
    ],
  ])("%s: the first verb does not take it", (_case, text, actor) => {
    const first = coded(text)[0] ?? "";
    expect(first.endsWith(actor)).toBe(false);
  });
  it.each([
    [
      "a shared object after numbers",
      "Israeli troops killed three and wounded five Palestinians in Gaza.",
      "190 country:ISR>",
    ],
    ["prepositions only before 'and'", "LePage met with — and apologized to — Representative Drew Gattine.", "040 "],
  ])("%s keeps the target", (_case, text, first) => {
    const events = coded(text);
    expect(events[0]?.startsWith(first)).toBe(true);
    expect(events[0]?.endsWith(">-")).toBe(false);
  });
});
