import { describe, expect, it } from "vitest";
import { listFixtures, readExpected, runFixture } from "./fixtures/runFixture.js";

// Each folder holds input.txt (and maybe hints.json) and expected.json; rewrite the expectations with
// `npx tsx src/ingest/clean/fixtures/regenerate.ts` and review the diff.
describe("cleanText fixtures", () => {
  const slugs = listFixtures();

  it("has at least 12 fixture folders", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(12);
  });

  for (const slug of slugs) {
    it(slug, () => {
      const expected = readExpected(slug);
      expect(expected, `${slug}/expected.json is missing: run the regenerate script`).not.toBeNull();
      expect(runFixture(slug)).toEqual(expected);
    });
  }
});
