import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));

describe("a participle clause opening the sentence", () => {
  it("gives its object the main clause's subject as the speaker", () => {
    const [q] = quotesIn("After praising the harbour plan, Mayor Ellis left the stage.");
    expect(q).toMatchObject({ text: "the harbour plan", speakerText: "Mayor Ellis", cue: { text: "praising" } });
  });

  it("reads a pronoun subject and a participle with no subordinator", () => {
    expect(quotesIn("While criticizing the ferry fares, she voted for the budget.")[0]).toMatchObject({
      text: "the ferry fares",
      speakerText: "she",
    });
    expect(quotesIn("Pointing to the budget gap, Ellis left the meeting early.")[0]).toMatchObject({
      text: "the budget gap",
      speakerText: "Ellis",
    });
  });

  it("gives no speaker when no name or pronoun follows the clause", () => {
    for (const text of [
      "After praising the harbour plan, the crowd left the square.",
      "Praising the harbour plan was easy for everyone in the room.",
    ]) {
      expect(quotesIn(text).filter((q) => q.cue?.text.toLowerCase() === "praising")).toEqual([]);
    }
  });
});
