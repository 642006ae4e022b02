/**
 * End to end over the bundled demo corpus: cleans each scraped .txt and Markdown file the way ingest does and checks
 * the result against demo/answer-key.json (metadata, every page-noise string, every planted wording).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ArticleMeta } from "../../article.js";
import { splitFrontMatter } from "../readers/frontMatter.js";
import { cleanText, type Cleaned } from "./cleanText.js";

const demoDir = join(dirname(fileURLToPath(import.meta.url)), "../../../demo");

const wording = z.object({ article: z.string(), text: z.string() });
const answerKey = z.object({
  articles: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      outlet: z.string(),
      title: z.string(),
      byline: z.string().nullable(),
    }),
  ),
  discrepancies: z.array(z.object({ variants: z.array(wording) })),
  claims: z.array(z.object({ values: z.array(wording) })),
  quotes: z.array(z.object({ variants: z.array(wording) })),
  framing: z.array(z.object({ variants: z.array(wording) })),
  noise: z.array(z.object({ article: z.string(), kind: z.string(), text: z.string() })),
});
const key = answerKey.parse(JSON.parse(readFileSync(join(demoDir, "answer-key.json"), "utf8")));

/** Files the text cleaner reads: scraped text and Markdown (not manifest records, feed items or HTML). */
const SCRAPED_SOURCE = /^(?:scraped|markdown)\/[^:#]+\.(?:txt|md)$/u;
const articles = key.articles.filter((a) => SCRAPED_SOURCE.test(a.source));

/** Noise that the cleaner repairs in place rather than removes: the repaired form must be in the text. */
const REPAIRED_KINDS = /inline link|word split|line starting with|missing space/u;
/** Kinds of noise whose removal must give a particular reason, so that a byline is not dropped as a headline. */
const REASONS: readonly (readonly [RegExp, RegExp])[] = [
  [/byline/u, /^byline$/u],
  [/headline repeated/u, /^(?:title|repeated headline)$/u],
  [/related headline|related link/u, /^related-article headline$/u],
  [/call to action/u, /call to action$/u],
  [/disclaimer/u, /disclaimer$/u],
];

function clean(source: string): { result: Cleaned; meta: Partial<ArticleMeta>; given: Partial<ArticleMeta> } {
  const raw = readFileSync(join(demoDir, "corpus", source), "utf8");
  const { body, meta: given } = source.endsWith(".md") ? splitFrontMatter(raw) : { body: raw, meta: {} };
  const result = cleanText(body, given);
  // As the clean stage merges them: container metadata (front matter) wins over what the text shows.
  const meta: Partial<ArticleMeta> = { ...result.meta };
  for (const [field, value] of Object.entries(given) as [keyof ArticleMeta, string | null][]) {
    if (value !== null && value !== "") meta[field] = value;
  }
  return { result, meta, given };
}

/** The key writes Markdown noise as it stands in the file; the cleaner reports it with the Markdown taken out. */
function withoutMarkdown(text: string): string {
  return text.replace(/\*\*|__/gu, "").replace(/\[([^\]]*)\](?:\([^)]*\))?/gu, "$1");
}

/** "Israeli nego⏎tiators" → "Israeli negotiators", "Israel⏎'s" → "Israel's", "talks.The" → "talks. The". */
function repaired(kind: string, text: string): string {
  if (kind.includes("missing space")) return text.replace(/([.!?])(\p{Lu})/u, "$1 $2");
  if (kind.includes("word split")) return text.replace(/\n/gu, "");
  return text.replace(/\n(?=[,.;:'’])/gu, "").replace(/\n/gu, " ");
}

function plantedWordings(article: string): string[] {
  const groups = [
    ...key.discrepancies.flatMap((d) => d.variants),
    ...key.claims.flatMap((c) => c.values),
    ...key.quotes.flatMap((q) => q.variants),
    ...key.framing.flatMap((f) => f.variants),
  ];
  return groups.filter((w) => w.article === article).map((w) => w.text);
}

describe("demo corpus through cleanText", () => {
  it("covers every scraped text and Markdown file in the key", () => {
    expect(articles.map((a) => a.key).sort()).toEqual([
      "coastline-doha",
      "coastline-quake-copy",
      "ledger-quake",
      "ledger-trade",
      "meridian-doha",
      "vbn-cairo",
    ]);
  });

  for (const article of articles) {
    describe(article.key, () => {
      const { result, meta, given } = clean(article.source);
      const noise = key.noise.filter((n) => n.article === article.key);

      it("finds the title, outlet and byline", () => {
        expect(meta.title).toBe(article.title);
        expect(meta.outlet).toBe(article.outlet);
        if (article.byline === null) expect(meta.byline).toBeUndefined();
        else expect(meta.byline).toBe(article.byline);
      });

      it("reads nothing from the page that contradicts the front matter", () => {
        for (const field of ["title", "outlet", "byline"] as const) {
          if (given[field] !== undefined && result.meta[field] !== undefined) {
            expect(result.meta[field], field).toBe(given[field]);
          }
        }
      });

      const dateline = noise.find((n) => n.kind === "dateline");
      if (dateline !== undefined) {
        it("reads the dateline", () => {
          expect(meta.dateline).toBeDefined();
          expect(dateline.text.startsWith(meta.dateline ?? "\u0000")).toBe(true);
        });
      }

      for (const n of noise) {
        it(`${n.kind}: ${JSON.stringify(n.text)}`, () => {
          if (n.kind.includes("keep")) {
            expect(result.text).toContain(n.text);
            expect(result.removed.map((r) => r.text)).not.toContain(n.text);
          } else if (REPAIRED_KINDS.test(n.kind)) {
            expect(result.text).toContain(repaired(n.kind, n.text));
          } else {
            const text = withoutMarkdown(n.text);
            expect(result.text).not.toContain(text);
            const piece = result.removed.find((r) => r.text.includes(text));
            expect(piece, "not in removed").toBeDefined();
            const reason = REASONS.find(([kind]) => kind.test(n.kind))?.[1];
            if (reason !== undefined) expect(piece?.reason).toMatch(reason);
          }
        });
      }

      it("keeps every planted wording", () => {
        const planted = plantedWordings(article.key);
        for (const text of planted) expect(result.text).toContain(text);
      });
    });
  }
});
