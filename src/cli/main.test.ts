import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { loadContract } from "../contract.js";
import { main } from "./main.js";
import { captureIo } from "./testIo.js";

const contract = loadContract().schema;
const validate = new Ajv2020({ strict: false }).compile(contract);

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "parallax-cli-"));
}

const ARTICLE = `Ministers meet in Oslo over fishing quotas

OSLO (Coastline Daily) – Fisheries ministers from Norway and Iceland met on Tuesday to settle a dispute over mackerel quotas that has lasted nearly two years.

"We are closer than we have ever been," the Norwegian minister told reporters after the talks.

Officials said a final agreement could be signed next month if both parliaments approve it.
`;

describe("parallax CLI", () => {
  it("analyze --format json prints a dossier that validates against the contract", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.txt"), ARTICLE);
    const io = captureIo();
    const code = await main(["node", "parallax", "analyze", dir, "--db", join(dir, "p.db"), "-q"], io);
    expect(io.stderr()).toBe("");
    expect(code).toBe(0);
    const dossier = JSON.parse(io.stdout());
    expect(validate(dossier), JSON.stringify(validate.errors)).toBe(true);
    expect(dossier.articles).toHaveLength(1);
    expect(dossier.articles[0].text).toContain("mackerel quotas");
  });

  it("extract prints one JSONL record per article and exits 1 naming a bad input, keeping the good one", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "good.txt"), ARTICLE);
    writeFileSync(join(dir, "empty.txt"), "");
    const io = captureIo();
    const code = await main(["node", "parallax", "extract", join(dir, "good.txt"), join(dir, "empty.txt")], io);
    expect(code).toBe(1);
    const lines = io.stdout().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "{}").source).toBe(join(dir, "good.txt"));
    expect(io.stderr()).toMatch(/empty\.txt/);
  });

  it("ingest twice keeps one copy, and failures lists what failed", async () => {
    const dir = tmp();
    const db = join(dir, "p.db");
    writeFileSync(join(dir, "a.txt"), ARTICLE);
    writeFileSync(join(dir, "bad.html"), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    expect(await main(["node", "parallax", "ingest", dir, "--db", db], captureIo())).toBe(1);
    const again = captureIo();
    await main(["node", "parallax", "ingest", join(dir, "a.txt"), "--db", db], again);
    expect(again.stderr()).toMatch(/0 new, 0 copies, 1 duplicates/);
    const failures = captureIo();
    expect(await main(["node", "parallax", "failures", "--db", db, "--json"], failures)).toBe(0);
    const rows = failures
      .stdout()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.source)).toEqual([join(dir, "bad.html")]);
  });

  it("usage errors exit with 2 and say what is wrong", async () => {
    const io = captureIo();
    expect(await main(["node", "parallax", "analyze", "x", "--format", "pdf"], io)).toBe(2);
    expect(io.stderr()).toMatch(/--format must be one of json, jsonl, md/);
    expect(await main(["node", "parallax", "nonsense"], captureIo())).toBe(2);
    expect(await main(["node", "parallax", "analyze"], captureIo())).toBe(2);
  });

  it("--actors adds the user's actors, and a bad file is a usage error naming file, entry and field", async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "a.txt"),
      ARTICLE.replace("Fisheries ministers", "Nordfisk Council and fisheries ministers"),
    );
    writeFileSync(join(dir, "good.yaml"), "actors:\n  - {name: Nordfisk Council, type: organization, country: NOR}\n");
    writeFileSync(join(dir, "bad.yaml"), "actors:\n  - {name: Nordfisk Council, type: company}\n");
    const io = captureIo();
    const args = ["node", "parallax", "analyze", join(dir, "a.txt"), "--no-store", "-q"];
    expect(await main([...args, "--actors", join(dir, "good.yaml")], io)).toBe(0);
    const actors = JSON.parse(io.stdout()).actors as { id: string; country: string }[];
    expect(actors.find((a) => a.id === "org:nordfisk-council")?.country).toBe("NOR");
    const bad = captureIo();
    expect(await main([...args, "--actors", join(dir, "bad.yaml")], bad)).toBe(2);
    expect(bad.stderr()).toMatch(/bad\.yaml: field "actors", entry 1 \(Nordfisk Council\), field "type"/);
  });

  it("--help works on every command", async () => {
    for (const cmd of ["extract", "ingest", "analyze", "failures"]) {
      const io = captureIo();
      expect(await main(["node", "parallax", cmd, "--help"], io)).toBe(0);
      expect(io.stdout()).toMatch(/Usage: parallax/);
    }
  });
});
