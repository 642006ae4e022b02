import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("findEvents: persons seized", () => {
  it.each([
    [
      "people seized by an armed group, in an attack on a state",
      "Hamas and allied groups seized 251 people in the attack on Israel.",
      "181 group:hamas>agent:civilians:ISR",
    ],
    ["hostages seized by gunmen", "Gunmen seized 20 hostages in Mali.", "181 agent:gunmen>"],
    ["a person seized by police", "Police seized the journalist Ahmed Mansoor in Dubai.", "173 agent:police>"],
    ["a ship seized", "Iran seized a British tanker in the Gulf.", "171"],
  ])("%s", (_case, text, first) => {
    expect(coded(text)[0]?.startsWith(first)).toBe(true);
  });
});
