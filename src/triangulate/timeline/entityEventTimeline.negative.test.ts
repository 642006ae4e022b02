import { describe, expect, it } from "vitest";
import { entityEventTimeline } from "./entityEventTimeline.js";
import { entityFixture } from "./testEntityEvents.js";

const words = (entity: string, ...texts: string[]): string[] =>
  entityFixture({
    entity,
    articles: texts.map((text, i) => ({ id: `n-${i}`, published: "2020-05-04T10:00:00Z", text })),
  }).map((e) => e.word);

describe("entityEventTimeline: what it must not find", () => {
  it("nothing for an entity the articles do not name", () => {
    expect(words("Kestrel Foods", "Rival grocers raised prices on Monday.")).toEqual([]);
  });

  it("nothing for an empty name or no articles", () => {
    expect(entityEventTimeline({ articles: [], actors: [] }, "Kestrel Foods")).toEqual([]);
    expect(words("", "Kestrel Foods raised prices.")).toEqual([]);
    expect(words("  ", "Kestrel Foods raised prices.")).toEqual([]);
  });

  it("not the maker inside its product's name", () => {
    expect(words("Aerion", "The Aerion X700 landed in Lyon.")).toEqual([]);
  });

  it("not an acronym no article spells out", () => {
    expect(words("Vandor Rail Company", "VRC raised fares.")).toEqual([]);
  });

  it("not a surname written in lower case", () => {
    expect(words("Jon Press", "The press conference ended early.")).toEqual([]);
  });

  it("not a pronoun that a nearer name precedes", () => {
    expect(words("Kestrel Foods", "Kestrel Foods lost money. Analysts at Brenner Bank said it would recover.")).toEqual(
      ["lost"],
    );
  });

  it("not a pronoun when the entity was not the previous sentence's subject", () => {
    expect(words("Kestrel Foods", "Regulators fined Kestrel Foods. It appealed.")).toEqual(["fined"]);
  });

  it("not the predicates of a subordinate clause about something else", () => {
    expect(words("Kestrel Foods", "Kestrel Foods said that the weather ruined crops.")).toEqual(["said"]);
  });

  it("never throws on odd text", () => {
    for (const text of ["", " ", "\u0000\u0001", "((((", "Kestrel Foods", "Kestrel Foods ".repeat(500)])
      expect(() => words("Kestrel Foods", text)).not.toThrow();
  });

  it("never throws on a hostile entity name, and finds a name with punctuation as written", () => {
    for (const name of ["((.*[", "\\", "\u0000\uFFFD", "S&P (500)?", "x".repeat(10_000)])
      expect(() => words(name, "Kestrel Foods raised prices. S&P (500)? fell.")).not.toThrow();
    expect(words("((.*[", "Kestrel Foods raised prices on Monday.")).toEqual([]);
  });
});
