import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) =>
  findQuotes(text, splitSentences(text)).map((q) => ({ text: q.text, speaker: q.speakerText, cue: q.cue?.text }));

describe("attributions set off by commas inside the sentence", () => {
  it("reads the content before a parenthetical cue when the sentence goes on with the writer's words", () => {
    expect(quotesIn("Sales were great, he said, wiping sweat off his face.")).toEqual([
      { text: "Sales were great", speaker: "he", cue: "said" },
    ]);
    expect(
      quotesIn("It would take three weeks to convene the committee, he said, and wrangling could be paralyzing."),
    ).toEqual([{ text: "It would take three weeks to convene the committee", speaker: "he", cue: "said" }]);
  });

  it("reads a channel or a place inside the parenthesis as no part of the content", () => {
    const read = (text: string) => findQuotes(text, splitSentences(text))[0];
    const onCnn = read("The tax plan, Graham said on CNN, would cost billions of dollars.");
    expect(onCnn).toMatchObject({ text: "The tax plan would cost billions of dollars", speakerText: "Graham" });
    expect(onCnn?.via).toBe("CNN");
    expect(read("The plan, he said in Kyiv on Tuesday, is dead.")?.text).toBe("The plan is dead");
    expect(read("The tax plan, Graham said in a statement, would cost billions.")?.via).toBe("a statement");
  });

  it("leaves a clause after the preposition to the ordinary reading", () => {
    // "on the way out" is no channel: no comma closes it within a channel's length.
    const [quote] = findQuotes(
      "The policy, Sanders said on the way out of the hearing room after the vote, would cost a lot.",
      splitSentences("The policy, Sanders said on the way out of the hearing room after the vote, would cost a lot."),
    );
    expect(quote?.text.startsWith("The policy")).toBe(false);
  });

  it("joins both sides when the clause goes on after the parenthesis", () => {
    const [quote] = findQuotes(
      "The policy, Sanders said Tuesday, would cost a trillion dollars.",
      splitSentences("The policy, Sanders said Tuesday, would cost a trillion dollars."),
    );
    expect(
      quote?.parts?.map((p) =>
        "The policy, Sanders said Tuesday, would cost a trillion dollars.".slice(p.start, p.end),
      ),
    ).toEqual(["The policy", "would cost a trillion dollars"]);
    expect(quote?.speakerText).toBe("Sanders");
  });

  it("gives a participle after the parenthesis the same speaker", () => {
    expect(
      quotesIn(
        "Mr. Trump will speak at the club this month, Mr. Manafort said, adding that he would hold more events.",
      ),
    ).toEqual([
      { text: "Mr. Trump will speak at the club this month", speaker: "Mr. Manafort", cue: "said" },
      { text: "he would hold more events", speaker: "Mr. Manafort", cue: "adding" },
    ]);
    expect(quotesIn("“It will take time to recover,” Mr. Ackman said, adding that investors were wrong.")).toEqual([
      { text: "It will take time to recover,", speaker: "Mr. Ackman", cue: "said" },
      { text: "investors were wrong", speaker: "Mr. Ackman", cue: "adding" },
    ]);
  });

  it("reads an inverted cue followed by a long apposition", () => {
    expect(
      quotesIn(
        "Nor are tariffs likely to bring these jobs back, said David Autor, a professor of economics at M.I.T., who is one of the country's foremost specialists on trade.",
      ),
    ).toEqual([{ text: "Nor are tariffs likely to bring these jobs back", speaker: "David Autor", cue: "said" }]);
  });

  it("splits two attributions joined by “while”", () => {
    expect(
      quotesIn(
        "Among voters, 74 percent said they are set on Trump, while 22 percent said they might change their mind.",
      ),
    ).toEqual([
      { text: "they are set on Trump", speaker: "74 percent", cue: "said" },
      { text: "they might change their mind", speaker: "22 percent", cue: "said" },
    ]);
  });

  it("resolves a relative pronoun to the name a verb governs", () => {
    expect(quotesIn("Trump was out-brutalizing Ted Cruz, who said he would use waterboarding sparingly.")).toEqual([
      { text: "he would use waterboarding sparingly", speaker: "Ted Cruz", cue: "said" },
    ]);
  });

  // Negative and fall-back cases: the opening is a lead-in, or the parenthesis is part of a clause of its own.
  it("leaves a lead-in opening to the ordinary reading", () => {
    expect(quotesIn("After the vote, Trump said, the party would unite.")).toEqual([
      { text: "the party would unite", speaker: "Trump", cue: "said" },
    ]);
    expect(quotesIn("Six months ago, the senator said, the media considered him a fringe candidate.")).toEqual([
      { text: "the media considered him a fringe candidate", speaker: "the senator", cue: "said" },
    ]);
  });

  it("does not read the opening of a relative clause or a coordinated clause as content", () => {
    expect(
      quotesIn("He differed from Mr. Schultz, who works for RT and, Mr. King said, has seemed supportive of Trump."),
    ).toEqual([{ text: "has seemed supportive of Trump", speaker: "Mr. King", cue: "said" }]);
  });

  it("needs a comma after the inverted speaker before reading past the end of the sentence", () => {
    expect(
      quotesIn(
        "The plan is dead, said a source close to the talks who was not authorized to speak on the record about it.",
      ),
    ).toEqual([]);
  });
});
