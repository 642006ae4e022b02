import { describe, expect, it } from "vitest";
import { findActors, loadRegistry } from "../actors/index.js";
import type { Registry } from "../actors/index.js";
import { actorSlots, placeSlots } from "./actorSlots.js";
import { loadEventDictionary } from "./eventDictionary.js";
import type { EventDictionary } from "./eventDictionary.js";
import { coded } from "./testCoder.js";
import { tokenizeSentence } from "./tokenizeSentence.js";

let registry: Registry | null = null;
let dictionary: EventDictionary | null = null;

/** The actor slots and place slots of one sentence, through the real registry and event dictionary. */
function slotsOf(text: string): { actors: string[]; places: string[] } {
  registry ??= loadRegistry();
  dictionary ??= loadEventDictionary();
  const { actors, mentions } = findActors(text, [{ start: 0, end: text.length, paragraph: 0 }], registry);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const words = tokenizeSentence(text, 0, text.length);
  const agents = dictionary.agents;
  const forms = dictionary.forms;
  return {
    actors: actorSlots(text, words, mentions, byId, agents, (w) => forms.has(w)).map((s) => s.actor),
    places: placeSlots(text, words, mentions, byId).map((s) => s.actor),
  };
}

describe("a place before a noun is a setting, not a participant", () => {
  it.each([
    ["an event noun after a determiner", "The Benghazi attacks killed four Americans.", "place:benghazi"],
    ["a race", "The money for the Missouri race will be withdrawn.", "place:missouri"],
    ["a place's part before a noun", "He drove through the St. Louis suburb of Ferguson.", "place:st-louis"],
    ["a longer name", "Missouri Republican senators urged Akin to quit.", "place:missouri"],
    ["a compound adjective", "Nine Indiana-based companies protested.", "place:indiana"],
    ["after a possessive", "The president's Asia trip was cut short.", "place:asia"],
  ])("%s", (_label, text, place) => {
    expect(slotsOf(text).actors).not.toContain(place);
  });

  it("is no stand-in target either, unlike a place after a locative", () => {
    expect(slotsOf("The Benghazi attacks killed four Americans.").places).not.toContain("place:benghazi");
    expect(slotsOf("Four Americans were killed in the Benghazi region.").places).toContain("place:benghazi");
  });

  it("codes no setting as the source of an act", () => {
    expect(coded("After the Benghazi attacks, Congress criticized Clinton.").join()).not.toMatch(/place:benghazi/);
    expect(coded("Missouri Republican senators urged the congressman to quit.").join()).not.toMatch(/place:missouri/);
  });
});

describe("a place that still takes part", () => {
  it.each([
    ["the object of a verb", "Israel struck Gaza overnight.", "place:gaza"],
    ["before a weekday", "Israel struck Gaza Tuesday.", "place:gaza"],
    ["the subject of a verb", "Gaza has suffered the most.", "place:gaza"],
    ["before an agent noun", "The Darfur rebels attacked the town.", "place:darfur"],
    ["before an organ of its own", "The Massachusetts courts legalized same-sex marriage.", "place:massachusetts"],
    ["its possessive before a common noun", "Chicago's city council voted.", "place:chicago"],
    ["a region word after it", "Aid for the Darfur region has improved.", "place:darfur"],
  ])("%s", (_label, text, place) => {
    expect(slotsOf(text).actors).toContain(place);
  });

  it("leaves a state's name before a noun acting: 'U.S. strikes'", () => {
    expect(slotsOf("U.S. strikes killed 20 militants.").actors).toContain("country:USA");
  });
});

describe("a capital standing for its state", () => {
  it.each([
    ["before a noun after 'the'", "The Cairo meeting follows two days of talks.", "country:EGY"],
    ["in a compound adjective", "He met a Kremlin-backed lawyer.", "country:RUS"],
    ["opening an event's name", "He will attend the Beijing Olympics.", "country:CHN"],
  ])("is a setting %s", (_label, text, state) => {
    expect(slotsOf(text).actors).not.toContain(state);
  });

  it.each([
    ["opening a clause", "Washington said it would impose sanctions.", "country:USA"],
    ["before an agent noun", "The Tehran regime rejected the offer.", "country:IRN"],
    ["a seat with its article", "Analysts said that the Kremlin denied it.", "country:RUS"],
    ["naming an institution", "Doctors delivered goods to Baghdad University Medical School.", "country:IRQ"],
  ])("acts %s", (_label, text, state) => {
    expect(slotsOf(text).actors).toContain(state);
  });
});

describe("a US state before a person is the person's constituency", () => {
  it.each([
    ["a possessive", "Arizona's John McCain criticized the plan."],
    ["a title between", "Arizona Sen. John McCain criticized the plan."],
  ])("%s: the person acts, the state is neither actor nor setting", (_label, text) => {
    const { actors, places } = slotsOf(text);
    expect(actors).toContain("person:john-mccain");
    expect(actors).not.toContain("place:arizona");
    expect(places).not.toContain("place:arizona");
  });
});

describe("an armed group of no named state", () => {
  it("does not take the state named earlier in the sentence", () => {
    expect(coded("Pakistan said militants attacked a checkpoint.")[0]).toBe("190 agent:militants>-");
    expect(coded("I told the American people that armed militants assaulted our compound.").join()).not.toMatch(
      /agent:militants:USA/,
    );
  });

  it("takes a state the text ties it to: a demonym or the place it is in", () => {
    expect(coded("Pakistani militants attacked a checkpoint.")[0]).toMatch(/^190 country:PAK/);
    expect(slotsOf("The government said rebels in Darfur attacked the town.").actors).toContain("agent:rebels:SDN");
  });

  it("leaves organs of a state the state named before them", () => {
    expect(coded("Russia said police arrested activists.").join()).toMatch(/agent:police:RUS/);
  });
});

describe("a state or country after a town and its comma says where the town is", () => {
  it.each([
    [
      "a US state after an unknown town",
      "Obama used a stop in Oskaloosa, Iowa, to criticize the tax plan.",
      "place:iowa",
    ],
    ["a country after its city", "Protesters rallied in Paris, France, to denounce the law.", "country:FRA"],
    ["at the end of the sentence", "Officials from Lyon, France, met the envoy in Paris, France.", "country:FRA"],
  ])("%s: neither it nor the town is an actor", (_label, text, state) => {
    const { actors } = slotsOf(text);
    expect(actors).not.toContain(state);
    expect(actors.filter((a) => a.startsWith("named:"))).toEqual([]);
  });

  it("codes the person who stopped there, not the town or its state", () => {
    expect(coded("Obama used a stop in Oskaloosa, Iowa, to criticize Mitt Romney.")[0]).toMatch(
      /^111 person:barack-obama>/,
    );
  });

  it("is where something happens when the town is", () => {
    expect(slotsOf("Gunmen attacked a school in Oskaloosa, Iowa.").places).toEqual(["place:iowa"]);
    expect(slotsOf("Residents of Oskaloosa, Iowa, criticized the plan.").places).toEqual(["place:iowa"]);
  });

  it.each([
    ["a list of states", "California, Delaware and New Jersey sued the administration.", "place:delaware"],
    ["a list of countries", "Germany, France and Italy condemned the attack.", "country:FRA"],
    [
      "an English word before the comma",
      "Meanwhile, France, which holds the presidency, criticized Russia.",
      "country:FRA",
    ],
    ["a possessive after", "Activists praised Oskaloosa, Iowa's new mayor.", "place:iowa"],
  ])("leaves a state acting in %s", (_label, text, state) => {
    expect(slotsOf(text).actors).toContain(state);
  });
});
