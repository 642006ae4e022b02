import { describe, expect, it } from "vitest";
import { compatibleDates, isoOfDay, isoWeekOf, parseEventDate } from "./eventDate.js";

const span = (value: string): [string, string, string] | null => {
  const d = parseEventDate(value);
  return d === null ? null : [d.value, isoOfDay(d.first), isoOfDay(d.last)];
};

describe("parseEventDate", () => {
  it.each([
    ["2025-03-10", ["2025-03-10", "2025-03-10", "2025-03-10"], "day"],
    ["2025-03-10TEV", ["2025-03-10", "2025-03-10", "2025-03-10"], "day"],
    ["2025-03-10T14:30:00Z", ["2025-03-10", "2025-03-10", "2025-03-10"], "day"],
    ["2025-W11", ["2025-W11", "2025-03-10", "2025-03-16"], "week"],
    ["2026-W01", ["2026-W01", "2025-12-29", "2026-01-04"], "week"],
    ["2025-03", ["2025-03", "2025-03-01", "2025-03-31"], "month"],
    ["2024-02", ["2024-02", "2024-02-01", "2024-02-29"], "month"],
    ["2025-Q2", ["2025-Q2", "2025-04-01", "2025-06-30"], "quarter"],
    ["2025-SU", ["2025-SU", "2025-06-01", "2025-08-31"], "season"],
    ["2025-WI", ["2025-WI", "2025-12-01", "2026-02-28"], "season"],
    ["2007", ["2007", "2007-01-01", "2007-12-31"], "year"],
    ["202X", ["202X", "2020-01-01", "2029-12-31"], "decade"],
    ["2025-03-10/2025-03-12", ["2025-03-10/2025-03-12", "2025-03-10", "2025-03-12"], "interval"],
  ] as const)("reads %s", (value, expected, precision) => {
    expect(span(value)).toEqual(expected);
    expect(parseEventDate(value)?.precision).toBe(precision);
  });

  it.each(["PAST_REF", "FUTURE_REF", "P3D", "", "2025-02-30", "2025-13", "2025-W60", "March"])(
    "reads no calendar date in %j",
    (value) => {
      expect(parseEventDate(value)).toBeNull();
    },
  );

  it("reads null as no date", () => {
    expect(parseEventDate(null)).toBeNull();
  });
});

describe("compatibleDates", () => {
  const d = parseEventDate;
  it("accepts days within the tolerance and overlapping spans", () => {
    expect(compatibleDates(d("2025-03-10"), d("2025-03-11"), 1)).toBe(true);
    expect(compatibleDates(d("2025-03-13"), d("2025-W11"), 0)).toBe(true);
    expect(compatibleDates(d("2025-03-20"), d("2025-03"), 0)).toBe(true);
    expect(compatibleDates(null, d("2025-03-10"), 0)).toBe(true);
  });
  it("rejects days too far apart, and coarse dates unless equal", () => {
    expect(compatibleDates(d("2025-03-10"), d("2025-03-12"), 1)).toBe(false);
    expect(compatibleDates(d("2025-03-10"), d("2025-04-10"), 3)).toBe(false);
    expect(compatibleDates(d("2025"), d("2025-03-10"), 3)).toBe(false);
    expect(compatibleDates(d("2025-Q1"), d("2025-Q1"), 0)).toBe(true);
  });
});

describe("isoWeekOf", () => {
  it("numbers ISO weeks, across a year's end", () => {
    const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    expect(isoWeekOf(day("2025-03-13"))).toBe("2025-W11");
    expect(isoWeekOf(day("2025-12-29"))).toBe("2026-W01");
    expect(isoWeekOf(day("2021-01-03"))).toBe("2020-W53");
  });
});
