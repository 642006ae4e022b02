import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "commit" a wrong (BASIL, eval/events/precision.ts): no intent to cooperate. */
describe("findEvents: committing a wrong", () => {
  it.each([
    ["conspiracy to commit offenses", "Charges included conspiracy to commit offenses against the United States."],
    ["a passive 'committed'", "Most killings in America are committed with handguns."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it("committing troops stays an intent", () => {
    expect(coded("Egypt committed troops to the mission.").some((e) => e.startsWith("03"))).toBe(true);
  });
});
