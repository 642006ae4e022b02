/**
 * Quotes on PolNeAR (Newell, Margolin & Ruths, LREC 2018): political news annotated with attribution relations
 * (Source / Cue / Content spans, brat standoff, file suffix = annotator). train and dev are for development, test
 * is reported. Reads ../shared/eval/polnear at run time; copies nothing. One annotator per article: the first
 * .ann file in name order.
 *
 * Metrics (one-to-one matching, greedy by overlapping characters):
 * - content, overlap: a predicted quote matches a gold Content when their spans share any character.
 * - content, relaxed: shared word tokens ≥ 0.5 × the longer of the two (in words).
 * - content, exact: equal spans after trimming whitespace, quotation marks and , . ; : ! ? from both ends.
 *   P = matches / predicted quotes, R = matches / gold attributions (PolNeAR annotates indirect and partial
 *   speech too, and also "polls show", "seemed" and the like), F1 their harmonic mean.
 * - by kind: gold kind read off quotation marks in the gold Content (both ends quoted = direct, a mark inside =
 *   partial, none = indirect); recall per gold kind, precision per predicted kind, overlap matching.
 * - speaker: among overlap matches whose gold attribution has a Source, the share whose predicted speaker span
 *   overlaps the gold Source span. A gold pronoun Source ("he") counts as matched when our anaphor (the pronoun we
 *   resolved from) is that pronoun; PolNeAR has no coreference, so resolution is checked separately: for such
 *   matches, the resolved speaker shares a capitalised word with the nearest preceding non-pronoun gold Source
 *   (a proxy, printed as "pronoun resolution").
 *   Gold quirk: an attribution whose Source span is just a reporting verb ("said") and whose Cue is a name has the two
 *   swapped by the annotator; the reader swaps them back (16 such attributions in train and dev).
 * - sourceless: among overlap matches whose gold attribution has no Source ("Trump is expected to win", "it seems"),
 *   how many we still give a speaker (lower is better; printed, not part of the table).
 * - baseline: quotation marks only (content between double marks in one paragraph) and, as speaker, the nearest
 *   capitalised name within the sentence by regex: an off-the-shelf style extractor, for comparison.
 *
 *   npx tsx eval/quotes.ts              # the table (dev and test)
 *   npx tsx eval/quotes.ts --errors     # also list misses (with their gold cue) and false quotes on dev
 *   npx tsx eval/quotes.ts --split train --errors   # one split only (train for studying conventions)
 *   npx tsx eval/quotes.ts --split dev --pronouns   # list pronoun speakers failing the resolution proxy
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Quote, Span } from "../src/article.js";
import { findQuotes } from "../src/analyze/quotes/findQuotes.js";
import { splitSentences } from "../src/analyze/segment/splitSentences.js";

const dataRoot = new URL("../../shared/eval/polnear/data/", import.meta.url);

export interface GoldAttribution {
  content: Span[];
  source: Span[] | null;
  sourceText: string | null;
  /** The cue words as written ("said", "according to"), for error analysis; null when unannotated. */
  cueText: string | null;
  kind: "direct" | "partial" | "indirect";
}

export interface PolnearDocument {
  name: string;
  text: string;
  gold: GoldAttribution[];
}

interface TextBound {
  type: string;
  spans: Span[];
  text: string;
}

const QUOTE_MARK = /["“”]/u;
/** A Source span that is a reporting verb: the annotator swapped Source and Cue (16 cases in train and dev). */
const SWAPPED_SOURCE = /^(?:said|says|say|told|added|asked|wrote|explained|continued)$/iu;
const PRONOUN = /^(?:he|she|they|it|we|i|you|who|which|that|his|her|their|its)$/iu;

/** Parses a brat .ann file of PolNeAR into attributions with content and source spans. */
export function readAnn(ann: string, text: string): GoldAttribution[] {
  const bounds = new Map<string, TextBound>();
  const events: string[] = [];
  for (const line of ann.split("\n")) {
    const [id, body, surface] = line.split("\t");
    if (id === undefined || body === undefined) continue;
    if (id.startsWith("T")) {
      const space = body.indexOf(" ");
      const type = body.slice(0, space);
      const spans = body
        .slice(space + 1)
        .split(";")
        .map((pair) => pair.trim().split(" ").map(Number))
        .filter((p) => p.length === 2 && p.every(Number.isFinite))
        .map(([start, end]) => ({ start: start as number, end: end as number }));
      bounds.set(id, { type, spans, text: surface ?? "" });
    } else if (id.startsWith("E")) events.push(body);
  }
  const out: GoldAttribution[] = [];
  for (const event of events) {
    const roles = new Map(event.split(" ").map((pair) => pair.split(":") as [string, string]));
    const content = bounds.get(roles.get("Content") ?? "");
    if (content === undefined || content.spans.length === 0) continue;
    let source = bounds.get(roles.get("Source") ?? "") ?? null;
    let cue = bounds.get(roles.get("Cue") ?? "") ?? null;
    // A few attributions have their Source and Cue spans swapped (Source "said", Cue "Mulgrew"): put them back.
    if (source !== null && cue !== null && SWAPPED_SOURCE.test(source.text.trim()) && !SWAPPED_SOURCE.test(cue.text)) {
      [source, cue] = [cue, source];
    }
    const first = content.spans[0] as Span;
    const last = content.spans.at(-1) as Span;
    const surface = text.slice(first.start, last.end).trim();
    const kind =
      /^["“]/u.test(surface) && /["”][,.]?$/u.test(surface)
        ? "direct"
        : QUOTE_MARK.test(surface)
          ? "partial"
          : "indirect";
    out.push({
      content: content.spans,
      source: source?.spans ?? null,
      sourceText: source?.text ?? null,
      cueText: cue?.text ?? null,
      kind,
    });
  }
  return out;
}

/** The documents of one split, each with its first annotator's attributions. */
export function readSplit(split: "train" | "dev" | "test"): PolnearDocument[] {
  const dir = new URL(`${split}/`, dataRoot);
  const anns = readdirSync(new URL("attributions/", dir)).sort();
  const docs: PolnearDocument[] = [];
  for (const file of readdirSync(new URL("text/", dir)).sort()) {
    const base = file.replace(/\.txt$/u, "");
    const ann = anns.find((a) => a.startsWith(`${base}_`));
    if (ann === undefined) continue;
    const text = readFileSync(new URL(`text/${file}`, dir), "utf8");
    docs.push({ name: base, text, gold: readAnn(readFileSync(new URL(`attributions/${ann}`, dir), "utf8"), text) });
  }
  return docs;
}

/** A prediction reduced to what the metrics read. */
export interface Predicted {
  start: number;
  end: number;
  kind: Quote["kind"];
  speaker: Span | null;
  anaphor: Span | null;
  speakerText: string | null;
}

const TRIM_EDGE = /[\s"“”‘’',.;:!?]/u;
function trimmed(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s < e && TRIM_EDGE.test(text[s] ?? "")) s++;
  while (e > s && TRIM_EDGE.test(text[e - 1] ?? "")) e--;
  return `${s}:${e}`;
}

function overlap(a: Span, spans: readonly Span[]): number {
  let total = 0;
  for (const b of spans) total += Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return total;
}

function words(text: string, spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const span of spans) {
    for (const m of text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}]+/gu)) out.add(span.start + m.index);
  }
  return out;
}

type Level = "overlap" | "relaxed" | "exact";

/** One-to-one matches of predictions to gold at a level: pairs [predicted index, gold index]. */
function match(
  text: string,
  predicted: readonly Predicted[],
  gold: readonly GoldAttribution[],
  level: Level,
): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  predicted.forEach((p, i) => {
    gold.forEach((g, j) => {
      const shared = overlap(p, g.content);
      if (shared === 0) return;
      if (level === "exact") {
        const first = g.content[0] as Span;
        const last = g.content.at(-1) as Span;
        if (trimmed(text, p.start, p.end) !== trimmed(text, first.start, last.end)) return;
      } else if (level === "relaxed") {
        const pw = words(text, [p]);
        const gw = words(text, g.content);
        let common = 0;
        for (const w of pw) if (gw.has(w)) common++;
        if (common < 0.5 * Math.max(pw.size, gw.size)) return;
      }
      pairs.push([i, j, shared]);
    });
  });
  pairs.sort((a, b) => b[2] - a[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

interface Counts {
  predicted: number;
  gold: number;
  matched: Record<Level, number>;
  goldByKind: Record<Quote["kind"], number>;
  recalledByKind: Record<Quote["kind"], number>;
  predictedByKind: Record<Quote["kind"], number>;
  correctByKind: Record<Quote["kind"], number>;
  speakerPairs: number;
  speakerCorrect: number;
  speakerUnknown: number;
  pronounPairs: number;
  pronounResolved: number;
  /** Matched quotes whose gold attribution names no source ("Trump is expected to win"), and those we gave one. */
  sourcelessPairs: number;
  sourcelessNamed: number;
  ms: number;
}

const kinds = (): Record<Quote["kind"], number> => ({ direct: 0, partial: 0, indirect: 0 });
function emptyCounts(): Counts {
  return {
    predicted: 0,
    gold: 0,
    matched: { overlap: 0, relaxed: 0, exact: 0 },
    goldByKind: kinds(),
    recalledByKind: kinds(),
    predictedByKind: kinds(),
    correctByKind: kinds(),
    speakerPairs: 0,
    speakerCorrect: 0,
    speakerUnknown: 0,
    pronounPairs: 0,
    pronounResolved: 0,
    sourcelessPairs: 0,
    sourcelessNamed: 0,
    ms: 0,
  };
}

/** Our extractor: segment + findQuotes, as the pipeline runs them (no actors stage: speakers stay unlinked). */
export function ours(text: string): Predicted[] {
  return findQuotes(text, splitSentences(text)).map((q) => ({
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker:
      q.speakerStart !== undefined && q.speakerEnd !== undefined ? { start: q.speakerStart, end: q.speakerEnd } : null,
    anaphor: q.anaphor ?? null,
    speakerText: q.speakerText,
  }));
}

const NAME = /\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*/gu;
/** Quotation marks only, speaker = the nearest capitalised name in the sentence (regex). */
export function baseline(text: string): Predicted[] {
  const sentences = splitSentences(text);
  const out: Predicted[] = [];
  for (const m of text.matchAll(/["“]([^"“”\n]+)["”]/gu)) {
    const start = m.index + 1;
    const end = start + (m[1] ?? "").length;
    const sentence = sentences.find((s) => s.start <= m.index && s.end >= m.index) ?? { start: 0, end: text.length };
    let best: Span | null = null;
    let distance = Number.POSITIVE_INFINITY;
    for (const n of text.slice(sentence.start, sentence.end).matchAll(NAME)) {
      const s = sentence.start + n.index;
      const e = s + n[0].length;
      if (s >= m.index && e <= end + 1) continue;
      const d = s > end ? s - end : m.index - e;
      if (d < distance) {
        distance = d;
        best = { start: s, end: e };
      }
    }
    out.push({
      start,
      end,
      kind: "direct",
      speaker: best,
      anaphor: null,
      speakerText: best === null ? null : text.slice(best.start, best.end),
    });
  }
  return out;
}

function score(
  docs: readonly PolnearDocument[],
  extract: (text: string) => Predicted[],
  errors: string[] | null,
  pronounErrors: string[] | null = null,
): Counts {
  const c = emptyCounts();
  for (const doc of docs) {
    const t0 = performance.now();
    const predicted = extract(doc.text);
    c.ms += performance.now() - t0;
    c.predicted += predicted.length;
    c.gold += doc.gold.length;
    for (const g of doc.gold) c.goldByKind[g.kind]++;
    for (const p of predicted) c.predictedByKind[p.kind]++;
    for (const level of ["relaxed", "exact"] as const)
      c.matched[level] += match(doc.text, predicted, doc.gold, level).length;
    const pairs = match(doc.text, predicted, doc.gold, "overlap");
    c.matched.overlap += pairs.length;
    for (const [i, j] of pairs) {
      const p = predicted[i] as Predicted;
      const g = doc.gold[j] as GoldAttribution;
      c.recalledByKind[g.kind]++;
      c.correctByKind[p.kind]++;
      if (g.source === null) {
        c.sourcelessPairs++;
        if (p.speaker !== null) c.sourcelessNamed++;
        continue;
      }
      c.speakerPairs++;
      if (p.speaker === null) c.speakerUnknown++;
      const ok =
        (p.speaker !== null && overlap(p.speaker, g.source) > 0) ||
        (p.anaphor !== null && overlap(p.anaphor, g.source) > 0);
      if (ok) c.speakerCorrect++;
      else if (errors !== null) {
        errors.push(
          `SPEAKER ${doc.name}: gold "${g.sourceText}" ours "${p.speakerText}" | ${doc.text.slice(p.start, p.end).slice(0, 90)}`,
        );
      }
      if (p.anaphor !== null && PRONOUN.test(g.sourceText ?? "") && overlap(p.anaphor, g.source) > 0) {
        c.pronounPairs++;
        const first = (g.source[0] as Span).start;
        const prior = doc.gold
          .filter((o) => o.source !== null && (o.source[0] as Span).start < first && !PRONOUN.test(o.sourceText ?? ""))
          .sort((a, b) => (b.source?.[0] as Span).start - (a.source?.[0] as Span).start)[0];
        const caps = (s: string | null): string[] => (s ?? "").match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
        const priorCaps = new Set(caps(prior?.sourceText ?? null));
        if (caps(p.speakerText).some((w) => priorCaps.has(w))) c.pronounResolved++;
        else if (pronounErrors !== null) {
          const at = (p.anaphor as Span).start;
          const context = doc.text.slice(Math.max(0, at - 160), at + 40).replace(/\s+/gu, " ");
          pronounErrors.push(
            `PRONOUN ${doc.name}@${at}: "${doc.text.slice(at, (p.anaphor as Span).end)}" ours "${p.speakerText}" gold prior "${prior?.sourceText ?? ""}" | …${context}`,
          );
        }
      }
    }
    if (errors !== null) {
      const matchedP = new Set(pairs.map(([i]) => i));
      const matchedG = new Set(pairs.map(([, j]) => j));
      predicted.forEach((p, i) => {
        if (!matchedP.has(i))
          errors.push(`FALSE ${doc.name} [${p.kind}] ${doc.text.slice(p.start, p.end).slice(0, 100)}`);
      });
      doc.gold.forEach((g, j) => {
        const first = g.content[0] as Span;
        const last = g.content.at(-1) as Span;
        if (!matchedG.has(j))
          errors.push(
            `MISS ${doc.name} [${g.kind}] <${g.cueText ?? ""}> ${doc.text.slice(first.start, last.end).slice(0, 100)}`,
          );
      });
    }
  }
  return c;
}

const pct = (n: number, d: number): string => (d === 0 ? "  -  " : ((100 * n) / d).toFixed(1).padStart(5));
function prf(matched: number, predicted: number, gold: number): { p: number; r: number; f: number } {
  const p = predicted === 0 ? 0 : matched / predicted;
  const r = gold === 0 ? 0 : matched / gold;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export interface QuoteFigures {
  split: string;
  system: string;
  documents: number;
  overlap: { p: number; r: number; f: number };
  relaxed: { p: number; r: number; f: number };
  exact: { p: number; r: number; f: number };
  speakerAccuracy: number;
  msPerArticle: number;
}

/** Runs both systems on dev and test and returns the figures (the table is printed when run directly). */
export function evaluateQuotes(
  options: {
    errors?: boolean;
    /** Also list pronoun speakers whose resolution fails the proxy (pronoun, our antecedent, gold prior source). */
    pronouns?: boolean;
    print?: boolean;
    splits?: ReadonlyArray<"train" | "dev" | "test">;
  } = {},
): QuoteFigures[] {
  const figures: QuoteFigures[] = [];
  const errors: string[] = [];
  const splits = options.splits ?? (["dev", "test"] as const);
  // Errors are listed for a development split only (train or dev), never for test.
  const errorSplit = splits.find((s) => s !== "test");
  for (const split of splits) {
    const docs = readSplit(split);
    for (const [system, extract] of [
      ["baseline (quotation marks + nearest name)", baseline],
      ["parallax", ours],
    ] as const) {
      const listed = split === errorSplit && system === "parallax";
      const c = score(
        docs,
        extract,
        options.errors === true && listed ? errors : null,
        options.pronouns === true && listed ? errors : null,
      );
      const f: QuoteFigures = {
        split,
        system,
        documents: docs.length,
        overlap: prf(c.matched.overlap, c.predicted, c.gold),
        relaxed: prf(c.matched.relaxed, c.predicted, c.gold),
        exact: prf(c.matched.exact, c.predicted, c.gold),
        speakerAccuracy: c.speakerPairs === 0 ? 0 : c.speakerCorrect / c.speakerPairs,
        msPerArticle: c.ms / docs.length,
      };
      figures.push(f);
      if (options.print !== true) continue;
      const row = (name: string, x: { p: number; r: number; f: number }): string =>
        `  ${name.padEnd(8)} P ${(100 * x.p).toFixed(1)}  R ${(100 * x.r).toFixed(1)}  F1 ${(100 * x.f).toFixed(1)}`;
      console.log(
        `\n${split} (${docs.length} articles, ${c.gold} gold attributions, ${c.predicted} predicted) — ${system}`,
      );
      console.log(row("overlap", f.overlap));
      console.log(row("relaxed", f.relaxed));
      console.log(row("exact", f.exact));
      const k = (["direct", "partial", "indirect"] as const)
        .map(
          (kind) =>
            `${kind} R ${pct(c.recalledByKind[kind], c.goldByKind[kind])} (${c.goldByKind[kind]} gold) P ${pct(c.correctByKind[kind], c.predictedByKind[kind])} (${c.predictedByKind[kind]} ours)`,
        )
        .join("; ");
      console.log(`  by kind: ${k}`);
      console.log(
        `  speaker ${pct(c.speakerCorrect, c.speakerPairs)}% of ${c.speakerPairs} matched quotes with a gold source (unknown ${pct(c.speakerUnknown, c.speakerPairs)}%); pronoun resolution ${c.pronounResolved}/${c.pronounPairs}`,
      );
      console.log(
        `  a speaker named for ${c.sourcelessNamed} of ${c.sourcelessPairs} matched quotes whose gold names no source`,
      );
      console.log(`  ${f.msPerArticle.toFixed(3)} ms per article (segment + quotes)`);
    }
  }
  if (options.errors === true || options.pronouns === true) for (const line of errors) console.log(line);
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--split");
  const split = at === -1 ? undefined : process.argv[at + 1];
  if (split !== undefined && split !== "train" && split !== "dev" && split !== "test") {
    throw new Error(`--split: expected train, dev or test, got ${split}`);
  }
  evaluateQuotes({
    errors: process.argv.includes("--errors"),
    pronouns: process.argv.includes("--pronouns"),
    print: true,
    ...(split === undefined ? {} : { splits: [split] }),
  });
}
