import { describe, expect, it } from "vitest";
import type { Candidate } from "./candidate.js";
import { findCandidates, resolveOverlaps } from "./findTimes.js";
import { tenseAround } from "./tense.js";

/** A text with no sentence or clause break at all, as a page of one paragraph without punctuation would be. */
const unbroken = (size: number): string =>
  "the talks went on and on and on ".repeat(Math.ceil(size / 32)).slice(0, size);

const candidate = (start: number, end: number, rule = "chrono"): Candidate => ({
  start,
  end,
  value: "2024-03-05",
  type: "DATE",
  precision: "day",
  evidence: "stated",
  rule,
});

describe("the times stage on long texts", () => {
  it("reads a clause only within reach of the expression, however far the next break is", () => {
    const text = `${unbroken(1_000_000)} and he met them on Friday`;
    const at = text.length - 6;
    expect(tenseAround(text, at, text.length)).toBe("past");
    // Scaling (each expression used to search to the end of the text) is measured by `eval/robustness.ts --phases
    // scaling`, not timed here.
  });

  it("still stops a clause at its break", () => {
    expect(tenseAround("The vote was held. It will be on Friday", 34, 40)).toBe("future");
    expect(tenseAround("It will be on Friday; the vote was held", 14, 20)).toBe("future");
  });

  it("keeps the longest of overlapping candidates, in text order, however many there are", () => {
    expect(
      resolveOverlaps([candidate(10, 15), candidate(0, 5), candidate(3, 12), candidate(12, 14, "namedAnchor")]),
    ).toEqual([candidate(3, 12), candidate(12, 14, "namedAnchor")]);
    const many = Array.from({ length: 60_000 }, (_, i) => candidate(i * 10, i * 10 + 6));
    expect(resolveOverlaps([...many].reverse())).toEqual(many);
  });

  it("finds every date of a 300 KB text without a break", () => {
    const text = "on March 3, 2024 and Tuesday ".repeat(10_000);
    const found = findCandidates(text, { year: 2024, month: 3, day: 5 });
    expect(found.length).toBeGreaterThan(10_000);
  });
});
