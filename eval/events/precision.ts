/**
 * Event coding precision on ordinary news: every event the pipeline codes on the demo corpus and on 40 BASIL
 * article bodies, judged by hand in `judgements.json` beside this script. The gold sets (PLOVER, PETR2) hold
 * sentences that all report an event; this measures false events on articles that mostly do not.
 *
 *   npx tsx eval/events/precision.ts            # precision, and the events not judged yet
 *   npx tsx eval/events/precision.ts --all      # also list every judged event, with its judgement
 *   npx tsx eval/events/precision.ts --wrong    # also list the events judged wrong
 *   npx tsx eval/events/precision.ts --offset 3 # a fresh BASIL sample: files k with k % step = 3 (0, the study
 *                                               # set, by default), to check rules on bodies they were not made on
 *
 * An event is keyed by article, sentence, code and dyad (`source>target`): an event whose code or actors change
 * is a new event to judge. A judgement is right when the code's root is right and neither the source nor the target
 * is wrong (a missing actor is not wrong). Precision = right / judged, over the events the pipeline codes now.
 * BASIL (../shared/eval/basil) is read at run time; nothing is copied into the repository.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { ArticleEvent, RawDocument } from "../../src/article.js";
import { processInputs } from "../../src/process.js";
import { runPipelineBatch } from "../../src/pipeline.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const basilRoot = fileURLToPath(new URL("../../../shared/eval/basil/articles/", import.meta.url));
const judgementsPath = fileURLToPath(new URL("./judgements.json", import.meta.url));
/** BASIL bodies read: every k-th file in path order, so the sample spans the years and outlets. */
const basilSample = 40;

const judgementSchema = z.object({ ok: z.boolean(), note: z.string().optional() });
const judgementsSchema = z.record(z.string(), judgementSchema);
type Judgement = z.infer<typeof judgementSchema>;

const basilSchema = z.object({
  title: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  "body-paragraphs": z.array(z.array(z.string())),
});

interface Coded {
  article: string;
  event: ArticleEvent;
}

/** The key of an event in the judgements file. */
function keyOf(article: string, event: ArticleEvent): string {
  const sentence = event.sentence.replace(/\s+/g, " ").trim();
  return `${article} | ${sentence} | ${event.code} | ${event.source ?? "null"}>${event.target ?? "null"}`;
}

async function demoEvents(): Promise<Coded[]> {
  const out: Coded[] = [];
  for await (const r of processInputs([join(repoRoot, "demo/corpus")])) {
    if (!r.ok) continue;
    const name = r.article.source.slice(r.article.source.indexOf("demo/corpus"));
    for (const event of r.article.events) out.push({ article: name, event });
  }
  return out;
}

function basilEvents(offset: number): Coded[] {
  const files = readdirSync(basilRoot)
    .sort()
    .flatMap((year) =>
      readdirSync(join(basilRoot, year))
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => `${year}/${f}`),
    );
  const step = Math.max(1, Math.floor(files.length / basilSample));
  const chosen = files.filter((_, k) => k % step === offset % step).slice(0, basilSample);
  const docs: RawDocument[] = chosen.map((file) => {
    const record = basilSchema.parse(JSON.parse(readFileSync(join(basilRoot, file), "utf8")));
    const body = record["body-paragraphs"].map((p) => p.join(" ")).join("\n\n");
    const meta: RawDocument["meta"] = {};
    if (record.title) meta.title = record.title;
    if (record.date) meta.published = record.date;
    if (record.source) meta.outlet = record.source;
    return { source: `basil/${file}`, format: "text", body, meta };
  });
  const out: Coded[] = [];
  const outcomes = runPipelineBatch(docs);
  outcomes.forEach((outcome, k) => {
    if ("reason" in outcome) return;
    const name = docs[k]?.source ?? "";
    for (const event of outcome.events) out.push({ article: name, event });
  });
  return out;
}

function show(coded: Coded, judgement?: Judgement): string {
  const e = coded.event;
  const mark = judgement ? (judgement.ok ? "RIGHT" : "WRONG") : "?";
  const note = judgement?.note ? `  (${judgement.note})` : "";
  return `${mark} ${e.code} ${e.source ?? "null"}>${e.target ?? "null"} [${e.verb}]${note}\n    ${keyOf(coded.article, e)}`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const offsetAt = argv.indexOf("--offset");
  const offset = offsetAt >= 0 ? Number.parseInt(argv[offsetAt + 1] ?? "0", 10) || 0 : 0;
  const judgements: Record<string, Judgement> = judgementsSchema.parse(
    JSON.parse(readFileSync(judgementsPath, "utf8")),
  );
  const coded = [...(await demoEvents()), ...basilEvents(offset)];
  const counts = { demo: { right: 0, wrong: 0, events: 0 }, basil: { right: 0, wrong: 0, events: 0 } };
  const unjudged: Coded[] = [];
  for (const c of coded) {
    const j = judgements[keyOf(c.article, c.event)];
    const part = c.article.startsWith("demo/") ? counts.demo : counts.basil;
    part.events++;
    if (!j) unjudged.push(c);
    else if (j.ok) part.right++;
    else part.wrong++;
    if (j && (args.has("--all") || (args.has("--wrong") && !j.ok))) console.log(show(c, j));
  }
  const line = (name: string, p: { right: number; wrong: number; events: number }): string => {
    const judged = p.right + p.wrong;
    const precision = judged ? `${((100 * p.right) / judged).toFixed(1)}%` : "-";
    return `${name}: events ${p.events}, judged ${judged}, right ${p.right}, wrong ${p.wrong}, precision ${precision}`;
  };
  const all = {
    right: counts.demo.right + counts.basil.right,
    wrong: counts.demo.wrong + counts.basil.wrong,
    events: coded.length,
  };
  console.log(line("demo ", counts.demo));
  console.log(line("basil", counts.basil));
  console.log(line("all  ", all));
  console.log(`unjudged: ${unjudged.length}`);
  for (const c of unjudged) console.log(show(c));
}

await main();
