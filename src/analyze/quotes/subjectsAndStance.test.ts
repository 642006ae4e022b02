import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));

describe("questions put to a speaker", () => {
  it("does not give the speaker the reporter's question as their words: the question has no named speaker", () => {
    const quotes = quotesIn("Asked whether he would support Trump, Rubio said he would wait for the convention.");
    expect(quotes.map((q) => [q.text, q.speakerText])).toEqual([
      ["whether he would support Trump", null],
      ["he would wait for the convention", "Rubio"],
    ]);
  });
});

describe("subjects before a cue", () => {
  it("steps over a negated auxiliary: “I don’t see”", () => {
    const [q] = quotesIn("Mr. Bush said on Monday: I don’t see any future for this party without reform.");
    expect(q?.speakerText).not.toMatch(/don’t/u);
  });

  it("reads the pronoun of a contraction as the subject: “he’s said”", () => {
    const q = quotesIn("Donald Trump spoke in Iowa on Monday. He’s said that the wall will be built by Mexico.").find(
      (x) => x.cue?.text === "said",
    );
    expect(q).toMatchObject({ anaphor: { text: "He" }, speakerText: "Donald Trump" });
  });

  it("steps over “now” and “long”: “Clinton has long argued”", () => {
    const q = quotesIn("Clinton has long argued that the banks must be regulated more tightly.").find(
      (x) => x.cue?.text === "argued",
    );
    expect(q?.speakerText).toBe("Clinton");
  });
});

describe("stance predicates with their object", () => {
  it("reads what a subject touts as the content", () => {
    const [q] = quotesIn("The senator touts a plan that would cut drug prices for seniors.");
    expect(q).toMatchObject({ kind: "indirect", speakerText: "The senator" });
    expect(q?.text.startsWith("a plan that would cut drug prices")).toBe(true);
  });

  it("reads no quote from an everyday verb of wanting or seeing", () => {
    expect(quotesIn("Most Republicans want a nominee who can beat Clinton in November.")).toEqual([]);
    expect(quotesIn("Voters see a close race in Ohio this year.")).toEqual([]);
  });

  it("reads nothing for a stance verb with no subject before it", () => {
    expect(quotesIn("See the full list of delegates below.")).toEqual([]);
  });
});
