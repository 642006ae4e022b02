import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));

describe("passive reports with their agent", () => {
  it("reads the subject as what was reported and the agent as the source", () => {
    const [q] = quotesIn("The meeting was first reported by Politico.");
    expect(q).toMatchObject({ text: "The meeting", speakerText: "Politico", kind: "indirect" });
  });

  it("stops the subject at a comma and after an auxiliary", () => {
    const [q] = quotesIn("In Iowa, the story had been reported by The Des Moines Register on Monday.");
    expect(q).toMatchObject({ text: "the story", speakerText: "The Des Moines Register" });
  });

  it("reads only speech: a stance or an act in the passive names no words", () => {
    expect(quotesIn("The plan has been welcomed by the European Union.")).toEqual([]);
    expect(quotesIn("The bill was signed by the governor on Friday.")).toEqual([]);
  });

  it("needs an agent and a subject that is a phrase", () => {
    expect(quotesIn("The meeting was first reported on Monday.")).toEqual([]);
    expect(quotesIn("He was told by aides.")).toEqual([]);
  });
});
