/** `parallax analyze … --entity <name>`: one entity's timeline instead of the dossier. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import { captureIo } from "../../cli/testIo.js";
import type { EntityEventMention } from "./entityEventTimeline.js";

const dir = mkdtempSync(join(tmpdir(), "parallax-entity-"));
const file = join(dir, "kestrel.md");
writeFileSync(
  file,
  "---\npublished: 2020-05-04\n---\nKestrel Foods opened a plant on March 3, 2019.\n\nKestrel Foods recalled cheese on Friday.\n",
);
const run = async (...args: string[]): Promise<{ code: number; out: string; err: string }> => {
  const io = captureIo();
  const code = await main(["node", "parallax", "analyze", file, "--no-store", "-q", ...args], io);
  return { code, out: io.stdout(), err: io.stderr() };
};

describe("parallax analyze --entity", () => {
  it("prints the entity's event mentions in date order as JSON", async () => {
    const { code, out } = await run("--entity", "Kestrel Foods");
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { entity: string; events: EntityEventMention[] };
    expect(parsed.entity).toBe("Kestrel Foods");
    expect(parsed.events.map((e) => [e.date, e.word])).toEqual([
      ["2019-03-03", "opened"],
      ["2020-05-01", "recalled"],
    ]);
  });

  it("writes Markdown with --format md", async () => {
    const { code, out } = await run("--entity", "Kestrel Foods", "--format", "md");
    expect(code).toBe(0);
    expect(out).toContain("# Timeline: Kestrel Foods");
    expect(out).toContain('**2019-03-03** (stated from "March 3, 2019") *opened*');
  });

  it("refuses a format an entity timeline has no writer for, and an empty name", async () => {
    expect((await run("--entity", "Kestrel Foods", "--format", "graphml")).code).toBe(2);
    expect((await run("--entity", " ")).code).toBe(2);
  });
});
