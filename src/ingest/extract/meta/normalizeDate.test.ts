import { describe, expect, it } from "vitest";
import { normalizeDate } from "./normalizeDate.js";

describe("normalizeDate", () => {
  it.each([
    ["2024-05-31", "2024-05-31"],
    ["2024-05-31T10:00:00+02:00", "2024-05-31T10:00:00+02:00"],
    ["2024-05-31T10:00:00.000+0200", "2024-05-31T10:00:00+02:00"],
    ["2024-05-31 10:00:00 +0000", "2024-05-31T10:00:00Z"],
    ["2024-05-31T10:00:00.123Z", "2024-05-31T10:00:00Z"],
    ["2024-05-31T10:00:00", "2024-05-31"], // a time without a zone does not say when
    ["20240531", "2024-05-31"],
    ["20240531T100000Z", "2024-05-31T10:00:00Z"],
    ["1717149600", "2024-05-31T10:00:00Z"],
    ["Fri, 31 May 2024 10:00:00 GMT", "2024-05-31T10:00:00Z"],
    ["Nov. 19, 2019 8:03 am ET", "2019-11-19T08:03:00-05:00"],
    ["Published 3 March 2025 10:42 GMT", "2025-03-03T10:42:00Z"],
    ["May 31, 2024", "2024-05-31"],
    ["Tue Nov 19 2019 08:41:00 GMT+0000 (UTC)", "2019-11-19T08:41:00Z"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it("reads a date in the page's language first", () => {
    expect(normalizeDate("05/10/2018", "pt")).toBe("2018-10-05");
    expect(normalizeDate("05/10/2018", "en")).toBe("2018-05-10");
    expect(normalizeDate("veröffentlicht am 3. März 2025", "de")).toBe("2025-03-03");
  });

  it.each([
    "",
    "2023",
    "© 2023 Example",
    "March 3",
    "3 hours ago",
    "yesterday",
    "2024-02-30",
    "2024-13-01",
    "1850-01-01",
    "12345",
  ])("no date in %j", (input) => {
    expect(normalizeDate(input)).toBeNull();
  });
});
