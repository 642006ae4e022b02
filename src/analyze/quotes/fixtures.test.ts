import { describe, expect, it } from "vitest";
import { listFixtures, readExpected, runFixture } from "./fixtures/runFixture.js";

// Each folder holds input.txt and expected.json; rewrite the expectations with
// `npx tsx src/analyze/quotes/fixtures/regenerate.ts` and review the diff.
describe("quote fixtures", () => {
  for (const slug of listFixtures()) {
    it(slug, () => {
      const expected = readExpected(slug);
      expect(expected, `${slug}/expected.json is missing: run the regenerate script`).not.toBeNull();
      expect(runFixture(slug)).toEqual(expected);
    });
  }
});
