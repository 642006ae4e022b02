import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Processed } from "./process.js";
import { processInputs } from "./process.js";

const ENGLISH = `Talks resume in Cairo

CAIRO (Coastline Daily) – Egyptian and Qatari mediators met delegations in Cairo on Monday to discuss the second phase of the truce, two officials said.

The officials said the talks would continue through the week and that a statement was expected on Thursday.
`;

const GERMAN = `Verhandlungen in Kairo fortgesetzt

Ägyptische und katarische Vermittler haben am Montag in Kairo mit beiden Delegationen über die zweite Phase der Waffenruhe gesprochen, sagten zwei Beamte.

Die Gespräche sollen die ganze Woche andauern, eine Erklärung wird für Donnerstag erwartet.
`;

const NAV_ONLY = `<html><head><title>Sections</title></head><body><nav><ul>
<li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
</ul></nav><footer>© 2025 Example Media</footer></body></html>`;

async function all(inputs: string[]): Promise<Processed[]> {
  const out: Processed[] = [];
  for await (const result of processInputs(inputs)) out.push(result);
  return out;
}

/** Section 7 of the foundation issue: every bad item gets one clear line naming it; the rest is processed. */
describe("bad input through the whole pipeline", () => {
  it("reports each bad item once, by name, and processes every good one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-bad-"));
    writeFileSync(join(dir, "good.txt"), ENGLISH);
    writeFileSync(join(dir, "german.txt"), GERMAN);
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0, 3, 4]));
    writeFileSync(join(dir, "nav-only.html"), NAV_ONLY);
    writeFileSync(join(dir, "truncated.html.gz"), gzipSync(Buffer.from(`<p>${ENGLISH}</p>`)).subarray(0, 40));
    writeFileSync(join(dir, "latin1.txt"), Buffer.concat([Buffer.from(ENGLISH), Buffer.from([0xe9, 0xff, 0xfe])]));
    writeFileSync(
      join(dir, "manifest.jsonl"),
      [
        JSON.stringify({ id: "m1", outlet: "Gulf Wire", text: ENGLISH }),
        "{not json",
        JSON.stringify({ id: "m3" }),
      ].join("\n"),
    );

    const results = await all([dir]);
    const failures = results.flatMap((r) => (r.ok ? [] : [r.failure]));
    const articles = results.flatMap((r) => (r.ok ? [r.article] : []));

    const failed = (name: string) => failures.filter((f) => f.source.includes(name));
    for (const name of ["empty.txt", "binary.html", "nav-only.html", "truncated.html.gz", "manifest.jsonl:2"]) {
      expect(failed(name), name).toHaveLength(1);
    }
    expect(failed("manifest.jsonl:3")).toHaveLength(1);
    for (const f of failures) expect(f.reason).not.toMatch(/\n/);
    expect(failed("binary.html")[0]?.reason).toMatch(/binary/);
    expect(failed("truncated.html.gz")[0]?.reason).toMatch(/truncated|gzip/i);
    expect(failed("manifest.jsonl:2")[0]?.reason).toMatch(/JSON/i);

    const sources = articles.map((a) => a.source.slice(dir.length + 1)).sort();
    expect(sources).toEqual(["german.txt", "good.txt", "latin1.txt", "manifest.jsonl:1"]);
    const german = articles.find((a) => a.source.endsWith("german.txt"));
    expect(german?.meta.language).toBe("de");
    expect(german?.text).toContain("Waffenruhe");
    const latin1 = articles.find((a) => a.source.endsWith("latin1.txt"));
    expect(latin1?.text).toContain("Cairo");
    expect(articles.find((a) => a.source.endsWith("manifest.jsonl:1"))?.meta.outlet).toBe("Gulf Wire");
  });
});
