import { describe, expect, it } from "vitest";
import { analyse } from "./testSupport.js";

/** Each mention as "text → actor", and each organisation's state. */
const read = (text: string): { mentions: string[]; states: Record<string, string | null> } => {
  const { actors, mentions } = analyse(text);
  const states: Record<string, string | null> = {};
  for (const actor of actors) if (actor.type === "organization") states[actor.id] = actor.country;
  return { mentions: mentions.map((m) => `${m.text} → ${m.actor}`), states };
};

describe("institution names the registry lacks", () => {
  it("reads 'Statistics Norway' as Norway's statistics office, not as Norway", () => {
    const { mentions, states } = read("Exports rose 4 percent last year, according to Statistics Norway.");
    expect(mentions).toEqual(["Statistics Norway → org:statistics-norway"]);
    expect(states).toEqual({ "org:statistics-norway": "NOR" });
  });

  it("reads 'The Geophysical Institute of Peru' as one organisation of Peru", () => {
    const { mentions, states } = read("The Geophysical Institute of Peru measured the quake at magnitude 7.1.");
    expect(mentions).toEqual(["Geophysical Institute of Peru → org:geophysical-institute-of-peru"]);
    expect(states).toEqual({ "org:geophysical-institute-of-peru": "PER" });
  });

  it("reads a state opening the name as the agency's owner: 'the U.S. Geological Survey'", () => {
    const { mentions, states } = read("The epicentre lay 30 kilometres away, according to the U.S. Geological Survey.");
    expect(mentions).toEqual(["U.S. Geological Survey → org:us-geological-survey"]);
    expect(states).toEqual({ "org:us-geological-survey": "USA" });
  });

  it("gives a name after a state's possessive that state, in the id and the name", () => {
    const { actors, mentions } = analyse("Peru's Geophysical Institute said the quake was shallow.");
    expect(mentions.map((m) => [m.text, m.actor])).toEqual([
      ["Peru's Geophysical Institute", "org:geophysical-institute:PER"],
    ]);
    expect(actors[0]).toMatchObject({ name: "Peru Geophysical Institute", type: "organization", country: "PER" });
  });

  it("reads a demonym opening the name: 'the Norwegian Statistics Bureau'", () => {
    expect(read("The figures came from the Norwegian Statistics Bureau.").states).toEqual({
      "org:norwegian-statistics-bureau": "NOR",
    });
  });

  it("reads 'of' and 'for' with capitalised words after the head: 'the Bureau of Labor Statistics'", () => {
    expect(read("Jobs grew, the Bureau of Labor Statistics said.").mentions).toEqual([
      "Bureau of Labor Statistics → org:bureau-of-labor-statistics",
    ]);
    expect(read("The Office for National Statistics published it.").mentions).toEqual([
      "Office for National Statistics → org:office-for-national-statistics",
    ]);
  });

  it("reads 'and' between capitalised words and links after the head as often as the name goes on", () => {
    expect(read("The Securities and Exchange Commission fined it.").mentions).toEqual([
      "Securities and Exchange Commission → org:securities-and-exchange-commission",
    ]);
    expect(read("She spoke at the Council on Foreign Relations.").mentions).toEqual([
      "Council on Foreign Relations → org:council-on-foreign-relations",
    ]);
    expect(read("Officials said it was the Federal Office for the Protection of the Constitution.").mentions).toEqual([
      "Federal Office for the Protection of the Constitution → org:federal-office-for-the-protection-of-the-constitution",
    ]);
  });

  it("gives a name opened by a seat of power that seat's state: 'the White House Office of …'", () => {
    expect(read("He formerly directed the White House Office of Political Strategy.").states).toEqual({
      "org:white-house-office-of-political-strategy": "USA",
    });
  });

  it("stretches a registry body's alias over the full name when the name is that body", () => {
    const text = "At least 67 people died, according to Peru's National Civil Defence Institute.";
    expect(read(text).mentions).toEqual(["Peru's National Civil Defence Institute → org:civil-defense:PER"]);
    expect(read("The National Civil Defence Institute of Peru said so.").mentions).toEqual([
      "National Civil Defence Institute of Peru → org:civil-defense:PER",
    ]);
  });

  it("keeps the state from the story for the body when the name states none", () => {
    const text = "The quake struck Peru on Tuesday. The National Civil Defence Institute said 900 homes fell.";
    expect(read(text).mentions).toEqual([
      "Peru → country:PER",
      "National Civil Defence Institute → org:civil-defense:PER",
    ]);
  });

  it("reads a name that adds more than 'National' or 'Institute' to a body's alias as another body", () => {
    const text = "Peru's Civil Defence Research Institute published a map.";
    expect(read(text).states).toEqual({ "org:civil-defence-research-institute:PER": "PER" });
  });

  it("reads a name holding a collective body ('Government', 'Police') as an institution of its own", () => {
    expect(read("Japan's National Police Agency said so.").mentions).toEqual([
      "Japan's National Police Agency → org:national-police-agency:JPN",
    ]);
    expect(read("The Government Accountability Office audited it.").mentions).toEqual([
      "Government Accountability Office → org:government-accountability-office",
    ]);
  });

  it("reads an international body's agency as an organisation of no state", () => {
    expect(read("The UN Human Rights Office said so.").states).toEqual({ "org:un-human-rights-office": null });
  });
});

describe("names the registry knows, and phrases that are no institution", () => {
  it.each([
    [
      "a registry body ending the name",
      "The UN Security Council met.",
      ["UN Security Council → org:un-security-council"],
    ],
    [
      "a registry body after a state",
      "The Qatari Foreign Ministry condemned it.",
      ["Qatari Foreign Ministry → org:foreign-ministry:QAT"],
    ],
    [
      "a state's lower-case ministry",
      "The Qatari foreign ministry condemned it.",
      ["Qatari foreign ministry → org:foreign-ministry:QAT"],
    ],
    ["a state's government", "Norway's government said so.", ["Norway's government → country:NOR"]],
    ["a state's president", "Peru's president said so.", ["Peru → country:PER"]],
    [
      "a registry alias ending in a head word",
      "The Foreign Office said so.",
      ["Foreign Office → org:foreign-ministry"],
    ],
    [
      "a state before a registry body",
      "The British Foreign Office said so.",
      ["British Foreign Office → org:foreign-ministry:GBR"],
    ],
    ["a head word alone", "The Institute said so, and Council members agreed.", []],
    ["a head word after a possessive", "Doyle's Office said so. The Prime Minister's Office agreed.", []],
    ["a room, not an institution", "She spoke from the Oval Office.", []],
    ["a sentence opener before a head word", "Yesterday Council members met. On Monday Agency staff left.", []],
    ["a weekday after 'for'", "The vote went to the Council for Monday.", []],
    [
      "a poll named a survey",
      "The American Community Survey and the Household Pulse Survey say so.",
      ["American → country:USA"],
    ],
    ["a name running on before 'of'", "He taught at the Clinton School of Public Service.", []],
    ["a name running on after 'of'", "She worked for the National Council of La Raza.", ["La Raza → person:la-raza"]],
    [
      "a title and a name after the name",
      "The Council on American-Islamic Relations National Executive Director Nihad Awad spoke there.",
      ["American → country:USA"],
    ],
    ["a title-case headline", "Peru Geophysical Institute Says Quake Was Shallow", ["Peru → country:PER"]],
  ])("%s", (_label, text, expected) => {
    expect(read(text).mentions).toEqual(expected);
  });

  it("keeps a person's office as the person: 'Doyle's office said'", () => {
    // The office speaks for its holder: the mention is the person's, and a quote keeps "Doyle's office" as its
    // speaker text. No organisation is made of it.
    const { actors, mentions } = analyse("Deputy Trade Representative Marcus Doyle left. Doyle's office said so.");
    expect(mentions.map((m) => [m.text, m.actor])).toEqual([
      ["Marcus Doyle", "person:marcus-doyle"],
      ["Doyle", "person:marcus-doyle"],
    ]);
    expect(actors.filter((a) => a.type === "organization")).toEqual([]);
  });
});
