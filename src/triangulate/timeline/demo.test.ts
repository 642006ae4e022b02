/**
 * The timeline, story events and their exports on the bundled demo corpus (demo/README.md, demo/answer-key.json),
 * through the CLI: `parallax analyze demo/corpus --out dossier.json actors.graphml events.tsv`.
 */

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import { captureIo } from "../../cli/testIo.js";
import type { Dossier } from "../../dossier/dossier.js";
import { eventTsvColumns } from "../../dossier/toEventTsv.js";
import { parseEventDate } from "./eventDate.js";

interface AnswerKey {
  articles: { key: string; source: string }[];
}

const root = new URL("../../../", import.meta.url);
const key = JSON.parse(readFileSync(new URL("demo/answer-key.json", root), "utf8")) as AnswerKey;
const corpus = new URL("demo/corpus", root).pathname;
const dir = mkdtempSync(join(tmpdir(), "parallax-timeline-"));
let exitCode: number;
let dossier: Dossier;
const idOf = new Map<string, string>();

beforeAll(async () => {
  const io = captureIo();
  const out = ["dossier.json", "actors.graphml", "events.tsv"].map((f) => join(dir, f));
  exitCode = await main(
    ["node", "parallax", "analyze", corpus, "--db", join(dir, "demo.db"), "-q", "--out", ...out],
    io,
  );
  dossier = JSON.parse(readFileSync(join(dir, "dossier.json"), "utf8")) as Dossier;
  for (const k of key.articles) {
    const article = dossier.articles.find((a) => a.source.endsWith(`corpus/${k.source}`));
    if (article) idOf.set(k.key, article.id);
  }
}, 120_000);

const id = (k: string): string => idOf.get(k) ?? `missing:${k}`;
const storyEvents = (): NonNullable<Dossier["stories"][number]["events"]> =>
  dossier.stories.flatMap((s) => s.events ?? []);

describe("the demo timeline", () => {
  it("is non-empty, dated and in date order", () => {
    expect(exitCode).toBe(0);
    expect(dossier.timeline.length).toBeGreaterThan(5);
    const firstDays = dossier.timeline.map((t) => parseEventDate(t.date)?.first);
    expect(firstDays.every((d) => d !== undefined)).toBe(true);
    expect(firstDays).toEqual([...firstDays].sort((a, b) => (a ?? 0) - (b ?? 0)));
    for (const t of dossier.timeline) {
      expect(t.story).not.toBeNull();
      expect(t.sources.length).toBeGreaterThan(0);
      expect(t.articles.length).toBeGreaterThan(0);
      expect(t.summary.length).toBeGreaterThan(0);
    }
  });

  it("is deduplicated: one entry per story event, never one per article report", () => {
    const lines = dossier.timeline.map((t) => `${t.story} ${t.date} ${t.summary}`);
    expect(new Set(lines).size).toBe(lines.length);
    const ids = dossier.timeline.flatMap((t) => t.events);
    expect(new Set(ids).size).toBe(ids.length);
    const dated = storyEvents().filter((e) => parseEventDate(e.date) !== null);
    expect(new Set(ids)).toEqual(new Set(dated.map((e) => e.id)));
    const reports = dossier.articles.flatMap((a) => a.events).filter((e) => parseEventDate(e.date) !== null).length;
    expect(dossier.timeline.length).toBeLessThan(reports);
    expect(dossier.timeline.some((t) => t.articles.length >= 3)).toBe(true);
  });

  it("reports the Halvorsen–Doyle meeting in Washington on 19 March once, from the outlets that place it there", () => {
    const meeting = dossier.timeline.filter(
      (t) => t.date === "2025-03-19" && t.source === "person:ingrid-halvorsen" && t.target === "person:marcus-doyle",
    );
    expect(meeting).toHaveLength(1);
    expect(meeting[0]?.articles).toEqual(expect.arrayContaining([id("gws-trade"), id("coastline-trade")]));
    expect(meeting[0]?.articles).not.toContain(id("ledger-trade"));
    expect(meeting[0]?.summary).toMatch(/^Ingrid Halvorsen → .+ → Marcus Doyle, in Washington$/);
  });

  it("does not count the republished wire story as a publisher", () => {
    const copy = id("coastline-quake-copy");
    const withCopy = storyEvents().filter((e) => e.articles.includes(copy));
    expect(withCopy.length).toBeGreaterThan(0);
    for (const event of withCopy) {
      if (event.articles.includes(id("gws-quake"))) expect(event.publishers).toBeLessThan(event.articles.length);
      else expect(event.publishers).toBe(event.articles.length);
    }
  });

  it("carries each story's storyline, so the toll update follows the Doha talks", () => {
    const storylines = new Map(dossier.stories.map((s) => [s.id, s.storyline]));
    for (const t of dossier.timeline) expect(t.storyline).toBe(storylines.get(t.story ?? "") ?? null);
  });
});

describe("the demo exports", () => {
  it("builds an actor graph of dyads by month", () => {
    expect(dossier.graph?.period).toBe("month");
    expect(dossier.graph?.edges.length).toBeGreaterThan(0);
    const nodes = new Set(dossier.graph?.nodes.map((n) => n.id));
    for (const e of dossier.graph?.edges ?? []) {
      expect(nodes.has(e.source) && nodes.has(e.target)).toBe(true);
      expect(e.goldstein).toBeGreaterThanOrEqual(-10);
      expect(e.goldstein).toBeLessThanOrEqual(10);
    }
  });

  it("writes GraphML that parses, with the graph's nodes and edges", () => {
    const xml = readFileSync(join(dir, "actors.graphml"), "utf8");
    const doc = new JSDOM(xml, { contentType: "application/xml" }).window.document;
    expect(doc.getElementsByTagName("node")).toHaveLength(dossier.graph?.nodes.length ?? -1);
    expect(doc.getElementsByTagName("edge")).toHaveLength(dossier.graph?.edges.length ?? -1);
  });

  it("writes one TSV row per story event", () => {
    const lines = readFileSync(join(dir, "events.tsv"), "utf8").split("\n").slice(0, -1);
    expect(lines[0]).toBe(eventTsvColumns.join("\t"));
    expect(lines).toHaveLength(storyEvents().length + 1);
    for (const line of lines) expect(line.split("\t")).toHaveLength(eventTsvColumns.length);
  });
});
