import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));

describe("complement cues: a verb outside the lexicon with a finite clause", () => {
  it("reads a verb and a “that” clause", () => {
    const [q] = quotesIn("The mayor grumbled that the new bridge would never open on time.");
    expect(q).toMatchObject({
      kind: "indirect",
      text: "the new bridge would never open on time",
      speakerText: "The mayor",
    });
    expect(q?.cue?.text).toBe("grumbled");
  });

  it("reads a verb and a clause opened by a subject pronoun and its auxiliary", () => {
    const [q] = quotesIn("Farmers in the valley grumble they will lose the harvest again.");
    expect(q).toMatchObject({ text: "they will lose the harvest again", speakerText: "Farmers in the valley" });
  });

  it("reads a verb in the progressive", () => {
    const [q] = quotesIn("The coach is grumbling that the team had played well enough to win.");
    expect(q).toMatchObject({ text: "the team had played well enough to win", speakerText: "The coach" });
  });
});

describe("complement cues: negative cases", () => {
  it("reads no relative clause after a noun", () => {
    expect(quotesIn("The council cut the budgets that the schools had planned for the spring.")).toEqual([]);
    expect(quotesIn("Volunteers repaired the roofs they lost in the winter storm.")).toEqual([]);
  });

  it("reads no clause of result after “so” or “such”", () => {
    expect(quotesIn("The river rose so quickly that the roads were closed by noon.")).toEqual([]);
  });

  it("reads no extraposed clause after “it is”", () => {
    expect(quotesIn("It is strange that the bridge has stayed closed for a year.")).toEqual([]);
  });

  it("reads no verb of ensuring or meaning", () => {
    expect(quotesIn("The new rules ensure that the vote will be counted by hand.")).toEqual([]);
    expect(quotesIn("The delay means that the vote will be held in March.")).toEqual([]);
  });
});
