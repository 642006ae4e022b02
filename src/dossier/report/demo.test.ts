import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import { captureIo } from "../../cli/testIo.js";
import type { Dossier, DossierArticle } from "../dossier.js";
import { buildReport } from "./buildReport.js";
import type { Block, Inline } from "./document.js";
import { anchor } from "./document.js";

/** The demo corpus through `parallax analyze --out x.json x.md x.html`: the reports, read as a reader would. */
interface KeyVariant {
  article: string;
  text: string;
  value: string;
  odd?: boolean;
}
interface AnswerKey {
  articles: { key: string; source: string }[];
  discrepancies: { kind: string; story: string; about: string; variants: KeyVariant[] }[];
}

const root = new URL("../../../", import.meta.url);
const key = JSON.parse(readFileSync(new URL("demo/answer-key.json", root), "utf8")) as AnswerKey;
const corpus = new URL("demo/corpus", root).pathname;

let dossier: Dossier;
let md: string;
let document: Document;
const byAnchor = new Map<string, DossierArticle>();

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** The article a citation or source link points at, followed through the sources table as a reader would. */
function citedArticle(link: Element): DossierArticle | undefined {
  const target = document.getElementById(link.getAttribute("href")?.slice(1) ?? "");
  const articleLink = target?.tagName === "TR" ? target.querySelector('a[href^="#article-"]') : link;
  return byAnchor.get(articleLink?.getAttribute("href")?.slice(1) ?? "");
}

function articleOfKey(k: string): DossierArticle {
  const source = key.articles.find((a) => a.key === k)?.source;
  const found = dossier.articles.find((a) => a.source === `${corpus}/${source}`);
  if (!found) throw new Error(`demo article ${k} missing`);
  return found;
}

/** Markdown as plain text: escapes, emphasis and in-cell breaks removed. */
function mdPlain(markdown: string): string {
  return squash(
    markdown
      .replace(/<br>/g, " ")
      .replace(/(?<!\\)(\*\*|_)/g, "")
      .replace(/\\(.)/g, "$1"),
  );
}

/** Every string a report shows, from its document tree. */
function shownStrings(blocks: readonly Block[]): string[] {
  const inline = (parts: readonly Inline[]) =>
    parts.flatMap((p) => (p.kind === "break" ? [] : p.kind === "cite" ? [`[${p.n}]`] : [p.text]));
  return blocks.flatMap((b): string[] => {
    if (b.kind === "section") return [b.title, ...shownStrings(b.blocks)];
    if (b.kind === "table") return [...b.head, ...b.rows.flatMap((r) => r.flatMap(inline))];
    if (b.kind === "list") return b.items.flatMap(inline);
    return inline(b.content);
  });
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-report-"));
  const out = (ext: string) => join(dir, `dossier.${ext}`);
  const code = await main(
    [
      "node",
      "parallax",
      "analyze",
      corpus,
      "--db",
      join(dir, "demo.db"),
      "-q",
      "--out",
      out("json"),
      out("md"),
      out("html"),
    ],
    captureIo(),
  );
  expect(code).toBe(0);
  dossier = JSON.parse(readFileSync(out("json"), "utf8")) as Dossier;
  md = readFileSync(out("md"), "utf8");
  document = new JSDOM(readFileSync(out("html"), "utf8")).window.document;
  for (const a of dossier.articles) byAnchor.set(anchor("article", a.id), a);
}, 120_000);

describe("the demo dossier as a report", () => {
  it("gives each story its sections, in order, those with content only", () => {
    const stories = [...document.querySelectorAll("section.story")];
    expect(stories.map((s) => s.querySelector("h2")?.textContent)).toEqual(dossier.stories.map((s) => s.title));
    dossier.stories.forEach((story, i) => {
      const roles = [...(stories[i]?.children ?? [])].filter((c) => c.tagName === "SECTION").map((c) => c.className);
      expect(roles.slice(0, 2)).toEqual(["summary", "sources"]);
      expect(roles.includes("discrepancies")).toBe(story.discrepancies.length > 0);
      expect(roles.includes("figures")).toBe(story.claims.length + (story.storylineClaims?.length ?? 0) > 0);
      expect(roles.includes("coverage")).toBe(story.coverage.length > 0);
      expect(roles.includes("framing")).toBe(story.framing.length > 0);
    });
    expect(document.querySelectorAll("section.article")).toHaveLength(dossier.articles.length);
  });

  it("lists each story's sources side by side, the republished copy marked", () => {
    for (const [i, story] of dossier.stories.entries()) {
      const rows = [...document.querySelectorAll(`#${anchor("story", String(i + 1), "sources")} tbody tr`)];
      expect(rows.map((r) => citedArticle(r.querySelector("a") as Element)?.id)).toEqual(story.articles);
    }
    const copy = articleOfKey("coastline-quake-copy");
    const row = [...document.querySelectorAll("section.sources tbody tr")].find(
      (r) => citedArticle(r.querySelector("a") as Element)?.id === copy.id,
    );
    expect(row?.querySelector(".flag.warn")?.textContent).toBe("copy");
    expect(row?.textContent).toContain("Gulf Wire Service");
  });

  it("summarises each story in 1–3 verbatim sentences, each citing the article it is taken from", () => {
    for (const summary of document.querySelectorAll("section.summary")) {
      const quotes = [...summary.querySelectorAll("blockquote")];
      expect(quotes.length).toBeGreaterThanOrEqual(1);
      expect(quotes.length).toBeLessThanOrEqual(3);
      for (const q of quotes) {
        const article = citedArticle(q.querySelector("a.cite") as Element);
        const sentence = q.querySelector(".words")?.textContent ?? "";
        expect(article?.copyOf).toBeNull();
        expect(squash(article?.text ?? "")).toContain(squash(sentence));
      }
    }
  });

  it("shows every discrepancy variant in the article's own words, cited to that article", () => {
    for (const [i, story] of dossier.stories.entries()) {
      for (const [j, d] of story.discrepancies.entries()) {
        const table = document.getElementById(anchor("story", String(i + 1), "discrepancy", String(j + 1)));
        expect(table?.querySelector("h4")?.textContent).toContain(`${d.kind}: `);
        for (const v of d.variants) {
          const row = [...(table?.querySelectorAll("tbody tr") ?? [])].find(
            (r) =>
              citedArticle(r.querySelector("a.cite") as Element)?.id === v.article && r.textContent?.includes(v.text),
          );
          expect(row, `${d.about}: ${v.article}`).toBeDefined();
          expect(row?.children[1]?.textContent).toContain(v.value);
        }
      }
    }
  });

  it("marks the planted odd one out of each date, place, number, quote and attribution discrepancy", () => {
    const planted = key.discrepancies.flatMap((d) => d.variants.filter((v) => v.odd).map((v) => ({ d, v })));
    expect(planted.length).toBeGreaterThanOrEqual(8);
    for (const { d, v } of planted) {
      const article = articleOfKey(v.article);
      const flagged = [...document.querySelectorAll("section.discrepancy tbody tr")].filter(
        (r) => citedArticle(r.querySelector("a.cite") as Element)?.id === article.id && r.querySelector(".flag.warn"),
      );
      const words = flagged.map((r) => squash(r.querySelector(".words")?.textContent ?? ""));
      expect(
        words.some((w) => w.includes(squash(v.text)) || squash(v.text).includes(w)),
        `${d.kind} ${d.about}: ${v.article} "${v.text}" among ${JSON.stringify(words)}`,
      ).toBe(true);
    }
  });

  it("gives every id once, and every in-page link (citations, storylines, articles) a target", () => {
    const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    const links = [...document.querySelectorAll('a[href^="#"]')];
    expect(links.length).toBeGreaterThan(100);
    for (const a of links) expect(document.getElementById(a.getAttribute("href")?.slice(1) ?? "")).not.toBeNull();
  });

  it("shows the same facts in Markdown and HTML", () => {
    const report = buildReport(dossier);
    const strings = [report.title, ...shownStrings(report.sections)].map(squash).filter((s) => s.length > 0);
    expect(strings.length).toBeGreaterThan(500);
    const html = squash(document.body.textContent ?? "");
    const plain = mdPlain(md);
    const missing = (text: string) => strings.filter((s) => !text.includes(s));
    expect(missing(html)).toEqual([]);
    expect(missing(plain)).toEqual([]);
    for (const story of dossier.stories) {
      for (const v of story.discrepancies.flatMap((d) => d.variants)) {
        expect(plain).toContain(squash(v.text));
        expect(html).toContain(squash(v.text));
      }
    }
  });
});
