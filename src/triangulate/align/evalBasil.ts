/**
 * Runs alignStory over BASIL (../shared/eval/basil: 100 events, each reported by NYT, Fox News and HuffPost) and
 * prints what it aligns and flags. BASIL has no gold alignment: the output is for reading, to check precision by
 * hand (a false discrepancy costs trust). Run: `npx tsx src/triangulate/align/evalBasil.ts [basil-dir] [out.json]`.
 */

import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Article } from "../../article.js";
import { runPipeline } from "../../pipeline.js";
import { alignStory } from "./alignStory.js";

const basilArticle = z.object({
  source: z.string(),
  title: z.string(),
  date: z.string(),
  "triplet-uuid": z.string(),
  "body-paragraphs": z.array(z.array(z.string())),
});

/** Analysed BASIL articles grouped by event (triplet). */
export function readBasil(dir: string): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  const root = join(dir, "articles");
  for (const year of readdirSync(root)) {
    for (const file of readdirSync(join(root, year))) {
      const d = basilArticle.parse(JSON.parse(readFileSync(join(root, year, file), "utf8")));
      const triplet = d["triplet-uuid"];
      const article = runPipeline({
        source: `${year}/${file}`,
        id: `${d.source.toLowerCase()}-${triplet.slice(0, 6)}`,
        format: "text",
        body: d["body-paragraphs"].map((p) => p.join(" ")).join("\n\n"),
        meta: { title: d.title, published: d.date, outlet: d.source },
      });
      if ("reason" in article) continue;
      groups.set(triplet, [...(groups.get(triplet) ?? []), article]);
    }
  }
  return groups;
}

function main(): void {
  const dir = process.argv[2] ?? "../shared/eval/basil";
  const out = process.argv[3];
  const findings: unknown[] = [];
  const counts: Record<string, number> = {};
  let quotes = 0;
  let claims = 0;
  for (const [story, articles] of readBasil(dir)) {
    const result = alignStory(articles, new Map());
    quotes += result.quotes.length;
    claims += result.claims.length;
    for (const d of result.discrepancies) counts[d.kind] = (counts[d.kind] ?? 0) + 1;
    findings.push({ story, quotes: result.quotes, claims: result.claims, discrepancies: result.discrepancies });
  }
  if (out !== undefined) writeFileSync(out, JSON.stringify(findings, null, 1));
  console.log(
    JSON.stringify({ stories: findings.length, alignedQuotes: quotes, alignedClaims: claims, discrepancies: counts }),
  );
}

if (process.argv[1]?.endsWith("evalBasil.ts") === true) main();
