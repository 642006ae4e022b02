import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** Offers of words or views, which are statements, not intents to cooperate (BASIL, eval/events/precision.ts). */
describe("findEvents: an offer of words", () => {
  it.each([
    ["a critique", "Mr. Steele said in a speech in which he offered a strong critique of President Obama's strategy."],
    ["a quoted answer", "Mr. Trump offered an emphatic “yes” when asked."],
    ["support for a candidacy", "Rand Paul offered his support for Labrador's candidacy."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });
  it.each([
    ["an offer to act", "Libya has offered to hand over two suspects to Britain.", "0313 country:LBY>country:GBR"],
    ["an offer of troops", "Syria has again offered its troops to Lebanon.", "0334 country:SYR>country:LBN"],
  ])("%s stays an offer", (_case, text, expected) => {
    expect(coded(text)).toContain(expected);
  });
});
