import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** A thing as the subject of an act only actors do (BASIL, eval/events/precision.ts): nothing coded. */
describe("findEvents: a thing as the subject of cooperation or yielding", () => {
  it.each([
    ["a law allows", "The new law allows businesses to refuse service to gay couples."],
    ["legislation that allows", 'Democrats call SB1062 "toxic" legislation that allows discrimination.'],
    ["a pledge helped", "The campaign pledge to clean up Washington helped catapult Democrats into the majority."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it("a participle right after a thing codes nothing", () => {
    expect(
      coded("Officials have allowed Colorado to move ahead with state-run programs allowing medical marijuana."),
    ).toHaveLength(1);
  });

  it.each([
    ["a state allows", "Israel allowed aid trucks into Gaza on Monday.", "086"],
    ["the government allows", "The government allowed the march to go ahead.", "080"],
    ["an infinitive after a decision", "Mr. Trump's decision to pull out of Syria was the last straw.", "087"],
  ])("%s stays an event", (_case, text, code) => {
    expect(coded(text).some((e) => e.startsWith(code))).toBe(true);
  });
});
