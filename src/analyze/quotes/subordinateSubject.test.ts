import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));

describe("cues under a preposition or after “to”", () => {
  it("gives a participle after “by” the sentence's subject", () => {
    const [q] = quotesIn("Gary Hart started winning Senate campaigns by denouncing the New Deal.");
    expect(q).toMatchObject({ text: "the New Deal", speakerText: "Gary Hart", cue: { text: "denouncing" } });
  });

  it("gives an infinitive of purpose the sentence's subject", () => {
    const [q] = quotesIn("Tom Emanuel stood at a Bush event here to say he was leaning toward Mr. Trump.");
    expect(q).toMatchObject({ text: "he was leaning toward Mr. Trump", speakerText: "Tom Emanuel" });
  });

  it("reads a speech participle after “while” or “but” like one after a comma", () => {
    const quotes = quotesIn("Mr. Sanders dismissed the polls while saying that he respects Mrs. Clinton.");
    // The object of "dismissed" ends where the participle's clause begins.
    expect(quotes.map((q) => [q.text, q.speakerText, q.cue?.text])).toEqual([
      ["the polls", "Mr. Sanders", "dismissed"],
      ["he respects Mrs. Clinton", "Mr. Sanders", "saying"],
    ]);
  });

  it("gives no speaker when the sentence opens with no subject", () => {
    for (const text of [
      "Even this week, the crowd came to endorse the plan for the park.",
      "It is easy to criticize the length of American campaigns.",
    ]) {
      for (const q of quotesIn(text)) expect(q.speakerText ?? "").not.toMatch(/^(?:Even|It)\b/u);
    }
  });
});
