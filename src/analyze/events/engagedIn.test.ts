import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "engage in" an activity that is no fight (BASIL, eval/events/precision.ts): no force coded. */
describe("findEvents: engaging in an activity", () => {
  it.each([
    ["a debate's back-and-forth", "Biden and Ryan did engage in a lengthy back-and-forth in the middle of the debate."],
    ["political shenanigans", "His administration has engaged in the kind of political shenanigans he criticized."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it.each([
    ["engaging an enemy", "Russian forces engaged Ukrainian troops near Bakhmut."],
    ["engaging in fighting", "Taliban fighters engaged in heavy fighting with Afghan forces."],
  ])("%s stays force", (_case, text) => {
    expect(coded(text).some((e) => e.startsWith("190"))).toBe(true);
  });
});
