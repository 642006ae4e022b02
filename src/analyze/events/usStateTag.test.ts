import { describe, expect, it } from "vitest";
import { usStateTag } from "./usStateTag.js";

describe("usStateTag", () => {
  it.each(["conn.", "n.j.", "d-n.y.", "r-texas", "i-vt.", "ariz."])("%s is a state tag", (word) => {
    expect(usStateTag(word)).toBe(true);
  });
  it.each(["hamas", "conn", "new", "d", "texas", "nato"])("%s is not", (word) => {
    expect(usStateTag(word)).toBe(false);
  });
});
