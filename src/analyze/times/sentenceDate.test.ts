import { describe, expect, it } from "vitest";
import { findTimes } from "./findTimes.js";
import { sentenceDate } from "./sentenceDate.js";

describe("sentenceDate", () => {
  const text = "He met Trump on Friday. The talks lasted two hours. Aid arrived on Oct. 7, 2023.";
  const times = findTimes(text, "2025-09-16T08:00:00Z");

  it("takes the date of the sentence's expression", () => {
    expect(sentenceDate(times, { start: 0, end: 23 }, "2025-09-16T08:00:00Z")).toEqual({
      date: "2025-09-12",
      evidence: "inferred",
    });
    expect(sentenceDate(times, { start: 52, end: text.length }, "2025-09-16")).toEqual({
      date: "2023-10-07",
      evidence: "stated",
    });
  });

  it("falls back to the publication date, inferred, when the sentence only has a duration", () => {
    expect(sentenceDate(times, { start: 24, end: 51 }, "2025-09-16T08:00:00Z")).toEqual({
      date: "2025-09-16",
      evidence: "inferred",
    });
    expect(sentenceDate(times, { start: 24, end: 51 }, null)).toEqual({ date: null, evidence: "inferred" });
  });
});
