/**
 * Story clustering speed and memory: a synthetic stream (bench/clustering/syntheticCorpus.ts states the method) fed
 * into one StoryIndex, with the time of `add` alone measured per segment, and RSS / heap at 10k, 100k and 1M articles.
 * Also the cost of the term pipeline (Porter stemmer) against wink-nlp lemmas on the same texts.
 *
 *   npx tsx bench/clustering.ts               10k, then every 100k up to 1M
 *   npx tsx bench/clustering.ts --max 100000  stop earlier
 *   npx tsx bench/clustering.ts --spaces      also V8's heap spaces (used / committed MB) at each checkpoint
 *   node --expose-gc --import tsx bench/clustering.ts   heap after a full collection at each checkpoint (what is
 *                                                       live, not what garbage happens to be waiting)
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { getHeapSpaceStatistics } from "node:v8";
import { documentFeatures } from "../src/triangulate/stories/features.js";
import { StoryIndex } from "../src/triangulate/stories/index.js";
import { scoreClustering } from "../eval/clustering/scores.js";
import { syntheticCorpus } from "./clustering/syntheticCorpus.js";

export interface ClusteringBenchRow {
  articles: number;
  /** Mean ms per add over the segment since the previous checkpoint. */
  msPerAddSegment: number;
  /** Mean ms per add since the start. */
  msPerAddTotal: number;
  /** Mean CPU ms (user + system) per add over the segment: steadier than wall time on a shared machine. */
  cpuMsPerAddSegment: number;
  rssMB: number;
  /** Heap used; after a forced full collection when run with --expose-gc (`heapIsLive`). */
  heapMB: number;
  heapIsLive: boolean;
  /** V8 heap committed (used + free pages V8 still holds). */
  heapTotalMB: number;
  /**
   * Memory outside the V8 heap that JS objects hold (typed-array backing stores and the like). Read right after
   * `gc()` it still counts buffers V8 frees on a background thread (77 MB at 50k where 29 MB are held).
   */
  externalMB: number;
  /** The part of `externalMB` that is ArrayBuffer backing stores. */
  arrayBuffersMB: number;
  activeDocs: number;
  postingEntries: number;
  stories: number;
}

export interface ClusteringBench {
  rows: ClusteringBenchRow[];
  /** B-cubed F1 on the synthetic gold at the last checkpoint (a sanity check, not a quality figure). */
  syntheticBcubedF1: number;
  featuresMsPerArticle: number;
  winkLemmasMsPerArticle: number | null;
  corpus: { sentences: number; vocabulary: number; spanDays: number };
}

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);
/** Documents generated, then added under one reading of the clocks. */
const BATCH = 1000;

/** Feature extraction (our stemmer pipeline) vs wink-nlp lemmatisation, ms per article over `n` articles. */
function termPipelineSpeed(texts: string[]): { ours: number; wink: number | null } {
  let start = performance.now();
  for (const text of texts) documentFeatures({ id: "x", published: null, title: "", text });
  const ours = (performance.now() - start) / texts.length;
  try {
    const require = createRequire(import.meta.url);
    const winkNLP = require("wink-nlp") as (model: unknown) => {
      readDoc(text: string): { tokens(): { out(f: unknown): string[] } };
      its: { lemma: unknown };
    };
    const nlp = winkNLP(require("wink-eng-lite-web-model"));
    start = performance.now();
    for (const text of texts) nlp.readDoc(text).tokens().out(nlp.its.lemma);
    return { ours, wink: (performance.now() - start) / texts.length };
  } catch {
    return { ours, wink: null };
  }
}

/** V8's heap spaces, used / committed MB each (`--spaces`): where committed-but-unused heap sits. */
function heapSpaces(): string {
  return getHeapSpaceStatistics()
    .map((s) => `${s.space_name} ${mb(s.space_used_size)}/${mb(s.space_size)}`)
    .join(", ");
}

/**
 * Runs the benchmark up to the largest checkpoint.
 *
 * @example const { rows } = await benchClustering([10_000]); rows[0]?.msPerAddTotal
 */
export async function benchClustering(
  checkpoints: number[] = [10_000, 100_000, 1_000_000],
  onRow: (row: ClusteringBenchRow) => void = () => {},
): Promise<ClusteringBench> {
  const max = Math.max(...checkpoints);
  const corpus = syntheticCorpus(max);
  const sample = Array.from({ length: 500 }, (_, i) => corpus.doc(i).text);
  const speed = termPipelineSpeed(sample);

  const index = new StoryIndex();
  const predicted = new Map<string, string>();
  const rows: ClusteringBenchRow[] = [];
  let addMs = 0;
  let segmentMs = 0;
  let segmentCpu = 0;
  let last = 0;
  const stops = [...new Set(checkpoints)].sort((x, y) => x - y);
  // Timed in batches of generated documents: generation stays outside the clock, and reading the CPU clock once per
  // add (getrusage over every thread) cost a twentieth of an add.
  for (let i = 0; i < max;) {
    const stop = stops.find((n) => n > i) ?? max;
    const docs = Array.from({ length: Math.min(BATCH, stop - i) }, (_, j) => corpus.doc(i + j));
    const stories: string[] = [];
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (const doc of docs) stories.push(index.add(doc).story);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    segmentCpu += (used.user + used.system) / 1000;
    addMs += ms;
    segmentMs += ms;
    docs.forEach((doc, j) => {
      if (i + j < 200_000) predicted.set(doc.id, stories[j] as string);
    });
    i += docs.length;
    if (!checkpoints.includes(i)) continue;
    const sizes = index.sizes();
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const memory = process.memoryUsage();
    const row: ClusteringBenchRow = {
      articles: i,
      msPerAddSegment: segmentMs / (i - last),
      msPerAddTotal: addMs / i,
      cpuMsPerAddSegment: segmentCpu / (i - last),
      rssMB: mb(memory.rss),
      heapMB: mb(memory.heapUsed),
      heapIsLive: gc !== undefined,
      heapTotalMB: mb(memory.heapTotal),
      externalMB: mb(memory.external),
      arrayBuffersMB: mb(memory.arrayBuffers),
      activeDocs: sizes.activeDocs,
      postingEntries: sizes.postingEntries,
      stories: sizes.stories,
    };
    rows.push(row);
    onRow(row);
    segmentMs = 0;
    segmentCpu = 0;
    last = i;
  }
  // Scored on the first 200k articles (their final stories, after any later merges).
  const final = new Map<string, string>();
  const gold = new Map<string, string>();
  const scored = Math.min(max, 200_000);
  for (let i = 0; i < scored; i++) {
    const id = `syn-${i}`;
    final.set(id, index.storyOf(id) ?? predicted.get(id) ?? id);
    gold.set(id, String(corpus.gold(i)));
  }
  return {
    rows,
    syntheticBcubedF1: scoreClustering(final, gold).bcubed.f1,
    featuresMsPerArticle: speed.ours,
    winkLemmasMsPerArticle: speed.wink,
    corpus: { sentences: corpus.sentences, vocabulary: corpus.vocabulary, spanDays: corpus.spanDays },
  };
}

async function main(): Promise<void> {
  const maxArg = process.argv.indexOf("--max");
  const max = maxArg > 0 ? Number(process.argv[maxArg + 1]) : 1_000_000;
  // Every 100k past the first, so a run stopped early still reports how far it got.
  const checkpoints = [10_000, ...Array.from({ length: 10 }, (_, i) => (i + 1) * 100_000)].filter((n) => n <= max);
  if (!checkpoints.includes(max)) checkpoints.push(max);
  console.log(
    `| articles | ms/add (segment) | CPU ms/add (segment) | ms/add (cumulative) | RSS MB | ${
      (globalThis as { gc?: unknown }).gc === undefined ? "heap MB" : "live heap MB"
    } | heap total MB | external MB | array buffers MB | active docs | postings | stories |`,
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
  const spaces = process.argv.includes("--spaces");
  const result = await benchClustering(checkpoints, (r) => {
    console.log(
      `| ${r.articles} | ${r.msPerAddSegment.toFixed(3)} | ${r.cpuMsPerAddSegment.toFixed(3)} | ${r.msPerAddTotal.toFixed(3)} | ${r.rssMB} | ${r.heapMB} | ` +
        `${r.heapTotalMB} | ${r.externalMB} | ${r.arrayBuffersMB} | ${r.activeDocs} | ${r.postingEntries} | ${r.stories} |`,
    );
    // Read right after the row's collection, before anything else allocates.
    if (spaces) console.log(heapSpaces());
  });
  console.log(
    `\ncorpus: ${result.corpus.sentences} real sentences, ${result.corpus.vocabulary} words, ` +
      `${result.corpus.spanDays.toFixed(0)} days at 1,500 articles/day`,
  );
  console.log(`synthetic B-cubed F1 (first 200k): ${result.syntheticBcubedF1.toFixed(3)}`);
  console.log(
    `term pipeline: ${result.featuresMsPerArticle.toFixed(3)} ms/article (Porter stemmer); wink-nlp lemmas ` +
      `${result.winkLemmasMsPerArticle === null ? "n/a" : result.winkLemmasMsPerArticle.toFixed(3)} ms/article`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
