import { describe, expect, it } from "vitest";
import { listFixtures, readExpected, runFixture } from "./fixtures/runFixture.js";

// Each folder holds input.txt, meta.json (publication date) and expected.json; rewrite the expectations with
// `npx tsx src/analyze/claims/fixtures/regenerate.ts` and review the diff.
describe("findClaims fixtures", () => {
  const slugs = listFixtures();

  it("has at least 8 fixture folders", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(8);
  });

  it("keeps a fixture of numbers that are no figures, expecting none", () => {
    expect(readExpected("numbers-that-are-not-figures")).toEqual([]);
  });

  for (const slug of slugs) {
    it(slug, () => {
      const expected = readExpected(slug);
      expect(expected, `${slug}/expected.json is missing: run the regenerate script`).not.toBeNull();
      expect(runFixture(slug)).toEqual(expected);
    });
  }
});
