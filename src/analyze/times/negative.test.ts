import { describe, expect, it } from "vitest";
import { findTimes } from "./findTimes.js";

/** Text that must yield no temporal expression at all. */
const negatives = [
  "Officials may decide to extend the program.",
  "May Ahmed, a nurse, spoke to reporters.",
  "Thousands march in the capital.",
  "Protesters plan to march on parliament.",
  "The Good Friday Agreement ended the Troubles.",
  "Black Friday shoppers crowded the mall.",
  "He finished second in the race.",
  "Wait a second, she said.",
  "The vote was 1,500 to 300.",
  "About 2000 people attended.",
  "Shares rose 3/8 to close at 12 1/2.",
  "A 6-year-old boy was rescued.",
  "Nearly three-quarters of voters agreed.",
  "A quarter of the population is over 65.",
  "The daily newspaper published the leak.",
  "Will Smith attended the ceremony.",
  "The fall of the regime surprised everyone.",
  "Prices rose 4.5 percent.",
  "Room 2024 was empty.",
  "Christmas Island is remote.",
  "The year-end bonus was generous.",
  "Two thousand people marched.",
  "Her day-to-day work continues.",
  "Each of the same size.",
];

describe("findTimes negative cases", () => {
  it.each(negatives)("finds nothing in %j", (text) => {
    expect(findTimes(text, "2025-09-16")).toEqual([]);
  });

  it("never throws on odd input", () => {
    for (const text of ["", "\u0000\uFFFF", "(".repeat(10_000), "May May May", "2024-13-45", "Friday".repeat(500)]) {
      expect(() => findTimes(text, "not a date")).not.toThrow();
    }
  });
});
