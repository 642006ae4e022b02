/**
 * Precision of the cross-outlet discrepancies (src/triangulate/align) on real coverage: BASIL (100 events × NYT, Fox,
 * HuffPost) and PAC (152 stories × 2 outlets), grouped by their gold story, analysed by the pipeline and aligned by
 * alignStory. There is no gold for discrepancies: a sample was judged by hand (eval/discrepancies/judgements.json:
 * ids, kind, about, values and a verdict, never article text) and precision per kind is computed over the judged
 * findings that the current code still reports. Findings not judged yet are counted and can be listed to judge.
 *
 * Usage: npx tsx eval/discrepancies.ts [--list] [--conflicts] [--sample N] [--seed S] [--kind K] [--unjudged]
 *   --list       every discrepancy with the articles' own words
 *   --conflicts  every `conflict` claim with each article's figure and sentence
 *   --sample N   N not-yet-judged findings spread over the kinds (seeded), printed with their text, plus a JSON
 *                skeleton of judgement entries to fill in
 * Kind `event-pair` lists the loose pairs of coded events (same dyad and root, days 1–3 apart or places differing)
 * that the coded-event date and place rules choose from: judged "true" only when it is a real discrepancy. Kind
 * `actor-pair` lists the loose pairs of acts (same other side and root, two distinct actors, different outlets) the
 * actor-identity rule chooses from, with the rule's verdict: judged "true" only when the outlets name two actors for
 * one act.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { alignStory } from "../src/triangulate/align/index.js";
import type { AlignedClaim, StoryAlignment } from "../src/triangulate/align/index.js";
import { seededRandom } from "./clustering/datasets.js";
import type { GoldStory } from "./discrepancies/stories.js";
import { actorPairs } from "./discrepancies/actorPairs.js";
import { eventPairs } from "./discrepancies/eventPairs.js";
import { confusablePairs } from "./discrepancies/mixed.js";
import { basilStories, ecbPlusStories, newsWclStories, pacStories } from "./discrepancies/stories.js";

const judgementsFile = new URL("./discrepancies/judgements.json", import.meta.url);

const Judgement = z.object({
  dataset: z.enum(["basil", "pac", "newswcl50", "ecbplus"]),
  story: z.string(),
  kind: z.string(),
  about: z.string(),
  /** `article=value`, in the finding's order. */
  values: z.array(z.string()),
  verdict: z.enum(["true", "false"]),
  /**
   * Which draw: every discrepancy found, the first seeded sample, the sample drawn after the first fixes, or an
   * alignment judged again because a later rule regrouped a judged one (counted now, in no drawn sample), or every
   * alignment a new rule made that the code before it did not (`new-rule`, judged when the rule came in).
   */
  sample: z.enum(["all-findings", "first", "held-out", "regrouped", "new-rule"]),
  reason: z.string(),
});
type Judgement = z.infer<typeof Judgement>;

/** A discrepancy, or an alignment that discrepancies are built on, in one shape for listing and judging. */
interface Finding {
  dataset: GoldStory["dataset"];
  story: string;
  kind: string;
  about: string;
  variants: { article: string; value: string; text: string }[];
  /** `article=value`, as stored in the judgement file. */
  values: string[];
}

/**
 * What discrepancies rest on: aligned quotes, aligned figures, actor labels, story events of several outlets, and the
 * loose event pairs (same dyad and root, days 1–3 apart or places differing) the coded-event date and place rules
 * choose from; an event pair is judged "true" only when it is a real discrepancy of one event.
 */
const alignmentKinds = ["aligned-quote", "aligned-figure", "label", "story-event", "event-pair", "actor-pair"] as const;

function finding(
  story: GoldStory,
  kind: string,
  about: string,
  variants: { article: string; value: string; text: string }[],
): Finding {
  return {
    dataset: story.dataset,
    story: story.id,
    kind,
    about,
    variants,
    values: variants.map((v) => `${v.article}=${v.value}`),
  };
}

/** Every discrepancy and every alignment item of one story. */
function findingsOf(story: GoldStory, alignment: StoryAlignment): Finding[] {
  const figure = (v: AlignedClaim["values"][number]): string =>
    `${v.qualifier === null ? "" : `${v.qualifier} `}${v.quantity}${v.high === undefined ? "" : `-${v.high}`}${v.asOf === null ? "" : ` (as of ${v.asOf})`}`;
  return [
    ...alignment.discrepancies.map((d) => finding(story, d.kind, d.about, d.variants)),
    ...alignment.quotes.map((q) =>
      finding(
        story,
        "aligned-quote",
        `statement by ${q.speaker ?? "?"} "${q.variants[0]?.text ?? ""}"`,
        q.variants.map((v) => ({ article: v.article, value: v.speakerText ?? "?", text: v.text })),
      ),
    ),
    ...alignment.claims.map((c) =>
      finding(
        story,
        "aligned-figure",
        `${c.what} (${c.relation})`,
        c.values.map((v) => ({ article: v.article, value: figure(v), text: v.text })),
      ),
    ),
    ...alignment.framing.flatMap((f) =>
      f.labels.map((l) =>
        finding(story, "label", `label of ${l.actor}`, [{ article: f.article, value: l.label, text: l.text }]),
      ),
    ),
    ...alignment.events
      .filter((e) => e.publishers >= 2)
      .map((e) =>
        finding(
          story,
          "story-event",
          `${e.code} ${e.label}: ${e.source ?? "?"} → ${e.target ?? "?"}`,
          e.evidence.map((v) => ({ article: v.article, value: v.date ?? "undated", text: v.text })),
        ),
      ),
    ...eventPairs(story.articles).map((p) => finding(story, "event-pair", p.about, p.variants)),
    ...actorPairs(story.articles).map((p) => finding(story, "actor-pair", p.about, p.variants)),
  ];
}

const keyOf = (f: { dataset: string; story: string; kind: string; about: string; values: readonly string[] }): string =>
  [f.dataset, f.story, f.kind, f.about, ...f.values].join("\u0000");

/** `about` as stored in the judgement file: a quoted statement is replaced by a hash, so no article text is kept. */
function storedAbout(about: string): string {
  return about.replace(
    /"([\s\S]+)"/,
    (_, quote: string) => `"#${createHash("sha1").update(quote).digest("hex").slice(0, 10)}"`,
  );
}

function flag(name: string): boolean {
  return process.argv.includes(name);
}
function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

function readJudgements(): Judgement[] {
  if (!existsSync(judgementsFile)) return [];
  return z.array(Judgement).parse(JSON.parse(readFileSync(judgementsFile, "utf8")));
}

function printFinding(f: Finding): void {
  console.log(`\n[${f.dataset} ${f.story}] ${f.kind}: ${f.about}`);
  for (const v of f.variants)
    console.log(`  ${v.article} = ${v.value}\n      « ${v.text.replace(/\s+/g, " ").trim()} »`);
}

function printConflict(dataset: string, story: string, c: AlignedClaim): void {
  console.log(`\n[${dataset} ${story}] conflict: ${c.what} (${c.category ?? "other"})`);
  for (const v of c.values)
    console.log(
      `  ${v.article} = ${v.qualifier ?? ""} ${v.quantity}${v.high === undefined ? "" : `–${v.high}`} as of ${v.asOf ?? "?"}\n      « ${v.text.replace(/\s+/g, " ").trim()} »`,
    );
}

/** Up to n findings, spread evenly over the kinds (round robin), each kind's order a seeded shuffle. */
function spreadSample(findings: readonly Finding[], n: number, seed: number): Finding[] {
  const random = seededRandom(seed);
  const byKind = new Map<string, Finding[]>();
  for (const f of findings) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  const queues = [...byKind.keys()].sort().map((kind) => {
    const out = [...(byKind.get(kind) ?? [])];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j] as Finding, out[i] as Finding];
    }
    return out;
  });
  const picked: Finding[] = [];
  while (picked.length < n && queues.some((q) => q.length > 0)) {
    for (const q of queues) {
      const next = q.shift();
      if (next !== undefined && picked.length < n) picked.push(next);
    }
  }
  return picked;
}

/** Precision under clustering errors: discrepancies and alignments that join two gold stories are false. */
function mixedStories(stories: readonly GoldStory[]): void {
  const pairs = confusablePairs(stories);
  const cross: Record<string, number> = {};
  const within: Record<string, number> = {};
  for (const pair of pairs) {
    const story: GoldStory = { dataset: pair.dataset, id: pair.stories.join("+"), articles: pair.articles };
    for (const f of findingsOf(story, alignStory(pair.articles, new Map()))) {
      if (f.kind === "label") continue;
      const joins = new Set(f.variants.map((v) => pair.goldOf.get(v.article))).size > 1;
      const counts = joins ? cross : within;
      counts[f.kind] = (counts[f.kind] ?? 0) + 1;
      if (joins && flag("--list-mixed")) printFinding(f);
    }
  }
  console.log(
    `\nClustering errors made on purpose: ${pairs.length} merged pairs (each gold story with its most similar one).`,
  );
  console.log(
    `Items joining two gold stories (discrepancies among them false by construction): ${JSON.stringify(cross)}`,
  );
  console.log(`Items within one gold story: ${JSON.stringify(within)}`);
}

const percent = (good: number, all: number): string => (all === 0 ? "–" : `${((100 * good) / all).toFixed(0)}%`);

function main(): void {
  const started = Date.now();
  const stories = [...basilStories(), ...pacStories(), ...newsWclStories(), ...ecbPlusStories()];
  const analysed = Date.now();
  const findings: Finding[] = [];
  const conflicts: { dataset: string; story: string; claim: AlignedClaim }[] = [];
  for (const story of stories) {
    const alignment = alignStory(story.articles, new Map());
    findings.push(...findingsOf(story, alignment));
    for (const c of alignment.claims)
      if (c.relation === "conflict") conflicts.push({ dataset: story.dataset, story: story.id, claim: c });
  }
  const aligned = Date.now();
  const isAlignment = (kind: string): boolean => (alignmentKinds as readonly string[]).includes(kind);

  if (flag("--list")) for (const f of findings) if (!isAlignment(f.kind)) printFinding(f);
  if (flag("--conflicts")) for (const c of conflicts) printConflict(c.dataset, c.story, c.claim);

  const allJudgements = readJudgements();
  const judgements = new Map(allJudgements.map((j) => [keyOf(j), j]));
  const judgedOf = (f: Finding): Judgement | undefined => judgements.get(keyOf({ ...f, about: storedAbout(f.about) }));

  const sampleSize = option("--sample");
  if (sampleSize !== undefined) {
    const kind = option("--kind");
    const pool = findings.filter((f) => judgedOf(f) === undefined && (kind === undefined || f.kind === kind));
    const sample = spreadSample(pool, Number(sampleSize), Number(option("--seed") ?? "1"));
    for (const f of sample) printFinding(f);
    const skeleton = sample.map((f) => ({
      dataset: f.dataset,
      story: f.story,
      kind: f.kind,
      about: storedAbout(f.about),
      values: f.values,
      verdict: "?",
      reason: "",
      sample: "?",
    }));
    console.log(`\n${JSON.stringify(skeleton, null, 1)}`);
  }
  if (flag("--unjudged"))
    for (const f of findings) if (!isAlignment(f.kind) && judgedOf(f) === undefined) printFinding(f);

  const articles = stories.reduce((n, s) => n + s.articles.length, 0);
  const datasets = ["basil", "pac", "newswcl50", "ecbplus"] as const;
  console.log(
    `\n${stories.length} gold stories with 2+ articles (${articles} articles: ` +
      `${datasets.map((d) => `${d} ${stories.filter((s) => s.dataset === d).length}`).join(", ")} stories); ` +
      `pipeline ${((analysed - started) / 1000).toFixed(0)} s, alignment ${((aligned - analysed) / 1000).toFixed(1)} s; ` +
      `conflict claims: ${conflicts.length}\n`,
  );
  // Per kind: what the code reports now, per dataset; the precision of what was judged when found (the sample as
  // drawn); and the precision of the judged findings the code still reports.
  console.log(
    `| kind | ${datasets.join(" | ")} | precision when found: first sample | held-out sample | judged, still reported | precision now | false removed | true lost | not judged |`,
  );
  console.log(`|---|${datasets.map(() => "---:|").join("")}---:|---:|---:|---:|---:|---:|---:|`);
  const stillReported = new Set(findings.map(judgedOf).filter((j): j is Judgement => j !== undefined));
  const row = (label: string, of: readonly Finding[], judgedEver: readonly Judgement[]): void => {
    const judged = of.map(judgedOf).filter((j): j is Judgement => j !== undefined);
    const good = judged.filter((j) => j.verdict === "true").length;
    const precisionOf = (sample: readonly string[]): string => {
      const drawn = judgedEver.filter((j) => sample.includes(j.sample));
      const right = drawn.filter((j) => j.verdict === "true").length;
      return drawn.length === 0 ? "–" : `${percent(right, drawn.length)} (${right}/${drawn.length})`;
    };
    const perDataset = datasets.map((d) => of.filter((f) => f.dataset === d).length).join(" | ");
    console.log(
      `| ${label} | ${perDataset} | ${precisionOf(["all-findings", "first"])} | ${precisionOf(["held-out"])} | ` +
        `${judged.length} | ${percent(good, judged.length)} ` +
        `(${good}/${judged.length}) | ${judgedEver.filter((j) => j.verdict === "false" && !stillReported.has(j)).length} | ` +
        `${judgedEver.filter((j) => j.verdict === "true" && !stillReported.has(j)).length} | ${of.length - judged.length} |`,
    );
  };
  const kinds = [...new Set([...findings.map((f) => f.kind), ...allJudgements.map((j) => j.kind)])].sort();
  for (const group of [kinds.filter((k) => !isAlignment(k)), kinds.filter(isAlignment)]) {
    for (const kind of group)
      row(
        kind,
        findings.filter((f) => f.kind === kind),
        allJudgements.filter((j) => j.kind === kind),
      );
    if (group.some((k) => !isAlignment(k)))
      row(
        "all discrepancies",
        findings.filter((f) => !isAlignment(f.kind)),
        allJudgements.filter((j) => !isAlignment(j.kind)),
      );
  }
  if (flag("--lost"))
    for (const j of allJudgements)
      if (j.verdict === "true" && !stillReported.has(j)) console.log(`lost: ${JSON.stringify(j)}`);
  mixedStories(stories);
}

main();
