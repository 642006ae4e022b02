import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** A warning that predicts is no threat (the demo's Peru earthquake, BASIL; eval/events/precision.ts). */
describe("findEvents: a warning of what may happen is no threat", () => {
  it.each([
    [
      "a 'that' clause of facts with an actor inside",
      "Engineers have warned for years that millions of Peruvians live in such homes.",
    ],
    ["a subject moved out", "Officials reported 67 dead, figures that officials warned would rise."],
    ["a clause with no 'that'", "Obama warned the bill could cause chaos in U.S. foreign affairs."],
    [
      "an addressee, then a clause of facts",
      "They said they warned Republicans who voted for the bill that it was destined for trouble.",
    ],
  ])("%s codes no threat", (_case, text) => {
    expect(coded(text).filter((e) => e.startsWith("13"))).toEqual([]);
  });

  it.each([
    ["a pronoun with a modal of acting", "Iran warned that it would attack Israel.", "138 country:IRN>country:ISR"],
    [
      "an actor with a modal of acting",
      "Police warned that they will no longer tolerate rallies.",
      "130 agent:police>",
    ],
    ["a bare warning to an actor", "China warned the United States on Monday.", "130 country:CHN>country:USA"],
  ])("%s stays a threat", (_case, text, first) => {
    expect(coded(text)[0]?.startsWith(first)).toBe(true);
  });
});
