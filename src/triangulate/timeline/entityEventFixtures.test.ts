import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { entityFixture } from "./testEntityEvents.js";
import type { EntityFixtureInput } from "./testEntityEvents.js";

const root = fileURLToPath(new URL("./fixtures/", import.meta.url));
const slugs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe("entity event timeline fixtures (regenerate with npx tsx src/triangulate/timeline/fixtures/regenerate.ts)", () => {
  it.each(slugs)(
    "%s",
    (slug) => {
      const input = JSON.parse(readFileSync(`${root}${slug}/input.json`, "utf8")) as EntityFixtureInput;
      const expected: unknown = JSON.parse(readFileSync(`${root}${slug}/expected.json`, "utf8"));
      expect(entityFixture(input)).toEqual(expected);
    },
    30_000,
  );
});
