import { describe, expect, it } from "vitest";
import { findTimes } from "./findTimes.js";

/** [text, published, the expression's text, expected TimeML value]: values that follow the narrative. */
const cases: Array<[string, string, string, string]> = [
  // anaphoric phrases take the last date mentioned
  [
    "On May 22, 1995, Farkas was made a general, and the following year he was appointed attaché.",
    "1998-04-18",
    "the following year",
    "1996",
  ],
  ["He fled to Florida in June 1998 and returned to Cuba later that year.", "2000-01-28", "later that year", "1998"],
  ["The mine collapsed on March 3, 2021. Rescuers arrived the next day.", "2025-09-16", "the next day", "2021-03-04"],
  ["The vote was held on Oct. 2, 2024. The day before, crowds gathered.", "2025-09-16", "The day before", "2024-10-01"],
  ["The strike began in 1984. That year, mines closed across the north.", "2025-09-16", "That year", "1984"],
  // "a year earlier" counts from the period just reported, at its precision
  [
    "Profit rose to $5 million in the third quarter from $4 million a year earlier.",
    "2025-10-30",
    "a year earlier",
    "2024-Q3",
  ],
  [
    "In the fiscal year ended Sept. 30, sales rose 15% from a year earlier.",
    "2025-11-02",
    "a year earlier",
    "2024-09-30",
  ],
  ["the 1988 second quarter", "1989-11-02", "the 1988 second quarter", "1988-Q2"],
  // a clock time takes the day of the event told in its sentence or just before
  [
    "The bomb went off on Oct. 23, 2024, in the capital. Police arrived at 10:35 a.m. to find the street empty.",
    "2025-09-16",
    "10:35 a.m.",
    "2024-10-23T10:35",
  ],
  [
    "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, police said.",
    "2025-09-16",
    "10:35 a.m.",
    "2025-09-12T10:35",
  ],
  ["Polls close at 2 p.m.", "2025-09-16", "2 p.m.", "2025-09-16T14:00"],
];

describe("narrative reference", () => {
  it.each(cases)("%s → %s", (text, published, phrase, value) => {
    const found = findTimes(text, published);
    const hit = found.find((t) => t.text === phrase);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit?.value).toBe(value);
  });

  it("marks values read from the narrative as inferred, anchored on the narrative", () => {
    const found = findTimes("He fled in June 1998 and returned later that year.", "2000-01-28");
    expect(found.find((t) => t.text === "later that year")).toMatchObject({
      evidence: "inferred",
      anchor: "narrative",
    });
  });

  it("falls back to the publication date when nothing was mentioned before", () => {
    const [t] = findTimes("That year, the mines closed.", "2025-09-16");
    expect(t).toMatchObject({ text: "That year", value: "2025", anchor: "publication" });
  });

  it("does not let a reporting date ('said Friday') anchor a comparison", () => {
    const text = "Net rose in the third quarter, the company said Friday, from $3 million a year earlier.";
    expect(findTimes(text, "2025-10-30").find((t) => t.text === "a year earlier")?.value).toBe("2024-Q3");
  });
});
