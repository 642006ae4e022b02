import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));

describe("stance nouns and their objects", () => {
  it("takes the subject of the verb that holds the noun as its holder", () => {
    const q = quotesIn("Governor Alvarez raised questions about the harbour contract on Monday.")[0];
    expect(q).toMatchObject({ kind: "indirect", speakerText: "Governor Alvarez", cue: { text: "questions about" } });
    expect(q?.text).toBe("the harbour contract on Monday");
  });

  it("reads a possessive with modifiers between it and the noun", () => {
    const q = quotesIn("Okafor’s long opposition to the pipeline cost him votes in the north.")[0];
    expect(q).toMatchObject({ speakerText: "Okafor", cue: { text: "opposition to" } });
    expect(q?.text.startsWith("the pipeline")).toBe(true);
  });

  it("gives an agent noun as its own holder", () => {
    const q = quotesIn("Rural supporters of the tariff gathered outside the ministry.")[0];
    expect(q).toMatchObject({ speakerText: "Rural supporters", cue: { text: "supporters of" } });
    expect(q?.text.startsWith("the tariff")).toBe(true);
  });

  it("reads the subject of the sentence when the noun follows a preposition", () => {
    const q = quotesIn("In Leeds, the mayor ended the evening with a call for calm.")[0];
    expect(q).toMatchObject({ speakerText: "the mayor", cue: { text: "call for" } });
    expect(q?.text).toBe("calm");
  });

  it("ends the object at the clause's comma", () => {
    const q = quotesIn("Their calls for the strike, which began on Friday, went unanswered.")[0];
    expect(q).toMatchObject({ speakerText: "Their", cue: { text: "calls for" } });
    expect(q?.text).toBe("the strike");
  });
});

describe("stance nouns: negative cases", () => {
  it("reads no stance from a noun without its linking word", () => {
    expect(quotesIn("The questions were printed on blue paper.")).toEqual([]);
    expect(quotesIn("Their support grew slowly over the summer.")).toEqual([]);
  });

  it("reads no stance from the same noun before another preposition", () => {
    expect(quotesIn("The call lasted ten minutes.")).toEqual([]);
    expect(quotesIn("Supporters in the square waved flags.")).toEqual([]);
  });

  it("reads no stance that nobody is said to hold", () => {
    expect(quotesIn("There were calls for a recount in two districts.")).toEqual([]);
    expect(quotesIn("Turnout was low, and talk about a second round faded.")).toEqual([]);
  });

  it("leaves a stretch another cue attributes to it", () => {
    const quotes = quotesIn("Mendes said support for the levy was falling.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.cue?.text).toBe("said");
  });

  it("reads nothing inside quotation marks", () => {
    const quotes = quotesIn("“Questions about the budget are welcome,” the chair said.");
    expect(quotes.map((q) => q.cue?.text)).toEqual(["said"]);
  });
});
