import { describe, expect, it } from "vitest";
import { compileHolidays, easterSunday } from "./holidays.js";
import { findTimes } from "./findTimes.js";

/** [sentence, published, the expression's text, expected TimeML value]. */
const cases: Array<[string, string, string, string]> = [
  ["Elian was found on Thanksgiving Day clinging to an inner tube.", "2000-01-07", "Thanksgiving Day", "1999-11-25"],
  ["He was found in the Atlantic last Thanksgiving.", "2000-02-10", "last Thanksgiving", "1999-11-25"],
  ["The family will gather for Christmas.", "2025-09-16", "Christmas", "2025-12-25"],
  ["The bombing took place on Christmas Eve.", "2026-02-03", "Christmas Eve", "2025-12-24"],
  ["Shops reopened after New Year's Day.", "2026-01-05", "New Year's Day", "2026-01-01"],
  ["The truce began at Easter 2024.", "2025-09-16", "Easter 2024", "2024-03-31"],
  ["Protesters prayed as Easter week began.", "2000-04-17", "Easter week", "2000-W16"],
  ["Talks resume after Memorial Day.", "2025-05-10", "Memorial Day", "2025-05-26"],
  ["Parades were held on the Fourth of July.", "2025-09-16", "the Fourth of July", "2025-07-04"],
];

describe("holidays", () => {
  it.each(cases)("%s → %s = %s", (sentence, published, text, value) => {
    const hit = findTimes(sentence, published).find((t) => t.text === text);
    expect(hit, JSON.stringify(findTimes(sentence, published))).toBeDefined();
    expect(hit?.value).toBe(value);
  });

  it("computes Easter Sunday by the Gregorian computus", () => {
    expect(easterSunday(2000)).toEqual({ year: 2000, month: 4, day: 23 });
    expect(easterSunday(2024)).toEqual({ year: 2024, month: 3, day: 31 });
    expect(easterSunday(2025)).toEqual({ year: 2025, month: 4, day: 20 });
  });

  it("names the failing field of a bad holidays file", () => {
    expect(() => compileHolidays("- id: x\n  names: [X]\n  date: { month: 13, day: 1 }\n")).toThrow(
      /holidays\.yaml: 0\.date/,
    );
  });
});
