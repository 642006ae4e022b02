import { describe, expect, it } from "vitest";
import type { Quote } from "../../article.js";
import { quoteItems } from "./quoteItems.js";
import { longestSharedRun, sameWords } from "./sameWords.js";
import { testArticle } from "./testArticle.js";

/** One quote item: the words, given to someone, in a one-sentence article. */
function item(id: string, words: string, kind: Quote["kind"] = "direct") {
  const article = testArticle({
    id,
    text: `"${words}" Someone said.`,
    quotes: [{ text: words, speaker: "person:someone", kind }],
  });
  const [first] = quoteItems([article], (x) => x);
  if (first === undefined) throw new Error("no quote item");
  return first;
}

describe("longestSharedRun", () => {
  it("counts consecutive stems shared in order", () => {
    expect(longestSharedRun(["give", "troop", "support", "win", "war"], ["support", "win", "war", "terror"])).toBe(3);
    expect(longestSharedRun(["a", "b", "c"], ["c", "b", "a"])).toBe(1);
  });

  it("does not count a run made only of names", () => {
    const names = new Set(["jeff", "session"]);
    expect(longestSharedRun(["attorney", "jeff", "session"], ["jeff", "session", "recus"], names)).toBe(0);
    expect(longestSharedRun(["attorney", "jeff", "session"], ["attorney", "jeff", "session"], names)).toBe(3);
  });
});

describe("sameWords", () => {
  it("meets two cuts of one long quote by a run of five content words", () => {
    // BASIL: one outlet starts the quote earlier and stops it later than the other.
    const a = item(
      "a",
      "There is no question that America must win the war on terror. And, for the sake of the security of the free world, our country must give our troops the support necessary to win",
    );
    const b = item(
      "b",
      "For the sake of the security of the free world, our country must give our troops the support necessary to win this war, As we have learned the hard way",
    );
    expect(sameWords(a, b)).toBe(true);
  });

  it("meets a fragment quoted inside the full sentence", () => {
    const full = item(
      "a",
      "Those subpoenas will be designed to maximize our chance of getting the information that we need, and we will use them.",
    );
    const fragment = item(
      "b",
      "will be designed to maximize our chance of getting the information that we need",
      "partial",
    );
    expect(sameWords(full, fragment)).toBe(true);
  });

  it("meets nearly identical wordings however they are cut", () => {
    const a = item("a", "Nobody at this table wants a trade war, but nobody is going to sign a bad deal either,");
    const b = item("b", "Nobody at this table wants a trade war, but nobody will sign a bad deal,");
    expect(sameWords(a, b)).toBe(true);
  });

  it("does not meet a run of four content words, a stock phrase or a shared name", () => {
    const full = item(
      "a",
      "The decision is not only a departure from typical bureau practice, but also contradicts the director's testimony",
    );
    expect(sameWords(full, item("b", "a departure from typical bureau practice", "partial"))).toBe(false);
    expect(sameWords(item("a", "We are ready,"), item("b", "We are ready,"))).toBe(false);
    expect(
      sameWords(
        item("a", "I talked to Attorney General Jeff Sessions about the border on Monday"),
        item("b", "Attorney General Jeff Sessions should recuse himself from the inquiry"),
      ),
    ).toBe(false);
  });

  it("meets reported speech only when nearly all its words are the other's, not by a run in a paraphrase", () => {
    const reported = item(
      "a",
      "the two incidents on consecutive days in the national park were not related and were not due to bad weather",
      "indirect",
    );
    const same = item(
      "b",
      "the two incidents on consecutive days in the national park were not related and were not due to bad weather",
      "indirect",
    );
    expect(sameWords(reported, same)).toBe(true);
    // Two officials confirming one fact in their own words: a run of shared words, not the same statement.
    const paraphrase = item(
      "c",
      "the fire was set at the entrance and moved inward as a small group of women were working on crafts in the hall",
      "indirect",
    );
    const other = item(
      "d",
      "the fire broke out Friday night while a small group of women were working on crafts",
      "indirect",
    );
    expect(sameWords(paraphrase, other)).toBe(false);
  });
});
