import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));

describe("stances stated as nouns", () => {
  it("reads a possessive name as the holder and the object as the content", () => {
    const [q] = quotesIn("Clinton’s criticism of the trade deal has grown sharper.");
    expect(q).toMatchObject({ kind: "indirect", speakerText: "Clinton", cue: { text: "criticism of" } });
    expect(q?.text.startsWith("the trade deal")).toBe(true);
  });

  it("takes a name opening the sentence for a possessive pronoun", () => {
    const [q] = quotesIn("Donald Trump is doubling down on his attacks on a former Miss Universe.");
    expect(q).toMatchObject({ text: "a former Miss Universe", speakerText: "Donald Trump", evidence: "inferred" });
  });

  it("resolves a possessive pronoun like a subject pronoun, keeping it as the anaphor", () => {
    const quotes = quotesIn(
      "Senator Elizabeth Warren spoke in Ohio on Monday. The crowd was small. Her support for the bill surprised aides.",
    );
    const q = quotes.find((x) => x.cue?.text === "support for");
    expect(q).toMatchObject({
      speakerText: "Elizabeth Warren",
      anaphor: { text: "Her" },
      evidence: "inferred",
    });
  });

  it("reads a that-clause after the noun", () => {
    const [q] = quotesIn("Sanders’s claim that the primary was rigged is false.");
    expect(q).toMatchObject({ speakerText: "Sanders", cue: { text: "claim that" } });
    expect(q?.text.startsWith("the primary was rigged")).toBe(true);
  });

  it("leaves a stretch another cue already attributes to it", () => {
    const quotes = quotesIn("The senator repeated their claim that the vote had been rigged in three counties.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.cue?.text).toBe("repeated");
  });
});

describe("naming verbs without quotation marks", () => {
  it("reads the object and what it is called as indirect content", () => {
    const [q] = quotesIn("Christie called him a political opportunist who has neglected his duties.");
    expect(q).toMatchObject({ kind: "indirect", speakerText: "Christie", cue: { text: "called" } });
    expect(q?.text.startsWith("him a political opportunist")).toBe(true);
  });
});

describe("transcript turns inside a quoted paragraph run", () => {
  it("gives each capitalised label its own direct quote", () => {
    const text = '"WALLACE: Will she be there at the debate?\n\n"PENCE: She will not be attending tomorrow night."';
    const quotes = quotesIn(text);
    expect(quotes.map((q) => [q.speakerText, q.kind])).toEqual([
      ["WALLACE", "direct"],
      ["PENCE", "direct"],
    ]);
  });

  it("leaves a label that names no speaker, or is not in capitals, inside the quote", () => {
    const quotes = quotesIn('Rubio said: "NOTE: we will win the state in November," and left.');
    expect(quotes[0]?.speakerText).toBe("Rubio");
    expect(quotes[0]?.text.startsWith("NOTE:")).toBe(true);
  });

  it("cuts the object of a cue in a text without punctuation instead of reading to its end", () => {
    const rambling = "and the talks went on ".repeat(100);
    const [q] = quotesIn(`Clinton’s criticism of the deal ${rambling}`);
    expect(q?.text.startsWith("the deal")).toBe(true);
    expect(q?.text.split(/\s+/u).length).toBeLessThanOrEqual(200);
    expect(q?.text.split(/\s+/u).length).toBeGreaterThan(100);
  });
});
