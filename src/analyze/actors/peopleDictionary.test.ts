import { describe, expect, it } from "vitest";
import { segment } from "../segment.js";
import { newArticle } from "../../pipeline.js";
import { findActors } from "./findActors.js";
import { PeopleDictionary } from "./peopleDictionary.js";
import { personEntry } from "./dictionaries.js";
import { analyse, shippedRegistry } from "./testSupport.js";
import type { Actor } from "./types.js";

/** The person mentions of a text: text, actor id and kind. */
const people = (text: string, published?: string): { text: string; actor: string; kind: string | undefined }[] => {
  const article = newArticle({ source: "test", format: "text", body: text, meta: {} });
  article.text = text;
  segment.run(article, { maxTextChars: 2_000_000 });
  const found = findActors(text, article.sentences, shippedRegistry(), published ? { published } : {});
  return found.mentions
    .filter((m) => m.actor.startsWith("person:"))
    .map((m) => ({ text: m.text, actor: m.actor, kind: m.kind }));
};

const actor = (text: string, id: string, published?: string): Actor | undefined => {
  const article = newArticle({ source: "test", format: "text", body: text, meta: {} });
  article.text = text;
  segment.run(article, { maxTextChars: 2_000_000 });
  const found = findActors(text, article.sentences, shippedRegistry(), published ? { published } : {});
  return found.actors.find((a) => a.id === id);
};

describe("public figures named by surname alone (data/actors/people.yaml)", () => {
  it("reads a bare surname as the figure, with the figure's state", () => {
    expect(people("Putin said on Tuesday that the talks would go on.")).toEqual([
      { text: "Putin", actor: "person:vladimir-putin", kind: "surname" },
    ]);
    expect(actor("Putin said on Tuesday that the talks would go on.", "person:vladimir-putin")?.country).toBe("RUS");
  });

  it("reads a surname in a title-case headline and before a possessive", () => {
    expect(people("Erdogan Slams EU Over Migrants").map((m) => m.actor)).toEqual(["person:recep-tayyip-erdogan"]);
    expect(people("Obama's policy on Iran drew criticism.").map((m) => m.actor)).toEqual(["person:barack-obama"]);
    expect(people("Merkel Meets Obama in Berlin").map((m) => m.actor)).toEqual([
      "person:angela-merkel",
      "person:barack-obama",
    ]);
  });

  it("gives spelling variants and full forms one id", () => {
    const ids = people(
      "President Erdoğan met Tayyip Erdogan's aides. Recep Tayyip Erdogan left. Muammar al-Qaddafi spoke. " +
        "Gadhafi was killed. Kim Jong-un met Kim Jong Un's envoy.",
    ).map((m) => m.actor);
    expect(new Set(ids)).toEqual(
      new Set(["person:recep-tayyip-erdogan", "person:muammar-gaddafi", "person:kim-jong-un"]),
    );
  });

  it("gives a person named in full in the text the dictionary's id, state and offices of the year", () => {
    const text = "Vladimir Putin met reporters.";
    expect(actor(text, "person:vladimir-putin", "2010-06-01")).toMatchObject({
      country: "RUS",
      roles: ["Prime Minister"],
    });
    expect(actor(text, "person:vladimir-putin", "2015-06-01")?.roles).toEqual(["President"]);
    // Undated, no office is guessed.
    expect(actor(text, "person:vladimir-putin")?.roles).toEqual([]);
  });

  it("keeps an international body's head stateless, even in a story about one state", () => {
    const text = "Guterres said in Doha that Qatar, Qatari mediators and the Qatari government had helped.";
    expect(actor(text, "person:antonio-guterres", "2023-10-01")).toMatchObject({
      country: null,
      roles: ["Secretary-General"],
    });
    expect(actor("Stoltenberg spoke.", "person:jens-stoltenberg", "2010-01-01")?.country).toBe("NOR");
    expect(actor("Stoltenberg spoke.", "person:jens-stoltenberg", "2019-01-01")?.country).toBeNull();
  });

  it("gives a group's leader the group's state", () => {
    expect(actor("Nasrallah said the group would respond.", "person:hassan-nasrallah", "2020-01-01")).toMatchObject({
      country: "LBN",
      roles: ["Secretary-General"],
    });
  });

  it("lets the text's title and state win over the dictionary", () => {
    expect(actor("Russian Prime Minister Vladimir Putin spoke.", "person:vladimir-putin")).toMatchObject({
      country: "RUS",
      roles: ["Prime Minister"],
    });
  });
});

describe("surnames the dictionary does not read", () => {
  it.each([
    ["a surname that is an English word", "May said the deal was done."],
    ["a surname two figures share", "Bush said the war would end. Clinton disagreed."],
    ["a Korean surname", "Kim said the talks would resume."],
    ["a common surname", "Johnson said the vote would be held."],
    ["a surname after a given name", "Karen Putin said hello."],
    ["a name qualifying a thing", "The Obama administration built the Trump Tower annex."],
    ["a surname used as a place", "The fire in Bolton spread."],
  ])("%s", (_label, text) => {
    expect(people(text).filter((m) => m.actor !== `person:${m.text.toLowerCase().replace(/ /g, "-")}`)).toEqual([]);
  });

  it("follows the article's own person with that surname", () => {
    const found = people("Michelle Obama spoke in Chicago. Obama said she was proud of the school.");
    expect(found.map((m) => m.actor)).toEqual(["person:michelle-obama", "person:michelle-obama"]);
  });

  it("does not read a woman's title and a surname as the figure", () => {
    expect(people("Mrs. Obama spoke to the students.").map((m) => m.actor)).not.toContain("person:barack-obama");
  });

  it("names no person in the negative cases of the actor finder", () => {
    expect(analyse("Negotiators met again. Yesterday the talks stalled. In May the talks resumed.").mentions).toEqual(
      [],
    );
  });
});

describe("the people dictionary's checks", () => {
  const inputs = {
    actors: shippedRegistry().actors,
    givenNames: new Set(["Cameron"]),
    commonWords: new Set(["may", "trump"]),
  };
  const build = (entries: unknown[]): PeopleDictionary =>
    new PeopleDictionary(
      entries.map((e) => personEntry.parse(e)),
      "people.yaml",
      inputs,
    );

  it("refuses a surname form that is an English word or a given name unless listed as a word alias", () => {
    expect(() => build([{ name: "Theresa May", aliases: ["May"], country: "GBR" }])).toThrow(
      'people.yaml: entry 1 (Theresa May), field "aliases": "May" is an English word or a given name',
    );
    expect(() => build([{ name: "David Cameron", aliases: ["Cameron"], country: "GBR" }])).toThrow(/given name/);
    expect(build([{ name: "Donald Trump", wordAliases: ["Trump"], country: "USA" }]).bySurname("Trump")?.id).toBe(
      "person:donald-trump",
    );
  });

  it("refuses a form two entries claim", () => {
    expect(() =>
      build([
        { name: "George W. Bush", aliases: ["Bush"], country: "USA" },
        { name: "George H. W. Bush", aliases: ["Bush"], country: "USA" },
      ]),
    ).toThrow(/entry 2 \(George H\. W\. Bush\), field "aliases": "Bush" is also entry 1's/);
  });

  it("refuses an office of an unknown body", () => {
    expect(() =>
      build([{ name: "Ann Example", country: null, roles: [{ title: "Chair", from: 2001, of: "org:nobody" }] }]),
    ).toThrow(/field "of": no actor "org:nobody"/);
  });

  it("ships figures whose every surname form passes these checks", () => {
    expect(shippedRegistry().people.size).toBeGreaterThan(400);
    expect(shippedRegistry().people.bySurname("Erdoğan")?.id).toBe("person:recep-tayyip-erdogan");
    expect(shippedRegistry().people.bySurname("al-Assad")?.id).toBe("person:bashar-al-assad");
    expect(shippedRegistry().people.byName("Kim Jong-un")?.id).toBe("person:kim-jong-un");
  });
});
