/**
 * Quote precision on ordinary news: every quote the pipeline reads on the demo corpus, judged by hand in
 * `judgements.json` beside this script. PolNeAR (eval/quotes.ts) measures recall and spans against gold; this
 * measures false quotes and wrong speakers on the articles a user would actually feed in.
 *
 *   npx tsx eval/quotes/precision.ts            # precision, and the quotes not judged yet
 *   npx tsx eval/quotes/precision.ts --all      # also list every judged quote, with its judgement
 *   npx tsx eval/quotes/precision.ts --wrong    # also list the quotes judged wrong
 *
 * A quote is keyed by article, content (whitespace collapsed, first 160 characters), kind, speaker text and speaker
 * id: a quote whose content, kind or speaker changes is a new quote to judge. To add judgements, run the script,
 * copy each unjudged key (the indented line) into `judgements.json` as `"<key>": { "ok": true }` (or false, with an
 * optional "note"). A judgement is right when the content is attributed speech (a statement, claim or quotation,
 * not an action) and the speaker is right: its text names the speaker and its id is not wrong (a missing id is not
 * wrong). Precision = right / judged, over the quotes the pipeline reads now.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Quote } from "../../src/article.js";
import { processInputs } from "../../src/process.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const judgementsPath = fileURLToPath(new URL("./judgements.json", import.meta.url));
/** Characters of the quote content kept in its key. */
const keyContentLength = 160;

const judgementSchema = z.object({ ok: z.boolean(), note: z.string().optional() });
const judgementsSchema = z.record(z.string(), judgementSchema);
type Judgement = z.infer<typeof judgementSchema>;

interface Read {
  article: string;
  quote: Quote;
  /** The sentence(s) the quote stands in, for judging. */
  context: string;
}

/** The key of a quote in the judgements file. */
function keyOf(article: string, quote: Quote): string {
  const content = quote.text.replace(/\s+/g, " ").trim().slice(0, keyContentLength);
  return `${article} | ${content} | ${quote.kind} | ${quote.speakerText ?? "null"} | ${quote.speaker ?? "null"}`;
}

async function demoQuotes(): Promise<Read[]> {
  const out: Read[] = [];
  for await (const r of processInputs([join(repoRoot, "demo/corpus")])) {
    if (!r.ok) continue;
    const { article } = r;
    const name = article.source.slice(article.source.indexOf("demo/corpus"));
    for (const quote of article.quotes) {
      const around = article.sentences.filter((s) => s.end > quote.start && s.start < quote.end);
      const start = Math.min(quote.start, ...around.map((s) => s.start));
      const end = Math.max(quote.end, ...around.map((s) => s.end));
      out.push({ article: name, quote, context: article.text.slice(start, end).replace(/\s+/g, " ").trim() });
    }
  }
  return out;
}

function show(read: Read, judgement?: Judgement): string {
  const q = read.quote;
  const mark = judgement ? (judgement.ok ? "RIGHT" : "WRONG") : "?";
  const note = judgement?.note ? `  (${judgement.note})` : "";
  const cue = q.cue ? ` [${q.cue.text}]` : "";
  return `${mark} ${q.kind} ${q.speakerText ?? "null"} = ${q.speaker ?? "null"}${cue}${note}\n    ${read.context}\n    ${keyOf(read.article, q)}`;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const judgements: Record<string, Judgement> = judgementsSchema.parse(
    JSON.parse(readFileSync(judgementsPath, "utf8")),
  );
  const reads = await demoQuotes();
  const counts = { right: 0, wrong: 0, quotes: reads.length };
  const unjudged: Read[] = [];
  for (const r of reads) {
    const j = judgements[keyOf(r.article, r.quote)];
    if (!j) unjudged.push(r);
    else if (j.ok) counts.right++;
    else counts.wrong++;
    if (j && (args.has("--all") || (args.has("--wrong") && !j.ok))) console.log(show(r, j));
  }
  const judged = counts.right + counts.wrong;
  const precision = judged ? `${((100 * counts.right) / judged).toFixed(1)}%` : "-";
  console.log(
    `demo : quotes ${counts.quotes}, judged ${judged}, right ${counts.right}, wrong ${counts.wrong}, precision ${precision}`,
  );
  console.log(`unjudged: ${unjudged.length}`);
  for (const r of unjudged) console.log(show(r));
}

await main();
