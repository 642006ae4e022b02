import { describe, expect, it } from "vitest";
import { entityNames, linkEntity } from "./entityNames.js";

const forms = (entity: string): string[] => entityNames(entity, []).forms.map((f) => f.words.join(" "));

describe("entityNames", () => {
  it("reads forms off an organisation's name: one word, a capitalised ending, an acronym", () => {
    expect(forms("United States Air Force")).toEqual([
      "united states air force",
      "unitedstatesairforce",
      "states air force",
      "air force",
      "usaf",
    ]);
  });

  it("drops a descriptor tail and keeps a leading code ('FTSE 100 index' → 'FTSE 100', 'FTSE')", () => {
    expect(forms("FTSE 100 index")).toEqual(expect.arrayContaining(["ftse 100", "ftse"]));
    expect(forms("Dow Jones Industrial Average")).toEqual(expect.arrayContaining(["dow jones"]));
  });

  it("takes a model designation and the name after a model number", () => {
    expect(forms("Airbus A380")).toContain("a380");
    expect(forms("Boeing 787 Dreamliner")).toEqual(expect.arrayContaining(["dreamliner"]));
  });

  it("gives a person a surname and no acronym", () => {
    const names = entityNames("Maria Lindqvist", []);
    expect(names.person).toBe(true);
    expect(names.forms.map((f) => f.words.join(" "))).toEqual(["maria lindqvist", "marialindqvist", "lindqvist"]);
  });

  it("no lower-case function word as an ending or a bare country ('Bank of America' ↛ 'of America', 'America')", () => {
    expect(forms("Bank of America")).not.toContain("of america");
    expect(forms("Bank of America")).not.toContain("america");
    expect(forms("Singapore Airlines")).not.toContain("singapore");
  });

  it("nothing for an empty name", () => {
    expect(entityNames("", []).forms).toEqual([]);
  });
});

describe("linkEntity", () => {
  const actors = [
    { id: "named:air-force", name: "Air Force", type: "organization" },
    { id: "country:USA", name: "United States", type: "country", aliases: ["US"] },
    { id: "person:ada-okafor", name: "Ada Okafor", type: "person", aliases: ["Okafor"] },
  ];

  it("links by name, alias or a multi-word ending, never a country by a part of the name", () => {
    expect(linkEntity(actors, "United States Air Force")).toEqual(["named:air-force"]);
    expect(linkEntity(actors, "Ada Okafor")).toEqual(["person:ada-okafor"]);
    expect(linkEntity(actors, "US")).toEqual(["country:USA"]);
    expect(linkEntity(actors, "Okafor Holdings")).toEqual([]);
  });
});
