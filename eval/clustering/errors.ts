/**
 * Error analysis of one dataset's clustering: how much of the B-cubed loss is splits (a gold story spread over many
 * of our stories: recall) and how much merges (our story holding several gold stories: precision), for the biggest
 * gold stories, with the headlines of the split-off pieces beside the main piece.
 *
 *   npx tsx eval/clustering/errors.ts                     UCI headlines (crawl order), 10 biggest gold stories
 *   npx tsx eval/clustering/errors.ts --dataset "UCI headlines, day dates" --top 20 --show 3
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { clusterWithIndex } from "../clustering.js";
import { loadClusteringDatasets, type Dataset } from "./datasets.js";

export interface GoldStoryErrors {
  gold: string;
  size: number;
  /** Our stories holding its items. */
  pieces: number;
  /** Items in the piece holding most of them. */
  mainPiece: number;
  /** This gold story's share of the dataset's B-cubed recall loss (sum over its items of 1 − recall, over n). */
  recallLoss: number;
  /** The precision loss of its items (they sit with items of other gold stories), over n. */
  precisionLoss: number;
}

export interface ErrorReport {
  n: number;
  /** 1 − B-cubed recall and 1 − B-cubed precision over the whole dataset. */
  recallLoss: number;
  precisionLoss: number;
  stories: GoldStoryErrors[];
}

/**
 * Per gold story: its pieces and its share of the B-cubed recall and precision loss, biggest gold story first.
 *
 * @example errorReport(new Map([["a", "1"], ["b", "2"]]), new Map([["a", "x"], ["b", "x"]])).recallLoss // 0.5
 */
export function errorReport(predicted: Map<string, string>, gold: Map<string, string>): ErrorReport {
  const cell = new Map<string, Map<string, number>>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (const [item, g] of gold) {
    const p = predicted.get(item) ?? `singleton:${item}`;
    const row = cell.get(g) ?? new Map<string, number>();
    cell.set(g, row);
    row.set(p, (row.get(p) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  const n = gold.size;
  const stories: GoldStoryErrors[] = [];
  let recallLoss = 0;
  let precisionLoss = 0;
  for (const [g, row] of cell) {
    const size = goldSize.get(g) ?? 0;
    let r = 0;
    let p = 0;
    let mainPiece = 0;
    for (const [pred, count] of row) {
      r += count * (1 - count / size);
      p += count * (1 - count / (predSize.get(pred) ?? 1));
      mainPiece = Math.max(mainPiece, count);
    }
    stories.push({ gold: g, size, pieces: row.size, mainPiece, recallLoss: r / n, precisionLoss: p / n });
    recallLoss += r / n;
    precisionLoss += p / n;
  }
  stories.sort((a, b) => b.size - a.size || a.gold.localeCompare(b.gold));
  return { n, recallLoss, precisionLoss, stories };
}

function report(dataset: Dataset, top: number, show: number): string {
  const predicted = clusterWithIndex(dataset);
  const gold = new Map(dataset.docs.map((d) => [d.doc.id, d.gold]));
  const title = new Map(dataset.docs.map((d) => [d.doc.id, `${d.doc.title} <${d.doc.url ?? ""}>`]));
  const r = errorReport(predicted, gold);
  const f = (x: number): string => x.toFixed(4);
  const lines = [
    `${dataset.name}: n ${r.n}, recall loss ${f(r.recallLoss)} (splits), precision loss ${f(r.precisionLoss)} (merges)`,
    "",
    "| gold | size | pieces | main piece | recall loss | precision loss |",
    "|---|---|---|---|---|---|",
  ];
  const biggest = r.stories.slice(0, top);
  for (const s of biggest) {
    lines.push(`| ${s.gold} | ${s.size} | ${s.pieces} | ${s.mainPiece} | ${f(s.recallLoss)} | ${f(s.precisionLoss)} |`);
  }
  const sum = (pick: (s: GoldStoryErrors) => number): number => biggest.reduce((a, s) => a + pick(s), 0);
  lines.push(
    `| top ${top} together | ${sum((s) => s.size)} | | | ${f(sum((s) => s.recallLoss))} | ${f(sum((s) => s.precisionLoss))} |`,
  );
  if (show > 0) {
    for (const s of biggest) {
      const byPiece = new Map<string, string[]>();
      for (const [id, g] of gold) {
        if (g !== s.gold) continue;
        const p = predicted.get(id) ?? id;
        byPiece.set(p, [...(byPiece.get(p) ?? []), id]);
      }
      const pieces = [...byPiece.values()].sort((a, b) => b.length - a.length);
      lines.push("", `## ${s.gold} (${s.size}, ${pieces.length} pieces)`);
      pieces.forEach((ids, i) => {
        const label = i === 0 ? "main" : `piece ${i}`;
        for (const id of ids.slice(0, i === 0 ? show : Math.max(1, Math.ceil(show / 3)))) {
          lines.push(`  ${label} (${ids.length}): ${title.get(id) ?? id}`);
        }
      });
    }
  }
  return lines.join("\n");
}

function main(): void {
  const { values } = parseArgs({
    options: {
      dataset: { type: "string", default: "UCI headlines" },
      top: { type: "string", default: "10" },
      show: { type: "string", default: "0" },
    },
  });
  const dataset = loadClusteringDatasets().find((d) => d.name === values.dataset);
  if (dataset === undefined) throw new Error(`--dataset: no dataset named "${values.dataset}"`);
  console.log(report(dataset, Number(values.top), Number(values.show)));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
