import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dossier, DossierArticle } from "../dossier/dossier.js";
import { loadContract } from "../contract.js";
import { main } from "./main.js";
import { captureIo } from "./testIo.js";

/** The bundled demo corpus is the end-to-end fixture; demo/answer-key.json says what must come out of it. */
interface KeyArticle {
  key: string;
  source: string;
  outlet: string;
  published: string;
  byline: string | null;
  title: string;
}
interface AnswerKey {
  articles: KeyArticle[];
  copies: { copy: string; original: string; disclaimer: string }[];
}

const root = new URL("../../", import.meta.url);
const key = JSON.parse(readFileSync(new URL("demo/answer-key.json", root), "utf8")) as AnswerKey;
const contract = loadContract().schema;
const corpus = new URL("demo/corpus", root).pathname;

let dossier: Dossier;
let exitCode: number;
const bySource = new Map<string, DossierArticle>();
const byKey = (k: string): DossierArticle => {
  const entry = key.articles.find((a) => a.key === k);
  const article = entry && bySource.get(entry.source);
  if (!article) throw new Error(`demo article ${k} missing from the dossier`);
  return article;
};

beforeAll(async () => {
  const io = captureIo();
  const db = join(mkdtempSync(join(tmpdir(), "parallax-demo-")), "demo.db");
  exitCode = await main(["node", "parallax", "analyze", corpus, "--db", db, "-q"], io);
  dossier = JSON.parse(io.stdout()) as Dossier;
  for (const article of dossier.articles) bySource.set(article.source.slice(corpus.length + 1), article);
});

describe("the demo corpus, end to end", () => {
  it("reads every article in every format, with no failure", () => {
    expect(exitCode).toBe(0);
    expect(dossier.failures).toEqual([]);
    expect([...bySource.keys()].sort()).toEqual(key.articles.map((a) => a.source).sort());
  });

  it("validates against the dossier contract", () => {
    const validate = new Ajv2020({ strict: false }).compile(contract);
    expect(validate(dossier), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it.each(key.articles.map((a) => [a.key, a] as const))("%s: title, outlet, byline and date", (_k, expected) => {
    const article = byKey(expected.key);
    expect(article.title).toBe(expected.title);
    expect(article.outlet).toBe(expected.outlet);
    expect(article.byline).toBe(expected.byline);
    expect(article.published && Date.parse(article.published)).toBe(Date.parse(expected.published));
    expect(article.language).toBe("en");
  });

  it("recognises the republished wire story as a copy, with its disclaimer removed", () => {
    for (const { copy, original, disclaimer } of key.copies) {
      const article = byKey(copy);
      expect(article.copyOf).toBe(byKey(original).id);
      expect(article.text).not.toContain(disclaimer.slice(0, 40));
      expect(article.removed.map((r) => r.text).join("\n")).toContain(disclaimer.slice(0, 40));
    }
    const copies = dossier.articles.filter((a) => a.copyOf !== null);
    expect(copies).toHaveLength(key.copies.length);
  });

  it("resolves times against each article's publication date", () => {
    // The Ledger dates the Doha opening to Tuesday; published Tuesday 2025-03-11 evening, so the day itself.
    const ledger = byKey("ledger-doha");
    const tuesday = ledger.times.find((t) => t.text === "Tuesday");
    expect(tuesday?.value).toBe("2025-03-11");
  });

  it("clusters the three stories and shows every kind of planted discrepancy with the articles' own words", () => {
    const kinds = new Set(dossier.stories.flatMap((s) => s.discrepancies.map((d) => d.kind)));
    expect([...kinds].sort()).toEqual(["actor", "attribution", "date", "number", "place", "quote"]);
    const date = dossier.stories.flatMap((s) => s.discrepancies).find((d) => d.kind === "date");
    const ledger = date?.variants.find((v) => v.article === byKey("ledger-doha").id);
    expect(ledger?.value).toBe("2025-03-11");
    expect(ledger?.text).toContain("Tuesday");
    // The quake story holds the republished copy, which never counts against its original.
    const quake = dossier.stories.find((s) => s.articles.includes(byKey("gws-quake").id));
    expect(quake?.articles).toContain(byKey("coastline-quake-copy").id);
    const copyId = byKey("coastline-quake-copy").id;
    expect(quake?.discrepancies.flatMap((d) => d.variants).some((v) => v.article === copyId)).toBe(false);
  });

  it("--no-store writes no store file and still recognises the republished copy", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-nostore-"));
    const db = join(dir, "never.db");
    const io = captureIo();
    expect(await main(["node", "parallax", "analyze", corpus, "--no-store", "--db", db, "-q"], io)).toBe(0);
    expect(existsSync(db)).toBe(false);
    const plain = JSON.parse(io.stdout()) as Dossier;
    expect(plain.articles.filter((a) => a.copyOf !== null)).toHaveLength(key.copies.length);
  });

  it("shows the later Gaza toll as an update of the earlier one, not a conflict", () => {
    const update = byKey("meridian-toll-update").id;
    const claims = dossier.stories.flatMap((s) => [...s.claims, ...(s.storylineClaims ?? [])]);
    const toll = claims.find((c) => c.values.some((v) => v.article === update && v.quantity === 50000));
    expect(toll?.relation).toBe("update");
    expect(toll?.values.some((v) => v.quantity === 48500)).toBe(true);
    expect(claims.some((c) => c.relation === "conflict" && c.values.some((v) => v.article === update))).toBe(false);
  });
});
