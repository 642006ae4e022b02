import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyse } from "./testSupport.js";

const root = fileURLToPath(new URL("./fixtures/", import.meta.url));
const slugs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe("actor fixtures (regenerate with npx tsx src/analyze/actors/fixtures/regenerate.ts)", () => {
  it.each(slugs)("%s", (slug) => {
    const text = readFileSync(`${root}${slug}/input.txt`, "utf8");
    const expected: unknown = JSON.parse(readFileSync(`${root}${slug}/expected.json`, "utf8"));
    expect(analyse(text)).toEqual(expected);
  });
});
