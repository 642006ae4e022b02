import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "meet" a requirement or resistance (BASIL, eval/events/precision.ts): no meeting. */
describe("findEvents: meeting a requirement", () => {
  it.each([
    ["meet resistance", "The plan is expected to meet resistance from Ms. Pelosi."],
    ["meet the deadline", "Israel met the deadline on Monday."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it.each([
    ["meeting a person", "Trump met Putin in Helsinki on Monday.", "04"],
    [
      "a demand named after the person",
      "Trump will meet Kim Jong Un to discuss the demand for sanctions relief.",
      "036",
    ],
  ])("%s stays a meeting", (_case, text, code) => {
    expect(coded(text).some((e) => e.startsWith(code))).toBe(true);
  });
});
