import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string, linkSpeaker?: Parameters<typeof findQuotes>[2]) =>
  findQuotes(text, splitSentences(text), linkSpeaker);

describe("findQuotes", () => {
  it("gives the content span without quotation marks, the speaker span and the cue", () => {
    const text = "“We are ready,” Rubio told Fox News.";
    const [quote] = quotesIn(text);
    expect(quote).toMatchObject({ kind: "direct", text: "We are ready,", speakerText: "Rubio", via: "Fox News" });
    expect(text.slice(quote?.start, quote?.end)).toBe("We are ready,");
    expect(text.slice(quote?.speakerStart, quote?.speakerEnd)).toBe("Rubio");
    expect(quote?.cue?.text).toBe("told");
    expect(quote?.evidence).toBe("stated");
  });

  it("links speakers through a pluggable linker, and resolves pronouns to the antecedent", () => {
    const text = "Secretary of State Marco Rubio landed in Doha. He said: “We will talk.”";
    const [quote] = quotesIn(text, {
      linkSpeaker: (speaker) => (speaker.text.endsWith("Rubio") ? "person:marco-rubio" : null),
    });
    expect(quote).toMatchObject({ speaker: "person:marco-rubio", speakerText: "Marco Rubio", evidence: "inferred" });
    expect(quote?.anaphor?.text).toBe("He");
  });

  it("takes speakers and channels from mentions when the actors stage ran", () => {
    const text = "“No deal,” Rubio said on X.";
    const [quote] = quotesIn(text, {
      mentions: [{ start: 11, end: 16, actor: "person:marco-rubio", text: "Rubio", evidence: "stated" }],
    });
    expect(quote).toMatchObject({ speaker: "person:marco-rubio", via: "X" });
  });

  it("keeps a multi-paragraph quote as one quote with its parts", () => {
    const text = "“The first part does not close.\n\n“The second does,” the spokesman said.";
    const quotes = quotesIn(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.parts).toHaveLength(2);
    expect(quotes[0]?.speakerText).toBe("the spokesman");
  });

  it("finds partial quotes only with a reporting cue, and indirect speech with its speaker", () => {
    const quotes = quotesIn("Qatar’s foreign ministry called the strike “a flagrant violation” of its sovereignty.");
    expect(quotes.map((q) => [q.kind, q.text])).toEqual([["partial", "a flagrant violation"]]);
    const indirect = quotesIn("He said Qatar had raised concerns about the plan.");
    expect(indirect.map((q) => [q.kind, q.text, q.speakerText])).toEqual([
      ["indirect", "Qatar had raised concerns about the plan", "He"],
    ]);
  });
});
