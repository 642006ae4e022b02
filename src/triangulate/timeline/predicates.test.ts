import { describe, expect, it } from "vitest";
import { isEventNoun } from "./eventNouns.js";
import { predicates, tagSentence } from "./predicates.js";

const predicateWords = (text: string): string[] => predicates(tagSentence(text, 0, text.length)).map((p) => p.text);

describe("isEventNoun", () => {
  it.each(["closure", "announcement", "approval", "delivery", "bankruptcy", "deal", "crash", "landing", "sales"])(
    "%s names an event",
    (w) => expect(isEventNoun(w, w)).toBe(true),
  );
  it.each(["station", "government", "nation", "morning", "building", "percent", "company", "engine", "earnings"])(
    "%s does not",
    (w) => expect(isEventNoun(w, w)).toBe(false),
  );
});

describe("predicates", () => {
  it("verbs and event nouns, not auxiliaries or other nouns", () => {
    expect(predicateWords("The company has announced the closure of two plants.")).toEqual(["announced", "closure"]);
  });

  it("a phrasal verb is one predicate", () => {
    expect(predicateWords("Boeing rolled out the jet.")).toEqual(["rolled out"]);
  });

  it("repairs a verb after a numbered name and after a modal", () => {
    expect(predicateWords("The FTSE 100 fell 8 percent.")).toEqual(["fell"]);
    expect(predicateWords("It said it would close plants.")).toEqual(["said", "close"]);
  });

  it("a gerund modifying a noun is no event", () => {
    expect(predicateWords("A shipping company hired staff.")).toEqual(["hired"]);
  });

  it("offsets point into the text", () => {
    const text = "Shares fell.";
    const [p] = predicates(tagSentence(text, 0, text.length));
    expect(p === undefined ? null : text.slice(p.start, p.end)).toBe("fell");
  });

  it("nothing in empty or wordless text", () => {
    expect(predicateWords("")).toEqual([]);
    expect(predicateWords("... !!")).toEqual([]);
  });
});
