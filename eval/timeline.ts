/**
 * Entity timelines on SemEval-2015 Task 4 (TimeLine: cross-document event ordering), Track A: from the raw texts
 * of three corpora of 30 Wikinews articles, build for each target entity an ordered, date-anchored timeline of the
 * event mentions it takes part in, and score it with the task's metric (temporal awareness over the timeline's
 * BEFORE/SIMULTANEOUS relations, micro-averaged; see eval/timeline/scorer.ts). Reads
 * ../shared/eval/semeval2015-task4-timeline at run time; copies nothing.
 *
 * Systems, all in one run, over the per-article pipeline (each document's creation time as its publication date)
 * and the dossier: Parallax's entity event timeline (`entityEventTimeline`: the verbs and event nouns the entity
 * takes part in, dated by their sentence), the same dated by publication date only (what the times stage adds),
 * the coded dyadic events of the linked actors (`entityTimeline`), and a sentence baseline (every verb of every
 * sentence naming the entity).
 *
 *   npx tsx eval/timeline.ts                 # scorer checks and the table
 *   npx tsx eval/timeline.ts --write DIR     # also write the timelines in the task's format under DIR
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../src/article.js";
import { readFlags } from "../src/cli/options.js";
import { runContext } from "../src/cli/run.js";
import { buildDossier } from "../src/dossier/buildDossier.js";
import { runPipeline } from "../src/pipeline.js";
import { corpusNames, entityFile, readCorpus } from "./timeline/corpus.js";
import type { TaskCorpus } from "./timeline/corpus.js";
import { placeInArticle, prepareDocument } from "./timeline/documents.js";
import { awareness, formatTimeline, prf, sumCounts, timelineGraph } from "./timeline/scorer.js";
import type { AwarenessCounts, TimelineLine } from "./timeline/scorer.js";
import type { AnalysedDocument } from "./timeline/systems.js";
import { entityActorIds, eventMentionTimeline, parallaxTimeline, sentenceBaseline } from "./timeline/systems.js";

const systems = [
  "parallax: entity event timeline",
  "parallax: entity event timeline, publication dates",
  "parallax: coded events (entityTimeline)",
  "baseline: verbs of sentences naming the entity",
] as const;
type SystemName = (typeof systems)[number];

const pct = (x: number): string => (100 * x).toFixed(2);
const writeDir = process.argv.includes("--write") ? process.argv[process.argv.indexOf("--write") + 1] : undefined;

/** A deterministic shuffle (mulberry32), so the scorer check prints the same figures every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Scorer sanity checks on the gold itself: identity scores 1, damaged timelines score lower in the expected way. */
function checkScorer(corpora: readonly TaskCorpus[]): void {
  const gold = corpora.flatMap((c) => c.gold);
  const score = (make: (lines: TimelineLine[], i: number) => TimelineLine[]): string => {
    const { p, r, f1 } = prf(sumCounts(gold.map((g, i) => awareness(g.lines, make(g.lines, i)))));
    return `P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1)}`;
  };
  const dropped = gold.reduce((n, g) => n + timelineGraph(g.lines).dropped, 0);
  console.log(`Scorer checks on the ${gold.length} gold timelines (${dropped} contradictory gold relations dropped):`);
  console.log(`  gold vs gold:                         ${score((l) => l)}`);
  console.log(
    `  ordinals shuffled (anchors kept):     ${score((l, i) => {
      const ordinals = shuffled([...new Set(l.map((x) => x.ordinal))], i + 1);
      const map = new Map([...new Set(l.map((x) => x.ordinal))].map((o, k) => [o, ordinals[k] ?? o]));
      return l.map((x) => ({ ...x, ordinal: map.get(x.ordinal) ?? x.ordinal }));
    })}`,
  );
  console.log(`  every other line removed:             ${score((l) => l.filter((_, k) => k % 2 === 0))}`);
  console.log(
    `  all on one date, one ordinal:         ${score((l) => l.map((x) => ({ ...x, ordinal: 1, anchor: "2000-01-01" })))}`,
  );
  console.log(
    `  order reversed, anchors dropped:      ${score((l) => {
      const max = Math.max(...l.map((x) => x.ordinal));
      return l.map((x) => ({ ...x, ordinal: x.ordinal === 0 ? 0 : max + 1 - x.ordinal, anchor: "XXXX-XX-XX" }));
    })}\n`,
  );
}

interface CorpusRun {
  counts: Map<SystemName, AwarenessCounts[]>;
  ordering: Map<SystemName, AwarenessCounts[]>;
  events: Map<SystemName, { mentions: number; inGold: number }>;
  linked: string[];
  /** Entities the entity event timeline finds nothing for. */
  empty: string[];
  articleEvents: number;
}

function runCorpus(corpus: TaskCorpus): CorpusRun {
  const ctx = runContext(readFlags.parse({}));
  const articles: Article[] = [];
  const byArticle = new Map<string, AnalysedDocument>();
  for (const doc of corpus.documents) {
    const prepared = prepareDocument(doc);
    const outcome = runPipeline(prepared.raw, ctx);
    if ("reason" in outcome) {
      console.log(`  ${corpus.name}/${doc.id}: no article (${outcome.reason})`);
      continue;
    }
    articles.push(outcome);
    byArticle.set(outcome.id, {
      doc,
      articleId: outcome.id,
      tokens: placeInArticle(prepared.tokens, outcome),
      titleTokens: placeInArticle(
        prepared.tokens.filter((t) => t.sentence === 0),
        { text: outcome.meta.title ?? "" },
      ),
    });
  }
  // The generation time is fixed so the dossier holds no clock reading; nothing here depends on it.
  const dossier = buildDossier({ articles, generated: new Date("2015-01-01T00:00:00Z") });
  const run: CorpusRun = {
    counts: new Map(),
    ordering: new Map(),
    events: new Map(),
    linked: [],
    empty: [],
    articleEvents: articles.reduce((n, a) => n + a.events.length, 0),
  };
  for (const file of corpus.gold) {
    // The entity's name as the target list spells it (one gold file heads its timeline "…Air Froce").
    const listed = corpus.entities.find((e) => entityFile(e) === file.file);
    const gold = { ...file, entity: listed ?? file.entity };
    const ids = entityActorIds(dossier.actors, gold.entity);
    run.linked.push(`${gold.entity} → ${ids.length ? ids.join(", ") : "(no actor)"}`);
    const goldMentions = new Set(gold.lines.flatMap((l) => l.events));
    const outputs: [SystemName, TimelineLine[]][] = [
      [systems[0], eventMentionTimeline(dossier, gold.entity, byArticle, "resolved")],
      [systems[1], eventMentionTimeline(dossier, gold.entity, byArticle, "publication")],
      [systems[2], parallaxTimeline(dossier, gold.entity, byArticle, "resolved")],
      [systems[3], sentenceBaseline(corpus.documents, gold.entity)],
    ];
    if (!outputs[0]?.[1].length) run.empty.push(gold.entity);
    for (const [name, lines] of outputs) {
      run.counts.set(name, [...(run.counts.get(name) ?? []), awareness(gold.lines, lines)]);
      run.ordering.set(name, [...(run.ordering.get(name) ?? []), awareness(gold.lines, lines, false)]);
      const mentions = lines.flatMap((l) => l.events);
      const tally = run.events.get(name) ?? { mentions: 0, inGold: 0 };
      tally.mentions += mentions.length;
      tally.inGold += mentions.filter((m) => goldMentions.has(m)).length;
      run.events.set(name, tally);
      if (writeDir !== undefined) {
        const dir = join(writeDir, name.replace(/[^a-z]+/g, "-"), `${corpus.name}_timelines`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${gold.file}.txt`), formatTimeline(gold.entity, lines));
      }
    }
  }
  return run;
}

const started = Date.now();
const corpora = corpusNames.map(readCorpus);
checkScorer(corpora);

const runs = corpora.map((c) => ({ corpus: c, run: runCorpus(c) }));
const row = (cells: string[]): string => `| ${cells.join(" | ")} |`;
console.log("Track A (ordering and time anchors), temporal awareness micro-averaged over each corpus's timelines:\n");
console.log(row(["system", ...corpusNames.map((n) => `${n} P / R / F1`), "all F1", "ordering-only F1"]));
console.log(row(["---", ...corpusNames.map(() => "---"), "---", "---"]));
for (const name of systems) {
  const per = runs.map(({ run }) => prf(sumCounts(run.counts.get(name) ?? [])));
  const all = prf(sumCounts(runs.flatMap(({ run }) => run.counts.get(name) ?? [])));
  const ordering = prf(sumCounts(runs.flatMap(({ run }) => run.ordering.get(name) ?? [])));
  console.log(
    row([name, ...per.map((s) => `${pct(s.p)} / ${pct(s.r)} / ${pct(s.f1)}`), pct(all.f1), pct(ordering.f1)]),
  );
}
console.log("\nEvent mentions put on the timelines, and how many are gold mentions of that entity:\n");
for (const name of systems) {
  const t = runs.reduce(
    (acc, { run }) => {
      const e = run.events.get(name) ?? { mentions: 0, inGold: 0 };
      return { mentions: acc.mentions + e.mentions, inGold: acc.inGold + e.inGold };
    },
    { mentions: 0, inGold: 0 },
  );
  console.log(
    `  ${name}: ${t.mentions} mentions, ${t.inGold} in gold (${pct(t.mentions ? t.inGold / t.mentions : 0)}%)`,
  );
}
const goldMentions = corpora.reduce(
  (n, c) => n + c.gold.reduce((k, g) => k + g.lines.flatMap((l) => l.events).length, 0),
  0,
);
console.log(`  gold: ${goldMentions} mentions over ${corpora.reduce((n, c) => n + c.gold.length, 0)} timelines`);
console.log(
  `  Parallax coded events (all actors): ${runs.map(({ corpus, run }) => `${corpus.name} ${run.articleEvents}`).join(", ")}`,
);
const empty = runs.flatMap(({ run }) => run.empty);
console.log(`\nEntities with an empty entity event timeline: ${empty.length ? empty.join(", ") : "none"}`);
console.log(
  "\nEntity → actor ids linked in the dossier (used by the coded-events timeline; names alone link the other):",
);
for (const { run } of runs) for (const line of run.linked) console.log(`  ${line}`);
console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
