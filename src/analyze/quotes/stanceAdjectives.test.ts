import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));

describe("stances stated by a predicate adjective", () => {
  it("reads the subject as the holder and what follows the linking word as the content", () => {
    const [q] = quotesIn("Dairy farmers have long been critical of the water tariff.");
    expect(q).toMatchObject({
      kind: "indirect",
      speakerText: "Dairy farmers",
      cue: { text: "been critical of" },
    });
    expect(q?.text).toBe("the water tariff");
  });

  it("reads a that-clause and ends the content at the clause's comma", () => {
    const [q] = quotesIn("Minister Dale is adamant that the bridge will open in May, despite the floods.");
    expect(q).toMatchObject({ speakerText: "Minister Dale", cue: { text: "is adamant that" } });
    expect(q?.text).toBe("the bridge will open in May");
  });

  it("takes a relative pronoun before the copula to its antecedent", () => {
    const [q] = quotesIn("Growers who are wary of the new rules met in Fresno.");
    expect(q).toMatchObject({ speakerText: "Growers", anaphor: { text: "who" } });
    expect(q?.text.startsWith("the new rules")).toBe(true);
  });
});

describe("stances stated by a predicate adjective: negative cases", () => {
  it("reads no stance when the subject names nobody", () => {
    expect(quotesIn("It is clear that the budget will pass.")).toEqual([]);
    expect(quotesIn("There are few sure of the outcome.")).toEqual([]);
  });

  it("reads no stance from an adjective without its linking word or copula", () => {
    expect(quotesIn("The council was critical in the first round.")).toEqual([]);
    expect(quotesIn("A critical report on the harbour was published.")).toEqual([]);
    expect(quotesIn("The mayor is tired after the long session.")).toEqual([]);
  });

  it("reads nothing inside quotation marks as a stance of the subject", () => {
    const quotes = quotesIn("“We are confident that the vote will hold,” the chair said.");
    expect(quotes.map((q) => q.cue?.text)).toEqual(["said"]);
  });
});
