/**
 * HTML article-body extraction on two public benchmarks, ours next to Readability.js (on jsdom) measured
 * in the same run. Reads ../shared/eval at run time; the trafilatura pages are unpacked into .eval-cache/.
 *
 * - scrapinghub article-extraction-benchmark (181 pages): the benchmark's shingle metric (see shingleScore).
 * - trafilatura evaluation (990 pages): with/without segments, pooled counts (see segmentScore).
 *
 *   npx tsx eval/extract.ts               # the table
 *   npx tsx eval/extract.ts --quick       # ours only (no Readability.js run)
 *   npx tsx eval/extract.ts --errors 10   # also list our 10 worst AEB pages and trafilatura misses
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractHtml } from "../src/ingest/extract/extractHtml.js";
import { aebRoot, loadAeb, loadTrafilatura, type AebPage, type SegmentPage } from "./extract/datasets.js";
import { readabilityBatches } from "./extract/readabilityBatches.js";
import { segmentMatch, segmentScore, type SegmentScore } from "./extract/segmentScore.js";
import { shingleMatch, shingleScore, type PrfScore } from "./extract/shingleScore.js";

export type Extractor = (html: string, url?: string) => string;

export interface SystemFigures {
  name: string;
  aeb: PrfScore & { pagesPerSecond: number };
  trafilatura: SegmentScore & { pagesPerSecond: number; missingFiles: number };
}

export interface ExtractEvalOptions {
  /** Also run Readability.js on jsdom (slow: about 6 pages/s). Default true. */
  readability?: boolean;
  /** Print the worst pages of our extractor. */
  errors?: number;
  log?: (line: string) => void;
}

export const ours: Extractor = (html, url) => extractHtml(html, url).text;

interface Run {
  figures: SystemFigures;
  aebPages: { page: AebPage; f1: number; output: string }[];
  segmentPages: { page: SegmentPage; output: string | null }[];
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, (performance.now() - start) / 1000];
}

interface SystemOutputs {
  aeb: string[];
  aebSeconds: number;
  segments: (string | null)[];
  segmentSeconds: number;
}

/** Runs an in-process extractor over both datasets, timing each page. */
function extractAll(extract: Extractor, aeb: AebPage[], segments: SegmentPage[]): SystemOutputs {
  let aebSeconds = 0;
  const aebOutputs = aeb.map((page) => {
    const [output, seconds] = timed(() => extract(page.html, page.url));
    aebSeconds += seconds;
    return output;
  });
  let segmentSeconds = 0;
  const segmentOutputs = segments.map((page) => {
    if (page.html === null) return null;
    const html = page.html;
    const [output, seconds] = timed(() => extract(html, page.url));
    segmentSeconds += seconds;
    return output;
  });
  return { aeb: aebOutputs, aebSeconds, segments: segmentOutputs, segmentSeconds };
}

/** Readability.js on jsdom over both datasets, in batches of fresh processes (jsdom holds memory). */
function readabilityAll(aeb: AebPage[], segments: SegmentPage[]): SystemOutputs {
  const onAeb = readabilityBatches(aeb);
  const present = segments.filter((page): page is SegmentPage & { html: string } => page.html !== null);
  const onSegments = readabilityBatches(present);
  const byPage = new Map(present.map((page, i) => [page, onSegments.outputs[i] ?? ""]));
  return {
    aeb: onAeb.outputs,
    aebSeconds: onAeb.seconds,
    segments: segments.map((page) => byPage.get(page as SegmentPage & { html: string }) ?? null),
    segmentSeconds: onSegments.seconds,
  };
}

function score(name: string, outputs: SystemOutputs, aeb: AebPage[], segments: SegmentPage[]): Run {
  const aebPages = aeb.map((page, i) => {
    const output = outputs.aeb[i] ?? "";
    const counts = shingleMatch(page.truth, output);
    const [tp, fp, fn] = counts;
    return { page, output, counts, f1: (2 * tp) / Math.max(1e-9, 2 * tp + fp + fn) };
  });
  const segmentPages = segments.map((page, i) => ({ page, output: outputs.segments[i] ?? null }));
  const read = segments.filter((page) => page.html !== null).length;
  return {
    figures: {
      name,
      aeb: { ...shingleScore(aebPages.map((p) => p.counts)), pagesPerSecond: aeb.length / outputs.aebSeconds },
      trafilatura: {
        ...segmentScore(segmentPages.map((p) => segmentMatch(p.output, p.page))),
        pagesPerSecond: read / outputs.segmentSeconds,
        missingFiles: segments.length - read,
      },
    },
    aebPages,
    segmentPages,
  };
}

const f3 = (x: number): string => x.toFixed(3);

function table(figures: readonly SystemFigures[]): string[] {
  const lines = [
    "| system | AEB P | AEB R | AEB F1 | AEB pages/s | traf. P | traf. R | traf. F1 | traf. pages/s |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const { name, aeb, trafilatura: t } of figures) {
    lines.push(
      `| ${name} | ${f3(aeb.precision)} | ${f3(aeb.recall)} | ${f3(aeb.f1)} | ${aeb.pagesPerSecond.toFixed(1)} | ` +
        `${f3(t.precision)} | ${f3(t.recall)} | ${f3(t.f1)} | ${t.pagesPerSecond.toFixed(1)} |`,
    );
  }
  return lines;
}

/**
 * The benchmark's published outputs of other systems scored with our metric: trafilatura and
 * Readability.js must come out at the README's 0.958 and 0.947, which checks the metric itself.
 */
export function publishedAebScores(aeb: readonly AebPage[]): { name: string; f1: number }[] {
  return ["trafilatura", "readability_js", "newspaper", "goose3"].flatMap((name) => {
    const path = join(aebRoot, "baseline-output", `${name}.json`);
    if (!existsSync(path)) return [];
    const raw = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    const outputs = (raw["output"] ?? raw) as Record<string, { articleBody?: string } | undefined>;
    const counts = aeb.map((page) => shingleMatch(page.truth, outputs[page.id]?.articleBody ?? ""));
    return [{ name, f1: shingleScore(counts).f1 }];
  });
}

/**
 * Runs the extraction evaluation and returns the figures (ours first, then Readability.js when asked).
 *
 * @example const [ours, readability] = evalExtract({ log: () => {} });
 */
export function evalExtract(options: ExtractEvalOptions = {}): SystemFigures[] {
  const log = options.log ?? console.log;
  const aeb = loadAeb();
  const segments = loadTrafilatura();
  const runs = [score("parallax extractHtml", extractAll(ours, aeb, segments), aeb, segments)];
  if (options.readability ?? true) {
    runs.push(score("Readability.js + jsdom", readabilityAll(aeb, segments), aeb, segments));
  }
  const figures = runs.map((run) => run.figures);
  log(`AEB: ${aeb.length} pages; trafilatura-eval: ${segments.length} pages`);
  const missing = segments.filter((p) => p.html === null).map((p) => p.file);
  if (missing.length > 0) log(`trafilatura-eval files missing (${missing.length}): ${missing.join(", ")}`);
  for (const line of table(figures)) log(line);
  const published = publishedAebScores(aeb)
    .map(({ name, f1 }) => `${name} ${f3(f1)}`)
    .join(", ");
  log(`\nmetric check, the benchmark's published outputs scored here (AEB F1): ${published}`);
  const worst = options.errors ?? 0;
  const first = runs[0];
  if (worst > 0 && first !== undefined) {
    log(`\nworst AEB pages (ours):`);
    for (const { page, f1, output } of [...first.aebPages].sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
      log(`  ${f3(f1)} ${page.id.slice(0, 12)} ${page.url} (${output.length} chars vs ${page.truth.length})`);
    }
    log(`\ntrafilatura-eval misses (ours):`);
    let shown = 0;
    for (const { page, output } of first.segmentPages) {
      const counts = segmentMatch(output, page);
      if (counts.fn + counts.fp === 0 || shown++ >= worst * 3) continue;
      log(`  ${page.file}: fn=${counts.fn} fp=${counts.fp} (${output?.length ?? 0} chars)`);
    }
  }
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const errorsAt = args.indexOf("--errors");
  evalExtract({ readability: !args.includes("--quick"), errors: errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 10) : 0 });
}
