import { describe, expect, it } from "vitest";
import { isBodyText, isHeadlineLike } from "./isHeadlineLike.js";

describe("isHeadlineLike", () => {
  it.each([
    "Grid operator orders rolling blackouts as heatwave strains supply",
    "Coal plant closure delayed again, regulator says",
    "Ferry fares to rise, operators say",
    "Can The Truce Hold?",
    "Why now",
  ])("is headline-like: %s", (line) => {
    expect(isHeadlineLike(line)).toBe(true);
  });

  it.each([
    "The operator said it would publish a schedule.",
    "The ferry operator said on Monday that the crossing would stay closed as the",
    "officials said",
    "Islanders have been relying on a cargo flight, officials say.",
  ])("is not headline-like: %s", (line) => {
    expect(isHeadlineLike(line)).toBe(false);
  });
});

describe("isBodyText", () => {
  it("counts sentences and long lines as body, headlines not", () => {
    expect(isBodyText("Engineers said the repairs would take ten more days.")).toBe(true);
    expect(isBodyText("Coal plant closure delayed again, regulator says")).toBe(false);
  });
});
