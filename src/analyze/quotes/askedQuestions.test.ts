import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));
const asked = (text: string) => quotesIn(text).filter((q) => q.cue?.text.toLowerCase() === "asked");

describe("questions put to someone, in the passive", () => {
  it("reads a wh-question opening the sentence, with no speaker when the asker is unnamed", () => {
    const quotes = quotesIn("Asked whether he would support Trump, Rubio said he would keep his word.");
    expect(quotes[0]).toMatchObject({ text: "whether he would support Trump", speakerText: null, kind: "indirect" });
    // The answer keeps its own attribution.
    expect(quotes[1]).toMatchObject({ text: "he would keep his word", speakerText: "Rubio" });
  });

  it("reads the topic after “when asked about”, leaving out “about”", () => {
    const [q] = asked("“We will see,” Sanders said when asked about the merger.");
    expect(q).toMatchObject({ text: "the merger", speakerText: null });
  });

  it("skips a time or place before the question", () => {
    const [q] = asked("Asked at a briefing Monday in Washington about Suu Kyi's future role, he demurred.");
    expect(q?.text).toBe("Suu Kyi's future role");
  });

  it("takes a named asker after “by” as the speaker", () => {
    const [q] = asked("She was asked by Matt Lauer whether she had practiced her speech.");
    expect(q).toMatchObject({ text: "whether she had practiced her speech", speakerText: "Matt Lauer" });
  });

  it("reads nothing when no question follows", () => {
    expect(asked("Asked, she smiled and walked on.")).toEqual([]);
    expect(asked("Asked to leave the stage, the protester refused.")).toEqual([]);
  });

  it("leaves an active “asked” to the other rules", () => {
    const [q] = quotesIn("The senator asked whether the budget would pass.");
    expect(q?.speakerText).toBe("The senator");
  });
});
