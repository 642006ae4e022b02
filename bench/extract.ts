/**
 * Speed of HTML article extraction on the 181 scrapinghub AEB pages (decompressed and decoded in advance),
 * next to Readability.js on jsdom (its reference DOM) and on linkedom, run in the same process on one
 * core. Pages/s are counted on the process's CPU time (user + system), which holds steady when other
 * work shares the machine; wall-clock figures are printed beside them.
 *
 *   npx tsx bench/extract.ts [rounds]
 */
import { fileURLToPath } from "node:url";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractHtml } from "../src/ingest/extract/extractHtml.js";
import { loadAeb } from "../eval/extract/datasets.js";
import { readabilityJsdom } from "../eval/extract/readabilityJsdom.js";

export interface ExtractorSpeed {
  name: string;
  pages: number;
  /** Pages per second of CPU time of this (single-threaded) process. */
  pagesPerCpuSecond: number;
  pagesPerWallSecond: number;
}

export interface ExtractBench {
  averagePageKiB: number;
  results: ExtractorSpeed[];
}

function readabilityLinkedom(html: string): string {
  try {
    const { document } = parseHTML(html);
    return new Readability(document as unknown as Document).parse()?.textContent ?? "";
  } catch {
    return "";
  }
}

function measure(
  name: string,
  pages: readonly string[],
  rounds: number,
  run: (html: string) => unknown,
): ExtractorSpeed {
  for (const html of pages.slice(0, 10)) run(html); // warm-up: JIT and lazy module state
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (let round = 0; round < rounds; round++) for (const html of pages) run(html);
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const count = pages.length * rounds;
  return { name, pages: count, pagesPerCpuSecond: count / cpuSeconds, pagesPerWallSecond: count / wallSeconds };
}

/**
 * Runs the extraction benchmark: ours over `rounds` passes, the Readability baselines over one pass each.
 *
 * @example benchExtract(3).results[0].pagesPerCpuSecond
 */
export function benchExtract(rounds = 3): ExtractBench {
  const pages = loadAeb().map((page) => page.html);
  const averagePageKiB = pages.reduce((sum, html) => sum + html.length, 0) / pages.length / 1024;
  const results = [
    measure("parallax extractHtml (body + metadata)", pages, rounds, (html) => extractHtml(html)),
    measure("Readability.js + linkedom", pages, 1, readabilityLinkedom),
    measure("Readability.js + jsdom", pages, 1, readabilityJsdom),
  ];
  return { averagePageKiB, results };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rounds = Number(process.argv[2] ?? 3);
  const { averagePageKiB, results } = benchExtract(rounds);
  const ours = results[0];
  console.log(`AEB pages: 181, average ${averagePageKiB.toFixed(0)} KiB of HTML; node ${process.version}\n`);
  console.log("| extractor | pages | pages/s (CPU) | pages/s (wall) | ours is × faster (CPU) |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const result of results) {
    const ratio = ours === undefined ? 1 : ours.pagesPerCpuSecond / result.pagesPerCpuSecond;
    console.log(
      `| ${result.name} | ${result.pages} | ${result.pagesPerCpuSecond.toFixed(1)} | ` +
        `${result.pagesPerWallSecond.toFixed(1)} | ${ratio.toFixed(1)} |`,
    );
  }
}
