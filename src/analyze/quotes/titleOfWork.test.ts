import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";
import { isTitleOfWork } from "./titleOfWork.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));
const title = (text: string): boolean => {
  const open = text.search(/[“"]|''/u);
  const close = text.slice(open + 2).search(/[”"]|''/u);
  const words =
    text
      .slice(open, open + 2 + close)
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 9) ?? [];
  return isTitleOfWork(text, open, words);
};

describe("isTitleOfWork", () => {
  it("reads a title-case quote after a work noun as a title", () => {
    expect(title("Rubio said in his 2012 book, “An American Son.”")).toBe(true);
    expect(title("the former host of the reality show “The Apprentice,” said")).toBe(true);
    expect(title("In his new book, ''Doomed to Succeed,'' Mr. Ross")).toBe(true);
    expect(title("inspecting Trump's new book, “Crippled America: How to Make America Great Again,”")).toBe(true);
  });

  it("leaves quoted clauses, naming verbs and quotes far from a work noun", () => {
    // A clause is not in title case.
    expect(title("He called the book “a pack of lies from start to finish,” and left.")).toBe(false);
    // PolNeAR marks "titled"/"called" as attribution: those stay quotes.
    expect(title("the spot titled “Dangerous,” which ran in Iowa")).toBe(false);
    expect(title("a short film called “Tenemos Familias”")).toBe(false);
    expect(title("The senator said “We Will Win This Fight” to cheers.")).toBe(false);
  });
});

describe("titles of works in findQuotes", () => {
  it("do not take the sentence's cue", () => {
    const quotes = quotesIn(
      "In his new book, “Doomed to Succeed,” and in an interview, Mr. Ross said Mr. Obama had told Jewish leaders that he would change course.",
    );
    expect(quotes.map((q) => [q.kind, q.speakerText])).toEqual([["indirect", "Mr. Ross"]]);
    expect(quotes[0]?.text).toMatch(/^Mr\. Obama had told/u);
  });

  it("are no quotes of their own", () => {
    expect(quotesIn("Congregants pass around copies of his memoir, “Gifted Hands,” and watch the biopic.")).toEqual([]);
  });

  it("leave a quote after the work noun that is a clause", () => {
    const quotes = quotesIn("Of his critics’ book, Trump said: “It is a total disgrace and a waste of paper.”");
    expect(quotes.map((q) => [q.kind, q.speakerText])).toEqual([["direct", "Trump"]]);
  });
});
