/**
 * Temporal expressions on TempEval-3 (TimeML): TBAQ-cleaned (TimeBank + AQUAINT) is the development set,
 * te3-platinum the held-out test. Reads ../shared/eval/tempeval3-tbaq at run time; copies nothing.
 *
 * Metrics as in the TempEval-3 entity scorer: a system timex matches a gold one when their extents
 * overlap (relaxed) or are identical (strict), one-to-one; precision = matches / system timexes,
 * recall = matches / gold timexes. Value (and type) accuracy = correct values / relaxed matches;
 * value F1 uses correct values over system and gold counts (TempEval-3's "value F1").
 *
 *   npx tsx eval/times.ts            # the table
 *   npx tsx eval/times.ts --errors   # also list value and extent errors on the development set only
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import type { ParsedComponents } from "chrono-node";
import { parseDay } from "../src/analyze/times/calendar.js";
import type { Candidate } from "../src/analyze/times/candidate.js";
import { findCandidates } from "../src/analyze/times/findTimes.js";

const dataRoot = new URL("../../shared/eval/tempeval3-tbaq/", import.meta.url);

export interface Timex {
  start: number;
  end: number;
  value: string;
  type: string;
}

export interface TmlDocument {
  name: string;
  dct: string;
  text: string;
  timexes: Timex[];
}

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const attributePattern = (name: string): RegExp => new RegExp(`\\b${name}="([^"]*)"`);
const tokenPattern = /<[^>]+>|&[a-z#0-9]+;|[^<&]+/g;

/** The TEXT of a TimeML document with its TIMEX3 tags turned into offsets, and the DCT's value. */
export function readTml(name: string, source: string): TmlDocument {
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(source)?.[0] ?? "";
  const dct = attributePattern("value").exec(dctTag)?.[1] ?? "";
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(source)?.[1] ?? "";
  let text = "";
  const timexes: Timex[] = [];
  let open: Timex | null = null;
  for (const [token] of body.matchAll(tokenPattern)) {
    if (token.startsWith("<TIMEX3")) {
      open = {
        start: text.length,
        end: text.length,
        value: attributePattern("value").exec(token)?.[1] ?? "",
        type: attributePattern("type").exec(token)?.[1] ?? "",
      };
    } else if (token === "</TIMEX3>") {
      if (open !== null) timexes.push({ ...open, end: text.length });
      open = null;
    } else if (token.startsWith("<")) {
      continue;
    } else if (token.startsWith("&")) {
      text += entities[token] ?? token;
    } else {
      text += token;
    }
  }
  return { name, dct, text, timexes };
}

export function readCorpus(relative: string): TmlDocument[] {
  const dir = new URL(relative.endsWith("/") ? relative : `${relative}/`, dataRoot);
  const docs: TmlDocument[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) docs.push(...readCorpus(`${relative}/${entry.name}`));
    else if (entry.name.endsWith(".tml"))
      docs.push(readTml(entry.name, readFileSync(new URL(entry.name, dir), "utf8")));
  }
  return docs.sort((a, b) => a.name.localeCompare(b.name));
}

/** Ours: intervals are scored by their endpoints, as TimeML annotates them. */
export function ourTimexes(doc: TmlDocument): Timex[] {
  const flat = (c: Candidate): Candidate[] => c.parts ?? [c];
  return findCandidates(doc.text, parseDay(doc.dct))
    .flatMap(flat)
    .map((c) => ({ start: c.start, end: c.end, value: c.value, type: c.type }));
}

const pad2 = (n: number | null): string => String(n ?? 0).padStart(2, "0");

/** chrono alone: its known components decide the precision; a weekday-only result takes chrono's implied day. */
function chronoValue(c: ParsedComponents): { value: string; type: string } {
  const y = String(c.get("year") ?? 0).padStart(4, "0");
  const ymd = `${y}-${pad2(c.get("month"))}-${pad2(c.get("day"))}`;
  if (c.isCertain("hour")) return { value: `${ymd}T${pad2(c.get("hour"))}:${pad2(c.get("minute"))}`, type: "TIME" };
  if (c.isCertain("day") || c.isCertain("weekday")) return { value: ymd, type: "DATE" };
  if (c.isCertain("month")) return { value: `${y}-${pad2(c.get("month"))}`, type: "DATE" };
  if (c.isCertain("year")) return { value: y, type: "DATE" };
  return { value: ymd, type: "DATE" };
}

export function chronoTimexes(doc: TmlDocument): Timex[] {
  const d = parseDay(doc.dct);
  const ref = d === null ? new Date() : new Date(d.year, d.month - 1, d.day, 12);
  return chrono.casual.parse(doc.text, ref, { forwardDate: false }).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    ...chronoValue(r.start),
  }));
}

export interface Scores {
  gold: number;
  system: number;
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
  matched: number;
  valueAccuracy: number;
  valueF1: number;
  typeAccuracy: number;
}

interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export interface ErrorLine {
  doc: string;
  kind: "value" | "missed" | "spurious" | "extent";
  text: string;
  gold: string;
  system: string;
}

const trimmed = (text: string, t: Timex): [number, number] => {
  let { start, end } = t;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return [start, end];
};

/** One-to-one overlap matching, gold in text order, each gold taking the system timex overlapping it most. */
function score(doc: TmlDocument, system: Timex[], counts: Counts, errors: ErrorLine[] | null): void {
  const used = new Set<number>();
  counts.gold += doc.timexes.length;
  counts.system += system.length;
  for (const g of doc.timexes) {
    const [gs, ge] = trimmed(doc.text, g);
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, i) => {
      if (used.has(i)) return;
      const [ss, se] = trimmed(doc.text, s);
      const overlap = Math.min(ge, se) - Math.max(gs, ss);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = i;
      }
    });
    const s = system[best];
    if (s === undefined) {
      errors?.push({
        doc: doc.name,
        kind: "missed",
        text: doc.text.slice(gs, ge),
        gold: `${g.type} ${g.value}`,
        system: "",
      });
      continue;
    }
    used.add(best);
    counts.relaxed++;
    const [ss, se] = trimmed(doc.text, s);
    if (ss === gs && se === ge) counts.strict++;
    else
      errors?.push({
        doc: doc.name,
        kind: "extent",
        text: doc.text.slice(gs, ge),
        gold: `${g.type} ${g.value}`,
        system: doc.text.slice(ss, se),
      });
    if (s.value === g.value) counts.value++;
    else
      errors?.push({
        doc: doc.name,
        kind: "value",
        text: doc.text.slice(gs, ge),
        gold: `${g.type} ${g.value}`,
        system: `${s.type} ${s.value} "${doc.text.slice(ss, se)}" dct=${doc.dct}`,
      });
    if (s.type === g.type) counts.type++;
  }
  system.forEach((s, i) => {
    if (!used.has(i))
      errors?.push({
        doc: doc.name,
        kind: "spurious",
        text: doc.text.slice(s.start, s.end),
        gold: "",
        system: `${s.type} ${s.value}`,
      });
  });
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function toScores(c: Counts): Scores {
  const prf = (tp: number) => {
    const p = ratio(tp, c.system);
    const r = ratio(tp, c.gold);
    return { p, r, f1: f1(p, r) };
  };
  return {
    gold: c.gold,
    system: c.system,
    strict: prf(c.strict),
    relaxed: prf(c.relaxed),
    matched: c.relaxed,
    valueAccuracy: ratio(c.value, c.relaxed),
    valueF1: f1(ratio(c.value, c.system), ratio(c.value, c.gold)),
    typeAccuracy: ratio(c.type, c.relaxed),
  };
}

export function evaluate(
  docs: TmlDocument[],
  system: (d: TmlDocument) => Timex[],
  errors: ErrorLine[] | null = null,
): Scores {
  const counts: Counts = { gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
  for (const doc of docs) score(doc, system(doc), counts, errors);
  return toScores(counts);
}

export interface TimesReport {
  rows: Array<{ corpus: "TBAQ (dev)" | "platinum (test)"; system: "ours" | "chrono-node"; scores: Scores }>;
  /** Our findTimes over the platinum + TBAQ texts, in articles (documents) per second and words per second. */
  speed: { docsPerSecond: number; wordsPerSecond: number; msPer700Words: number };
}

/** The figures the table prints; `errors` collects development-set errors when given. */
export function timesReport(errors: ErrorLine[] | null = null): TimesReport {
  const dev = readCorpus("TBAQ-cleaned");
  const test = readCorpus("te3-platinum");
  const rows: TimesReport["rows"] = [
    { corpus: "TBAQ (dev)", system: "chrono-node", scores: evaluate(dev, chronoTimexes) },
    { corpus: "TBAQ (dev)", system: "ours", scores: evaluate(dev, ourTimexes, errors) },
    { corpus: "platinum (test)", system: "chrono-node", scores: evaluate(test, chronoTimexes) },
    { corpus: "platinum (test)", system: "ours", scores: evaluate(test, ourTimexes) },
  ];
  const all = [...dev, ...test];
  const words = all.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
  for (const d of all.slice(0, 40)) ourTimexes(d); // warm up
  const rounds = 3;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of all) findCandidates(d.text, parseDay(d.dct));
  const seconds = (performance.now() - t0) / 1000 / rounds;
  return {
    rows,
    speed: {
      docsPerSecond: all.length / seconds,
      wordsPerSecond: words / seconds,
      msPer700Words: (seconds * 1000 * 700) / words,
    },
  };
}

function printTable(report: TimesReport): void {
  const f = (x: number): string => x.toFixed(3);
  console.log(
    "| corpus | system | gold | sys | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value acc | value F1 | type acc |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const { corpus, system, scores: s } of report.rows) {
    console.log(
      `| ${corpus} | ${system} | ${s.gold} | ${s.system} | ${f(s.strict.p)} | ${f(s.strict.r)} | ${f(s.strict.f1)} | ${f(s.relaxed.p)} | ${f(s.relaxed.r)} | ${f(s.relaxed.f1)} | ${f(s.valueAccuracy)} | ${f(s.valueF1)} | ${f(s.typeAccuracy)} |`,
    );
  }
  const sp = report.speed;
  console.log(
    `\nspeed: ${sp.docsPerSecond.toFixed(0)} docs/s, ${(sp.wordsPerSecond / 1000).toFixed(0)}k words/s, ${sp.msPer700Words.toFixed(3)} ms per 700 words`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const errors: ErrorLine[] | null = process.argv.includes("--errors") ? [] : null;
  const report = timesReport(errors);
  printTable(report);
  if (errors !== null) {
    for (const e of errors)
      console.log(`${e.kind}\t${e.doc}\t${JSON.stringify(e.text)}\tgold: ${e.gold}\tsys: ${e.system}`);
  }
}
