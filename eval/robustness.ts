/**
 * Robustness: no per-article stage may throw on text, however real or hostile ("extractors never throw on text"), and
 * none may blow up super-linearly as input grows (a denial-of-service risk: one pasted 1 MB page must not stall a run).
 * A throw is a real loss: `runPipelineBatch` turns it into a failure for the whole article.
 *
 * What it runs, `clean` then every stage of `analysisStages` (src/pipeline.ts), each timed and guarded (a document
 * `clean` empties, such as a bare headline, is analysed as its raw body, as the clustering eval does):
 * - real: every text the evaluations read from ../shared/eval, through their own loaders (eval/robustness/corpus.ts):
 *   PolNeAR, TempEval-3, BASIL, PAC, UCI headlines, NewsWCL50, ECB+, PLOVER and PETR-2 sentences, the PETRARCH-2
 *   unit tests, the SemEval-2015 timeline documents. Read at run time; nothing is copied into the repository.
 * - mutated: each real text again as hostile variants (eval/robustness/mutate.ts: truncated mid-word or mid-quote,
 *   unbalanced quotes and brackets, all caps, no punctuation, lines joined, control characters, lone surrogates,
 *   Arabic/Hebrew and bidi marks, emoji, zero-width characters, title only, numbers only…), the kind taken in turn
 *   and the variant drawn from a generator seeded by the text's position and `--seed`, so a run is repeatable.
 * - scaling: pathological texts (a repeated article, one 1 MB sentence, an unclosed quote, nested brackets, one long
 *   word…) at 20 KB, 100 KB, 300 KB and 1 MB; each stage's time per character at the largest size over that at
 *   20 KB is its blow-up factor (1 = linear). Flagged above 50× (and 2 s), noted above 5×. A size is skipped when
 *   the last one projects, if quadratic, past 10 minutes.
 * Each phase runs in a child process under a watchdog: a case that runs longer than its limit (60 s; 5 min for
 * scaling) is reported as a hang in the stage it was in, and the run goes on from the next case.
 * Every distinct crash (stage + first frame in src/) is shrunk to a minimal reproduction (eval/robustness/shrink.ts).
 *
 *   npx tsx eval/robustness.ts                         # everything (about 15 minutes on a quiet laptop)
 *   npx tsx eval/robustness.ts --phases real,mutated --sets uci,basil --per-text 2 --seed 7
 *   npx tsx eval/robustness.ts --phases scaling
 * Prints a Markdown report; the details (every crash with its text, every scaling time) go to .eval-cache/robustness/report-<phases>.json.
 * Exit code 1 when any stage crashed, hung or blew up.
 */
import { fork } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { RawDocument } from "../src/article.js";
import { KnownPeople, registryFor } from "../src/analyze/actors/index.js";
import { analysisStages } from "../src/pipeline.js";
import type { Context } from "../src/stage.js";
import { defaultContext } from "../src/stage.js";
import { loadBasil, seededRandom } from "./clustering/datasets.js";
import { loadRealTexts, realSets, type RealText } from "./robustness/corpus.js";
import { mutations, pathological } from "./robustness/mutate.js";
import { runStages, textDocument, type Crash } from "./robustness/runStages.js";
import { shrink } from "./robustness/shrink.js";

type Phase = "real" | "mutated" | "scaling";
const phaseNames: readonly Phase[] = ["real", "mutated", "scaling"];
const sizes = [20_000, 100_000, 300_000, 1_000_000] as const;
const limitMs: Record<Phase, number> = { real: 60_000, mutated: 60_000, scaling: 300_000 };
/** A size is skipped when the last one, if the stage were quadratic, projects past this. */
const projectedLimitMs = 600_000;
const stageNames = ["clean", ...analysisStages.map((s) => s.name)];

interface Options {
  sets: string[];
  perText: number;
  seed: number;
}

interface CaseResult {
  phase: Phase;
  index: number;
  label: string;
  set: string;
  kind: string;
  chars: number;
  ms: Record<string, number>;
  crash: Crash | null;
  rawBody: boolean;
  /** The input, kept only when a stage crashed (for shrinking). */
  doc?: RawDocument;
}

interface Hang {
  phase: Phase;
  index: number;
  label: string;
  stage: string;
  afterMs: number;
  why: string;
}

type ChildMessage =
  | { t: "total"; total: number }
  | { t: "begin"; index: number; label: string }
  | { t: "stage"; stage: string }
  | { t: "case"; result: CaseResult }
  | { t: "end" };

const freshContext = (): Context => ({ ...defaultContext, registry: registryFor(), knownPeople: new KnownPeople() });

/** The mutated variant number `j` of real text `i`: the kind taken in turn, the variant seeded by position. */
function mutatedCase(texts: readonly RealText[], index: number, options: Options): { text: RealText; kind: string } {
  const kinds = Object.keys(mutations);
  const i = Math.floor(index / options.perText);
  const j = index % options.perText;
  const real = texts[i] as RealText;
  const kind = kinds[index % kinds.length] as string;
  const random = seededRandom(options.seed * 1_000_003 + i * 31 + j);
  const mutate = mutations[kind] as (text: string, random: () => number) => string;
  const body = mutate(real.doc.body, random);
  const meta = { ...real.doc.meta };
  if (kind === "titleOnly") delete meta.title;
  return { text: { set: real.set, doc: { ...real.doc, source: `${real.doc.source}~${kind}`, body, meta } }, kind };
}

/** The child: runs one phase's cases from `from`, reporting each to the parent. */
function work(phase: Phase, from: number, options: Options): void {
  const send = (message: ChildMessage): void => void process.send?.(message);
  const onStage = (stage: string): void => send({ t: "stage", stage });
  if (phase === "scaling") {
    const seedText = loadBasil().docs[0]?.doc.text ?? "";
    const kinds = Object.keys(pathological);
    send({ t: "total", total: kinds.length * sizes.length });
    runStages(textDocument("warm-up.txt", seedText), freshContext());
    let lastMs = 0;
    for (let index = from; index < kinds.length * sizes.length; index++) {
      const kind = kinds[Math.floor(index / sizes.length)] as string;
      const s = index % sizes.length;
      const size = sizes[s] as number;
      const previous = sizes[s - 1];
      if (s === 0) lastMs = 0;
      if (previous !== undefined && lastMs * (size / previous) ** 2 > projectedLimitMs) continue;
      const label = `${kind} @ ${size.toLocaleString("en")} chars`;
      send({ t: "begin", index, label });
      const body = (pathological[kind] as (size: number, seed: string) => string)(size, seedText);
      const doc = textDocument(`scaling/${kind}/${size}`, body, { published: "2024-03-05" });
      // The smallest size is the baseline: run it twice so its timings are those of warm code.
      if (s === 0) runStages(doc, freshContext());
      const run = runStages(doc, freshContext(), undefined, onStage);
      lastMs = Object.values(run.ms).reduce((a, b) => a + b, 0);
      const result: CaseResult = {
        phase,
        index,
        label,
        set: "scaling",
        kind,
        chars: size,
        ms: run.ms,
        crash: run.crash,
        rawBody: run.rawBody,
      };
      if (run.crash) result.doc = doc;
      send({ t: "case", result });
    }
    send({ t: "end" });
    return;
  }
  const texts = loadRealTexts(options.sets);
  // Load the registry and warm the stages up, so the first text's timings are its own.
  runStages(textDocument("warm-up.txt", texts[0]?.doc.body ?? ""), freshContext());
  const total = phase === "real" ? texts.length : texts.length * options.perText;
  send({ t: "total", total });
  let ctx = freshContext();
  let set = "";
  for (let index = from; index < total; index++) {
    const { text, kind } =
      phase === "real" ? { text: texts[index] as RealText, kind: "as read" } : mutatedCase(texts, index, options);
    if (text.set !== set) [ctx, set] = [freshContext(), text.set];
    send({ t: "begin", index, label: text.doc.source });
    const run = runStages(text.doc, ctx, undefined, onStage);
    const result: CaseResult = {
      phase,
      index,
      label: text.doc.source,
      set: text.set,
      kind,
      chars: text.doc.body.length,
      ms: run.ms,
      crash: run.crash,
      rawBody: run.rawBody,
    };
    if (run.crash) result.doc = text.doc;
    send({ t: "case", result });
  }
  send({ t: "end" });
}

/** The parent: runs a phase in child processes, restarting after a hang (killed) or a dead child. */
async function runPhase(
  phase: Phase,
  options: Options,
): Promise<{ results: CaseResult[]; hangs: Hang[]; total: number }> {
  const script = fileURLToPath(import.meta.url);
  const results: CaseResult[] = [];
  const hangs: Hang[] = [];
  let from = 0;
  let total = 0;
  let lastProgress = Date.now();
  for (;;) {
    const outcome = await new Promise<{
      finished: boolean;
      current: { index: number; label: string; stage: string; started: number } | null;
      why: string;
    }>((resolve) => {
      const args = [
        "--worker",
        phase,
        "--from",
        String(from),
        "--sets",
        options.sets.join(","),
        "--per-text",
        String(options.perText),
        "--seed",
        String(options.seed),
      ];
      const child = fork(script, args, { execArgv: process.execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
      let current: { index: number; label: string; stage: string; started: number } | null = null;
      let finished = false;
      const timer = setInterval(() => {
        if (current !== null && Date.now() - current.started > limitMs[phase]) {
          child.kill("SIGKILL");
          resolve({ finished: false, current, why: `no result after ${limitMs[phase] / 1000} s (killed)` });
        }
      }, 1000);
      child.on("message", (message: ChildMessage) => {
        if (message.t === "total") total = message.total;
        else if (message.t === "begin")
          current = { index: message.index, label: message.label, stage: "", started: Date.now() };
        else if (message.t === "stage" && current !== null) current.stage = message.stage;
        else if (message.t === "case") {
          results.push(message.result);
          current = null;
          if (Date.now() - lastProgress > 30_000) {
            lastProgress = Date.now();
            console.error(`  ${phase}: ${results.length} / ${total} cases`);
          }
        } else if (message.t === "end") finished = true;
      });
      child.on("exit", (code, signal) => {
        clearInterval(timer);
        resolve({ finished, current, why: `child exited (code ${code}, signal ${signal})` });
      });
    });
    if (outcome.finished) break;
    const hung = outcome.current;
    if (hung === null) throw new Error(`${phase}: the child died outside a case: ${outcome.why}`);
    hangs.push({
      phase,
      index: hung.index,
      label: hung.label,
      stage: hung.stage,
      afterMs: Date.now() - hung.started,
      why: outcome.why,
    });
    console.error(`  ${phase}: HANG in ${hung.stage} on ${hung.label}: ${outcome.why}`);
    // In the scaling phase a larger size of the same kind would hang too: go on with the next kind.
    from = phase === "scaling" ? (Math.floor(hung.index / sizes.length) + 1) * sizes.length : hung.index + 1;
  }
  return { results, hangs, total };
}

const sum = (ms: Record<string, number>): number => Object.values(ms).reduce((a, b) => a + b, 0);
const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);

interface CrashGroup {
  crash: Crash;
  cases: CaseResult[];
  repro: { text: string; runs: number; complete: boolean; reproduced: boolean; meta: RawDocument["meta"] } | null;
}

function groupCrashes(results: readonly CaseResult[]): CrashGroup[] {
  const groups = new Map<string, CrashGroup>();
  for (const r of results) {
    if (r.crash === null) continue;
    const key = `${r.crash.stage}|${r.crash.srcTop}`;
    const group = groups.get(key) ?? { crash: r.crash, cases: [], repro: null };
    group.cases.push(r);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const smallest = [...group.cases].sort((a, b) => a.chars - b.chars)[0];
    const doc = smallest?.doc;
    if (doc === undefined) continue;
    const shrunk = shrink(doc.body, doc.meta, group.crash, freshContext);
    group.repro = { ...shrunk, reproduced: shrunk.runs > 1 || shrunk.complete, meta: doc.meta };
  }
  return [...groups.values()];
}

function report(
  phases: readonly Phase[],
  runs: Map<Phase, { results: CaseResult[]; hangs: Hang[]; total: number }>,
  seconds: number,
): { text: string; failed: boolean } {
  const out: string[] = [];
  const all = [...runs.values()].flatMap((r) => r.results);
  const hangs = [...runs.values()].flatMap((r) => r.hangs);
  out.push(`# Robustness: every stage over real and hostile text\n`);
  out.push(
    `Phases: ${phases.join(", ")}; ${all.length.toLocaleString("en")} texts, ${(all.reduce((n, r) => n + r.chars, 0) / 1e6).toFixed(1)} M characters, ${seconds.toFixed(0)} s.\n`,
  );
  out.push("| phase | set | texts | characters | analysed as raw body | crashed |\n|---|---|--:|--:|--:|--:|");
  const bySet = new Map<string, CaseResult[]>();
  for (const r of all) bySet.set(`${r.phase}|${r.set}`, [...(bySet.get(`${r.phase}|${r.set}`) ?? []), r]);
  for (const [key, rs] of bySet) {
    const [phase, set] = key.split("|");
    out.push(
      `| ${phase} | ${set} | ${rs.length} | ${rs.reduce((n, r) => n + r.chars, 0).toLocaleString("en")} | ${rs.filter((r) => r.rawBody).length} | ${rs.filter((r) => r.crash).length} |`,
    );
  }
  const groups = groupCrashes(all);
  out.push(
    `\n## Crashes: ${groups.length} distinct (stage + first frame in src/), ${all.filter((r) => r.crash).length} texts\n`,
  );
  for (const g of groups) {
    const kinds = [...new Set(g.cases.map((c) => `${c.phase}/${c.set}/${c.kind}`))];
    out.push(`### ${g.crash.stage}: ${g.crash.message}\n`);
    out.push(
      `- ${g.cases.length} texts (${kinds.slice(0, 8).join(", ")}${kinds.length > 8 ? ", …" : ""}); e.g. ${g.cases[0]?.label}`,
    );
    out.push(`- thrown at ${g.crash.top}; first frame in src/: ${g.crash.srcTop}`);
    if (g.repro) {
      out.push(
        `- minimal reproduction (${g.repro.text.length} chars, ${g.repro.runs} runs${g.repro.complete ? "" : ", budget ran out"}${g.repro.reproduced ? "" : ", NOT reproduced alone: needs run memory"}), meta ${JSON.stringify(g.repro.meta)}:`,
      );
      out.push(`  \`${JSON.stringify(g.repro.text)}\``);
    }
    out.push("");
  }
  out.push(`## Hangs: ${hangs.length}\n`);
  for (const h of hangs) out.push(`- ${h.phase}: ${h.stage} on ${h.label}: ${h.why}`);
  const corpus = all.filter((r) => r.phase !== "scaling" && r.chars >= 2000);
  if (corpus.length) {
    out.push(`\n## Slowest texts per character (real and mutated, ≥ 2,000 chars)\n`);
    out.push("| text | chars | total | slowest stage |\n|---|--:|--:|---|");
    for (const r of [...corpus].sort((a, b) => sum(b.ms) / b.chars - sum(a.ms) / a.chars).slice(0, 8)) {
      const [stage, ms] = Object.entries(r.ms).sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
      out.push(`| ${r.label} | ${r.chars.toLocaleString("en")} | ${fmt(sum(r.ms))} | ${stage} ${fmt(ms)} |`);
    }
    out.push(
      "\nMedian per stage, ms per 10,000 characters: " +
        stageNames
          .map((s) => {
            const rates = corpus.map((r) => ((r.ms[s] ?? 0) / r.chars) * 10_000).sort((a, b) => a - b);
            return `${s} ${(rates[Math.floor(rates.length / 2)] ?? 0).toFixed(1)}`;
          })
          .join(", "),
    );
  }
  const scaling = runs.get("scaling")?.results ?? [];
  let blowUps = 0;
  if (scaling.length) {
    out.push(`\n## Scaling: time per stage at 20 KB → largest size run; factor = time per char there ÷ at 20 KB\n`);
    out.push(
      `| text | total by size | ${stageNames.join(" | ")} |\n|---|---|${stageNames.map(() => "--:").join("|")}|`,
    );
    for (const kind of Object.keys(pathological)) {
      const rs = scaling.filter((r) => r.kind === kind).sort((a, b) => a.chars - b.chars);
      const small = rs[0];
      const large = rs.at(-1);
      if (small === undefined || large === undefined) {
        out.push(`| ${kind} | (none finished) |${stageNames.map(() => " |").join("")}`);
        continue;
      }
      const cells = stageNames.map((s) => {
        const a = small.ms[s];
        const b = large.ms[s];
        if (a === undefined || b === undefined) return "—";
        const factor = b / large.chars / (Math.max(a, 0.05) / small.chars);
        const flag = factor > 50 && b > 2000 ? " **BLOW-UP**" : factor > 5 && b > 2000 ? " (super-linear)" : "";
        if (flag.includes("BLOW")) blowUps++;
        return `${fmt(a)} → ${fmt(b)} (${factor.toFixed(1)}×)${flag}`;
      });
      const totals = rs.map((r) => `${r.chars / 1000} KB: ${fmt(sum(r.ms))}${r.crash ? " (crashed)" : ""}`).join(", ");
      out.push(`| ${kind} | ${totals} | ${cells.join(" | ")} |`);
    }
  }
  return { text: out.join("\n"), failed: groups.length > 0 || hangs.length > 0 || blowUps > 0 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      phases: { type: "string", default: phaseNames.join(",") },
      sets: { type: "string", default: Object.keys(realSets).join(",") },
      "per-text": { type: "string", default: "1" },
      seed: { type: "string", default: "1" },
      worker: { type: "string" },
      from: { type: "string", default: "0" },
    },
  });
  const options: Options = {
    sets: values.sets.split(",").filter((s) => s !== ""),
    perText: Math.max(1, Number(values["per-text"])),
    seed: Number(values.seed),
  };
  if (values.worker !== undefined) {
    work(values.worker as Phase, Number(values.from), options);
    return;
  }
  const phases = values.phases.split(",").filter((p): p is Phase => (phaseNames as readonly string[]).includes(p));
  const started = Date.now();
  const runs = new Map<Phase, { results: CaseResult[]; hangs: Hang[]; total: number }>();
  for (const phase of phases) {
    console.error(`${phase}…`);
    runs.set(phase, await runPhase(phase, options));
  }
  const { text, failed } = report(phases, runs, (Date.now() - started) / 1000);
  console.log(text);
  const dir = fileURLToPath(new URL("../.eval-cache/robustness/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  const details = [...runs.values()].flatMap((r) => r.results.filter((c) => c.crash !== null));
  const scaling = (runs.get("scaling")?.results ?? []).map(({ kind, chars, ms, crash }) => ({
    kind,
    chars,
    ms,
    crash,
  }));
  const hangs = [...runs.values()].flatMap((r) => r.hangs);
  writeFileSync(
    `${dir}report-${phases.join("-")}.json`,
    JSON.stringify({ options, phases, crashes: details, hangs, scaling }, null, 1),
  );
  process.exitCode = failed ? 1 : 0;
}

await main();
