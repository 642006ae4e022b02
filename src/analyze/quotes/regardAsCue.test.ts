import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";
import { regardAsCue } from "./regardAsCue.js";
import { tokenize } from "./tokens.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));

describe("regardAsCue", () => {
  it("is a naming cue when its object is followed by “as”", () => {
    expect(regardAsCue(tokenize("Farmers see the new levy as a burden"), 1)).toEqual({
      kind: "naming",
      from: 1,
      to: 2,
    });
    expect(regardAsCue(tokenize("The council regards all three plans as too costly"), 2)).not.toBeNull();
  });

  it("is no cue without an object, without “as”, or before a conjunction", () => {
    expect(regardAsCue(tokenize("We will see as the vote nears"), 2)).toBeNull();
    expect(regardAsCue(tokenize("Farmers see the new levy on Friday"), 1)).toBeNull();
    expect(regardAsCue(tokenize("Farmers saw the levy rise as prices fell"), 1)).not.toBeNull();
    expect(regardAsCue(tokenize("Farmers will see results as soon as Monday"), 2)).toBeNull();
    expect(regardAsCue(tokenize("Farmers saw that the levy was coming as expected"), 1)).toBeNull();
  });
});

describe("quotes of regarding: “see X as Y”", () => {
  it("reads the object and what it is taken for, with the subject as the holder", () => {
    const [q] = quotesIn("Many dairy farmers see the new levy as a threat to small herds.");
    expect(q).toMatchObject({ text: "the new levy as a threat to small herds", speakerText: "Many dairy farmers" });
    expect(q?.cue?.text).toBe("see");
  });

  it("reads a pronoun object", () => {
    const [q] = quotesIn("Union leaders viewed it as a betrayal of the workers.");
    expect(q).toMatchObject({ text: "it as a betrayal of the workers", speakerText: "Union leaders" });
  });
});
