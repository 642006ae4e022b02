import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "help" with a bare verb makes another act happen (BASIL, eval/events/precision.ts): no aid coded. */
describe("findEvents: help that gives nothing", () => {
  it.each([
    ["helped defeat a program", "Congressional Democrats helped defeat a job retraining program."],
    ["helped shut down", "The Justice Department's operations helped shut down the trafficking."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it.each([
    ["an actor helped to act", "The United States helped Ukraine defend itself.", "070"],
    ["helping to rebuild", "Japan will help rebuild Gaza.", "033"],
    ["help with aid", "Saudi Arabia helped Yemen with $2 billion in aid.", "070"],
  ])("%s stays aid", (_case, text, code) => {
    expect(coded(text).some((e) => e.startsWith(code))).toBe(true);
  });
});
