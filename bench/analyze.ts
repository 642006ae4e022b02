/**
 * Speed of the whole per-article analysis (every stage after `clean`) on ~700-word real news articles, next to
 * wink-nlp's tokenizer alone over the same texts, run side by side; and memory over a long run.
 *
 *   npx tsx bench/analyze.ts            # throughput, ratio to wink-nlp tokenizing
 *   npx tsx bench/analyze.ts --long N   # also N articles in a row, RSS sampled every N/10 (memory must stay flat)
 *
 * Articles: PolNeAR news texts (read from ../shared/eval at run time), joined or cut to ~700 words.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Article } from "../src/article.js";
import { analysisStages, BATCH_SIZE, runPipeline } from "../src/pipeline.js";
import { defaultContext } from "../src/stage.js";

const WORDS = 700;
const polnear = new URL("../../shared/eval/polnear/data/", import.meta.url);

/** ~700-word articles made from real news texts. */
export function benchArticles(): string[] {
  const texts: string[] = [];
  for (const split of ["train", "dev", "test"]) {
    const dir = new URL(`${split}/text/`, polnear);
    for (const name of readdirSync(dir).sort()) texts.push(readFileSync(new URL(name, dir), "utf8"));
  }
  const out: string[] = [];
  let words: string[] = [];
  for (const text of texts) {
    for (const paragraph of text.split(/\n\s*\n/)) {
      words.push(...paragraph.split(/\s+/).filter(Boolean), "\n\n");
      if (words.length >= WORDS) {
        out.push(
          words
            .join(" ")
            .replace(/ ?\n\n ?/g, "\n\n")
            .trim(),
        );
        words = [];
      }
    }
  }
  return out;
}

function cleaned(texts: readonly string[]): Article[] {
  return texts.map((body, i) => {
    const result = runPipeline({ source: `bench-${i}`, format: "text", body, meta: { published: "2016-10-20" } });
    if ("reason" in result) throw new Error(result.reason);
    return result;
  });
}

/** As the pipeline runs them: each stage over a batch of `BATCH_SIZE` articles before the next stage. */
function analyseAll(articles: readonly Article[]): void {
  for (let at = 0; at < articles.length; at += BATCH_SIZE) {
    const batch = articles.slice(at, at + BATCH_SIZE);
    for (const stage of analysisStages) for (const article of batch) stage.run(article, defaultContext);
  }
}

/** Every stage over one article before the next article (how the pipeline ran before batches). */
function analyseOneByOne(articles: readonly Article[]): void {
  for (const article of articles) for (const stage of analysisStages) stage.run(article, defaultContext);
}

/** Seconds per round of `fn` (after one warm-up round), by the wall clock and by this process's CPU time. */
interface Timing {
  /** User + system CPU time of the process: what the work costs, whatever else runs on a shared machine. */
  cpu: number;
  /** Wall-clock time: shown beside CPU time to tell how busy the machine was. */
  wall: number;
}

function timeIt(rounds: number, fn: () => void): Timing {
  fn();
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) fn();
  const used = process.cpuUsage(cpu0);
  return { cpu: (used.user + used.system) / 1e6 / rounds, wall: (performance.now() - wall0) / 1000 / rounds };
}

export interface AnalyzeBench {
  articles: number;
  stages: string[];
  /** Articles per CPU second (user + system time of this process), in batches as the pipeline runs. */
  analyzePerSecond: number;
  /** The same, every stage over one article before the next article. */
  oneByOnePerSecond: number;
  winkTokenizePerSecond: number;
  /** Articles per wall-clock second: lower than the CPU figure when the machine is busy. */
  analyzePerWallSecond: number;
  winkTokenizePerWallSecond: number;
  /** CPU milliseconds per article, per stage. */
  perStageMs: Record<string, number>;
}

export function benchAnalyze(rounds = 3): AnalyzeBench {
  const texts = benchArticles();
  const articles = cleaned(texts);
  const nlp = winkNLP(model);
  const its = nlp.its;
  const wink = timeIt(rounds, () => {
    for (const a of articles) nlp.readDoc(a.text).tokens().out(its.value);
  });
  const analyse = timeIt(rounds, () => analyseAll(articles));
  const oneByOne = timeIt(rounds, () => analyseOneByOne(articles));
  const perStageMs: Record<string, number> = {};
  for (const stage of analysisStages) {
    const seconds = timeIt(rounds, () => {
      for (const a of articles) stage.run(a, defaultContext);
    });
    perStageMs[stage.name] = (seconds.cpu * 1000) / articles.length;
  }
  return {
    articles: articles.length,
    stages: analysisStages.map((s) => s.name),
    analyzePerSecond: articles.length / analyse.cpu,
    oneByOnePerSecond: articles.length / oneByOne.cpu,
    winkTokenizePerSecond: articles.length / wink.cpu,
    analyzePerWallSecond: articles.length / analyse.wall,
    winkTokenizePerWallSecond: articles.length / wink.wall,
    perStageMs,
  };
}

function longRun(total: number): void {
  const articles = cleaned(benchArticles());
  const step = Math.max(1, Math.floor(total / 10));
  for (let i = 0; i < total; i++) {
    const source = articles[i % articles.length];
    if (!source) continue;
    // A fresh article object each time, as in a real run.
    const fresh = {
      ...source,
      messages: [],
      sentences: [],
      mentions: [],
      quotes: [],
      times: [],
      claims: [],
      events: [],
    };
    for (const stage of analysisStages) stage.run(fresh, defaultContext);
    if ((i + 1) % step === 0) {
      console.log(`  ${i + 1} articles: rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const b = benchAnalyze();
  console.log(`analysis stages: ${b.stages.join(" → ")} over ${b.articles} real articles of ~${WORDS} words`);
  console.log("  articles/s by CPU time (user + system), and by wall clock:");
  console.log(
    `  parallax analysis   ${b.analyzePerSecond.toFixed(0)} articles/s CPU, ${b.analyzePerWallSecond.toFixed(0)} wall` +
      ` (batches of ${BATCH_SIZE}; one article at a time ${b.oneByOnePerSecond.toFixed(0)} CPU)`,
  );
  console.log(
    `  wink-nlp tokenizing ${b.winkTokenizePerSecond.toFixed(0)} articles/s CPU, ` +
      `${b.winkTokenizePerWallSecond.toFixed(0)} wall (baseline, same texts)`,
  );
  console.log(`  ratio ${(b.analyzePerSecond / b.winkTokenizePerSecond).toFixed(2)}× the tokenizer alone (CPU)`);
  for (const [name, ms] of Object.entries(b.perStageMs))
    console.log(`  ${name.padEnd(10)} ${ms.toFixed(3)} ms/article CPU`);
  const longAt = process.argv.indexOf("--long");
  if (longAt !== -1) longRun(Number(process.argv[longAt + 1] ?? 100_000));
}
