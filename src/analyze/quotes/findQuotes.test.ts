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

describe("findQuotes conventions of political news", () => {
  it("reads two apostrophes as a quotation mark and keeps a cue-less continuation with its quote", () => {
    const text = "''We are ready,'' said Mr. Holtz-Eakin. ''The talks go on.''";
    const quotes = quotesIn(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.parts?.map((p) => text.slice(p.start, p.end))).toEqual(["We are ready,", "The talks go on."]);
    expect(quotes[0]?.speakerText).toBe("Mr. Holtz-Eakin");
  });

  it("resolves a relative pronoun subject to its antecedent and keeps the pronoun as the anaphor", () => {
    const text = "The bill was backed by Joe Manchin, who said the mines would close without it.";
    const [quote] = quotesIn(text);
    expect(quote).toMatchObject({ kind: "indirect", text: "the mines would close without it" });
    expect(quote?.anaphor?.text).toBe("who");
    expect(quote?.speakerText).toBe("Joe Manchin");
  });

  it("takes speakers from a line label or a dash signature", () => {
    const text = "PENCE: We will accept the result of the election.\n\n“He scares me,” ― Krystal Correa";
    expect(quotesIn(text).map((q) => [q.kind, q.speakerText])).toEqual([
      ["direct", "PENCE"],
      ["direct", "Krystal Correa"],
    ]);
  });

  it("splits a sentence with two attributions at the coordinator", () => {
    const text = "Authorities announced the arrest of a man and said a curfew would continue through the weekend.";
    expect(quotesIn(text).map((q) => [q.text, q.cue?.text])).toEqual([
      ["the arrest of a man", "announced"],
      ["a curfew would continue through the weekend", "said"],
    ]);
  });
});
