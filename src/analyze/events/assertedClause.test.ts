import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "insist" and "concede" with a clause of fact assert (BASIL, eval/events/precision.ts): no demand, no yielding. */
describe("findEvents: insisting or conceding a fact", () => {
  it.each([
    ["insisted it was", "Mr. Clapper insisted it was not an undisclosed collection program."],
    ["insisted that … never offered", "The source insisted that the White House never offered Sestak the job."],
    ["conceded that … existed", "The agency conceded for the first time that the program existed."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it.each([
    ["a bare verb after 'that'", "Trump is insisting that Congress appropriate $5.7 billion for the wall.", "100"],
    ["'must' after 'that'", "Israel insisted that Hamas must disarm.", "100"],
    ["conceding defeat", "Russia conceded defeat in the talks.", "080"],
  ])("%s stays an event", (_case, text, code) => {
    expect(coded(text).some((e) => e.startsWith(code))).toBe(true);
  });
});
