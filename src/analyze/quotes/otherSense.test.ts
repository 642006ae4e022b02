import { describe, expect, it } from "vitest";
import { isOtherSense } from "./otherSense.js";
import { tokenize } from "./tokens.js";

const at = (text: string, word: string): boolean => {
  const tokens = tokenize(text);
  return isOtherSense(
    tokens,
    tokens.findIndex((t) => t.lower === word),
  );
};

describe("isOtherSense", () => {
  it("reads a particle or preposition after the cue word as another sense", () => {
    expect(at("The win added to her lead", "added")).toBe(true);
    expect(at("He appeared on television", "appeared")).toBe(true);
    expect(at("Volunteers signed up early", "signed")).toBe(true);
    expect(at("Fans showed up at noon", "showed")).toBe(true);
    expect(at("She reported from the border", "reported")).toBe(true);
  });

  it("reads an “-ed” word between a count or preposition and a plural noun as an adjective", () => {
    expect(at("She leads by 271 pledged delegates", "pledged")).toBe(true);
    expect(at("She leads among pledged delegates", "pledged")).toBe(true);
  });

  it("keeps the speaking sense", () => {
    expect(at("He added that the plan was dead", "added")).toBe(false);
    expect(at("He appeared to reject the plan", "appeared")).toBe(false);
    expect(at("Trump signed the bill", "signed")).toBe(false);
    expect(at("The poll showed voters were divided", "showed")).toBe(false);
    expect(at("An ad in 2008 questioned whether he was ready", "questioned")).toBe(false);
    expect(at("Two senators pledged to block the bill", "pledged")).toBe(false);
  });
});
