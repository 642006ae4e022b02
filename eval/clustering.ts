/**
 * Story clustering quality: every dataset fed in order into a fresh StoryIndex, scored with B-cubed and pairwise
 * P/R/F1 against gold, beside the all-pairs TF-IDF single-link baseline in the same run.
 *
 *   npx tsx eval/clustering.ts            the table (defaults)
 *   npx tsx eval/clustering.ts --sweep    B-cubed F1 over a grid of join thresholds, for the tuning record
 *   npx tsx eval/clustering.ts --analysed the table with each document first run through the analysis stages
 *   npx tsx eval/clustering.ts --seeds 1,3,7,11,19   StoryIndex B-cubed F1 per feed-order seed and their mean (the
 *                                        shuffle that breaks time ties moves UCI day dates and ECB+ by ±0.01)
 */
import { pathToFileURL } from "node:url";
import { StoryIndex, type StoryIndexOptions } from "../src/triangulate/stories/index.js";
import { analysedDataset } from "./clustering/analysed.js";
import { baselineClusters } from "./clustering/baseline.js";
import { loadClusteringDatasets, type Dataset } from "./clustering/datasets.js";
import { scoreClustering, type ClusterScores } from "./clustering/scores.js";

/** The baseline's one global threshold, chosen on the tuning set (ECB+ sub-topics) like the StoryIndex defaults. */
export const BASELINE_THRESHOLD = 0.25;

export interface ClusteringRow extends ClusterScores {
  dataset: string;
  method: "StoryIndex" | "baseline";
  docs: number;
  order: string;
  msPerDoc: number;
}

/** Feeds a dataset into a fresh StoryIndex: item → story id. */
export function clusterWithIndex(dataset: Dataset, options: Partial<StoryIndexOptions> = {}): Map<string, string> {
  const index = new StoryIndex(options);
  for (const { doc } of dataset.docs) index.add(doc);
  const predicted = new Map<string, string>();
  for (const story of index.allStories()) {
    for (const id of story.members) predicted.set(id, story.id);
    for (const copy of story.copies) predicted.set(copy.id, story.id);
  }
  return predicted;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/**
 * The figures for every dataset: StoryIndex and baseline rows.
 *
 * @example const rows = await evaluateClustering(); rows.find((r) => r.dataset === "BASIL")?.bcubed.f1
 */
export async function evaluateClustering(
  options: Partial<StoryIndexOptions> = {},
  datasets: Dataset[] = loadClusteringDatasets(),
): Promise<ClusteringRow[]> {
  const rows: ClusteringRow[] = [];
  for (const dataset of datasets) {
    const gold = new Map(dataset.docs.map((d) => [d.doc.id, d.gold]));
    const base = { dataset: dataset.name, docs: dataset.docs.length, order: dataset.order };
    const ours = timed(() => clusterWithIndex(dataset, options));
    rows.push({
      ...base,
      method: "StoryIndex",
      ...scoreClustering(ours.value, gold),
      msPerDoc: ours.ms / dataset.docs.length,
    });
    const baseline = timed(() =>
      baselineClusters(
        dataset.docs.map((d) => d.doc),
        BASELINE_THRESHOLD,
      ),
    );
    rows.push({
      ...base,
      method: "baseline",
      ...scoreClustering(baseline.value, gold),
      msPerDoc: baseline.ms / dataset.docs.length,
    });
  }
  return rows;
}

const f = (x: number): string => x.toFixed(3);

/** The table as Markdown. */
export function formatRows(rows: ClusteringRow[]): string {
  const lines = [
    "| dataset | docs | method | stories (gold) | B³ P | B³ R | B³ F1 | pair P | pair R | pair F1 | ms/doc |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.dataset} | ${r.docs} | ${r.method} | ${r.clusters} (${r.goldClusters}) | ${f(r.bcubed.p)} | ${f(r.bcubed.r)} | ` +
        `**${f(r.bcubed.f1)}** | ${f(r.pairwise.p)} | ${f(r.pairwise.r)} | ${f(r.pairwise.f1)} | ${r.msPerDoc.toFixed(2)} |`,
    );
  }
  return lines.join("\n");
}

/** B-cubed F1 of StoryIndex and baseline over a grid of thresholds: how sensitive each is, per dataset. */
function sweep(datasets: Dataset[]): string {
  const lines = [
    `| threshold | ${datasets.map((d) => d.name).join(" | ")} |`,
    `|---|${datasets.map(() => "---|").join("")}`,
  ];
  for (const join of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45]) {
    const cells = datasets.map((d) => {
      const gold = new Map(d.docs.map((x) => [x.doc.id, x.gold]));
      const ours = scoreClustering(clusterWithIndex(d, { joinThreshold: join, mergeThreshold: join + 0.1 }), gold);
      const base = scoreClustering(
        baselineClusters(
          d.docs.map((x) => x.doc),
          join,
        ),
        gold,
      );
      return `${f(ours.bcubed.f1)} / ${f(base.bcubed.f1)}`;
    });
    lines.push(`| ${join} | ${cells.join(" | ")} |`);
  }
  return `B-cubed F1, StoryIndex (merge = join + 0.1) / baseline at the same threshold\n\n${lines.join("\n")}`;
}

/** StoryIndex B-cubed F1 per dataset for each feed-order seed, and the mean over seeds. */
function overSeeds(seeds: number[], analysed: boolean): string {
  const perSeed = seeds.map((seed) => {
    const loaded = loadClusteringDatasets(seed);
    return (analysed ? loaded.map(analysedDataset) : loaded).map((d) => {
      const gold = new Map(d.docs.map((x) => [x.doc.id, x.gold]));
      return { name: d.name, f1: scoreClustering(clusterWithIndex(d), gold).bcubed.f1 };
    });
  });
  const names = perSeed[0]?.map((r) => r.name) ?? [];
  const lines = [`| seed | ${names.join(" | ")} |`, `|---|${names.map(() => "---|").join("")}`];
  perSeed.forEach((rows, i) => lines.push(`| ${seeds[i]} | ${rows.map((r) => f(r.f1)).join(" | ")} |`));
  const mean = names.map((_, j) => perSeed.reduce((sum, rows) => sum + (rows[j]?.f1 ?? 0), 0) / perSeed.length);
  lines.push(`| mean | ${mean.map((m) => `**${f(m)}**`).join(" | ")} |`);
  return `B-cubed F1 of StoryIndex by feed-order seed\n\n${lines.join("\n")}`;
}

async function main(): Promise<void> {
  const seedsAt = process.argv.indexOf("--seeds");
  if (seedsAt >= 0) {
    const seeds = (process.argv[seedsAt + 1] ?? "").split(",").map(Number);
    if (seeds.length === 0 || seeds.some((s) => !Number.isInteger(s))) {
      throw new Error("--seeds: give a comma-separated list of integers, e.g. --seeds 1,3,7,11,19");
    }
    console.log(overSeeds(seeds, process.argv.includes("--analysed")));
    return;
  }
  const loaded = loadClusteringDatasets();
  const datasets = process.argv.includes("--analysed") ? loaded.map(analysedDataset) : loaded;
  for (const d of datasets) console.log(`${d.name}: ${d.docs.length} docs, ${d.order}`);
  if (process.argv.includes("--sweep")) {
    console.log(sweep(datasets));
    return;
  }
  console.log(formatRows(await evaluateClustering({}, datasets)));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
