import { describe, expect, it } from "vitest";
import { BYLINE_LEAD, NAME_SEPARATOR, TRAILING_TIMESTAMP, authorNames, formatNames } from "./authorNames.js";

describe("authorNames", () => {
  it.each([
    [["By Jane Doe and John Roe, Reuters"], ["Jane Doe", "John Roe"]],
    [["Jane Doe, Staff Writer"], ["Jane Doe"]],
    [["Jane Doe Senior Political Correspondent"], ["Jane Doe"]],
    [["JANE DOE | The Daily Planet"], ["Jane Doe"]],
    [["Analysis by Chris Cillizza, CNN Editor-at-large"], ["Chris Cillizza"]],
    [["Ursula von der Leyen"], ["Ursula von der Leyen"]],
    [["Von Max Mustermann und Erika Musterfrau"], ["Max Mustermann", "Erika Musterfrau"]],
    [["Tom O'Neil (Reuters)"], ["Tom O'Neil"]],
    [["Jane Doe jane.doe@example.org"], ["Jane Doe"]],
    [["By Jane Doe Updated 5:04 PM EDT"], ["Jane Doe"]],
    [["Jeff Foust Monday"], ["Jeff Foust"]],
    [["Jane Doe", "jane doe", "Jane Doe"], ["Jane Doe"]],
    [["王小明"], ["王小明"]],
  ])("%j → %j", (credits, names) => {
    expect(authorNames(credits, ["The Daily Planet"])).toEqual(names);
  });

  it.each([
    "Staff",
    "By Staff",
    "Reuters Staff",
    "The Editorial Board",
    "News Desk",
    "AP",
    "Associated Press",
    "The Daily Planet",
    "Daily Planet Staff",
    "https://example.org/authors/jane",
    "admin",
    "jane doe",
  ])("no name in %j", (credit) => {
    expect(authorNames([credit], ["The Daily Planet"])).toEqual([]);
  });

  it("joins names as a byline does", () => {
    expect(formatNames(["A B"])).toBe("A B");
    expect(formatNames(["A B", "C D"])).toBe("A B and C D");
    expect(formatNames(["A B", "C D", "E F"])).toBe("A B, C D and E F");
    expect(formatNames([])).toBeNull();
  });
});

describe("byline patterns", () => {
  it("BYLINE_LEAD takes the lead words, not a name that contains 'by'", () => {
    expect("By Jane Doe".replace(BYLINE_LEAD, "")).toBe("Jane Doe");
    expect("Story and photos by Jane Doe".replace(BYLINE_LEAD, "")).toBe("Story and photos by Jane Doe");
    expect("Words by Jane Doe".replace(BYLINE_LEAD, "")).toBe("Jane Doe");
    expect(BYLINE_LEAD.test("Shelby Jones")).toBe(false);
  });

  it("NAME_SEPARATOR splits lists but not hyphenated names or initials", () => {
    expect("Jane Doe, John Roe & Sam Poe".split(NAME_SEPARATOR)).toEqual(["Jane Doe", "John Roe", "Sam Poe"]);
    expect("Mary Smith-Jones".split(NAME_SEPARATOR)).toEqual(["Mary Smith-Jones"]);
    expect("Bruce Y. Lee".split(NAME_SEPARATOR)).toEqual(["Bruce Y. Lee"]);
  });

  it("TRAILING_TIMESTAMP cuts a date after a name, and only that", () => {
    expect("Jane Doe Updated 5:04 PM".replace(TRAILING_TIMESTAMP, "")).toBe("Jane Doe");
    expect("Jane Doe on May 3, 2024".replace(TRAILING_TIMESTAMP, "")).toBe("Jane Doe");
    expect("Jane Doe".replace(TRAILING_TIMESTAMP, "")).toBe("Jane Doe");
  });
});
