import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** Particles and homographs of phrasal verbs read as event verbs (BASIL, eval/events/precision.ts). */
describe("findEvents: 'pushed back', 'wound up', 'return fire'", () => {
  it.each([
    ["pushed back", "Sen. Charles Schumer pushed back hard on Saudi government objections to the legislation."],
    ["scales back", "But Congress often scales back the administration's requests."],
    ["wound up", "Trump wound up winning Wisconsin, Michigan and Pennsylvania."],
    ["return fire", "Republicans appear ready to return fire with a bomb of their own."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });
  it.each([
    ["backing a bid", "A handful of House Democrats backed Ryan's bid.", "051 group:democratic-party>named:ryan"],
    ["wounded", "Three soldiers were wounded in Kabul.", "190 agent:unidentified:AFG>agent:military"],
  ])("%s stays an event", (_case, text, expected) => {
    expect(coded(text)).toContain(expected);
  });
});
