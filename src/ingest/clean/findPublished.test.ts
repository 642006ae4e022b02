import { describe, expect, it } from "vitest";
import { findPublished } from "./findPublished.js";

describe("findPublished", () => {
  it.each([
    ["Published 3 March 2025 10:42 GMT", "2025-03-03T10:42:00.000Z"],
    ["Friday 7 June 2024 • 6:45am", "2024-06-07"],
    [" | 14 September 2024, 08:30", "2024-09-14"],
    ["2024-05-02", "2024-05-02"],
  ])("%s → %s", (line, iso) => {
    expect(findPublished(line)).toBe(iso);
  });

  it.each(["Updated 3 hours ago", "2 days ago", "Updated 10:20 GMT", "Published on Monday", "Published 3 March"])(
    "dates nothing without a written year: %s",
    (line) => {
      expect(findPublished(line)).toBeNull();
    },
  );
});
