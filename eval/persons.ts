/**
 * Persons on ECB+ (Cybulska & Vossen 2014): the human-participant annotations of type HUMAN_PART_PER, in the
 * sentences the corpus lists as annotated (ECBplus_coreference_sentences.csv). Reads ../shared/eval/ecbplus at
 * run time; the archive is extracted into the git-ignored .eval-cache/. Copies nothing into the repository.
 *
 * The text of each document is rebuilt from its tokens (one sentence per paragraph) and given whole to each system;
 * only the mentions inside annotated sentences are scored.
 *
 * Metric (mention level, one-to-one):
 * - gold: every HUMAN_PART_PER mention of an annotated sentence. ECB+ also marks pronouns and common nouns ("she",
 *   "the actress"), which no name finder should return, so recall counts the NAMED ones: mentions whose head (the
 *   last word before a comma, possessive or suffix) is a proper word, i.e. a word that in the whole corpus is
 *   capitalised in at least 90% of its occurrences past the first word of a sentence (headlines excluded), and
 *   not the pronoun "I", an acronym ("CEO", "MPs") or a demonym ("Palestinians", "American": world-countries'
 *   English demonyms and their plurals, and Democrat/Republican).
 * - a system mention matches a gold mention when their character spans are identical (exact) or overlap
 *   (overlap); each gold and each system mention is used once, exact pairs first.
 * - precision = matched system mentions / system mentions (any HUMAN_PART_PER mention may be the match: a name is
 *   right to be found even where the gold also annotates it as a non-name);
 *   recall = matched named gold mentions / named gold mentions.
 * - typed precision also counts as right a system mention that overlaps no annotation of any type but whose last
 *   word ends a HUMAN_PART_PER mention somewhere in the same topic: ECB+ annotates the participants of the
 *   seminal events only, so "Nixon" in "Nixon administration aide" is a person the gold leaves out.
 * ECB+ spans sometimes include titles ("Dr . Regina Benjamin") and our spans never do, so exact figures are lower
 * by design; the bar (precision ≥ 0.95, recall ≥ 0.90) is read on overlap.
 *
 * The "run memory" row reads each topic's documents as one run with a KnownPeople map (a bare "Gupta" finds the
 * Sanjay Gupta an earlier document of the topic named in full), as `parallax analyze` does over a pile of articles.
 *
 *   npx tsx eval/persons.ts            # the table: ours vs compromise's .people()
 *   npx tsx eval/persons.ts --errors   # also list our false positives and misses (add --run: with run memory)
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import type { Country } from "world-countries";
import type { Sentence } from "../src/article.js";
import { findActors, KnownPeople, loadRegistry } from "../src/analyze/actors/index.js";

const dataRoot = fileURLToPath(new URL("../../shared/eval/ecbplus/", import.meta.url));
const cacheRoot = fileURLToPath(new URL("../.eval-cache/ecbplus/", import.meta.url));

interface EcbToken {
  id: number;
  sentence: number;
  text: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface EcbDocument {
  name: string;
  text: string;
  sentences: Sentence[];
  /** Numbers of the annotated sentences, and their spans. */
  annotated: Span[];
  gold: (Span & { named: boolean; text: string })[];
  /** Mentions of other entity types (organisations, places, things) in annotated sentences. */
  others: Span[];
  /** Last words of every HUMAN_PART_PER mention of the document, in any sentence. */
  personWords: Set<string>;
}

export interface Score {
  /** Precision where a mention outside every annotation counts as right when its last word ends a person
   * annotated elsewhere in the same topic (ECB+ annotates only the participants of the seminal events). */
  typedPrecision: number;
  system: number;
  gold: number;
  named: number;
  exact: { precision: number; recall: number; f1: number };
  overlap: { precision: number; recall: number; f1: number };
}

export interface PersonFigures {
  documents: number;
  ours: Score;
  /** Ours with a run memory of people: each ECB+ topic read as one run, its documents in corpus order. */
  oursRun: Score;
  compromise: Score;
  /** Our mean time per document for findActors, in milliseconds. */
  msPerDocument: number;
}

const noSpaceBefore = /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const noSpaceAfter = /^[([{$]$/;

/** Extracts the archive into .eval-cache/ (once) and reads every document that has annotated sentences. */
export function readEcbPlus(): EcbDocument[] {
  const root = `${cacheRoot}ECB+/`;
  if (!existsSync(root)) {
    mkdirSync(cacheRoot, { recursive: true });
    execFileSync("tar", ["xzf", `${dataRoot}ECBplus-xml.tar.gz`, "-C", cacheRoot]);
  }
  const selected = new Map<string, Set<number>>();
  for (const line of readFileSync(`${dataRoot}ECBplus_coreference_sentences.csv`, "utf8").split("\n").slice(1)) {
    const [topic, file, sentence] = line.trim().split(",");
    if (!topic || !file || !sentence) continue;
    const key = `${topic}_${file}`;
    const set = selected.get(key) ?? new Set<number>();
    set.add(Number(sentence));
    selected.set(key, set);
  }
  const parsed: {
    name: string;
    tokens: EcbToken[];
    mentions: number[][];
    others: number[][];
    annotated: Set<number>;
  }[] = [];
  for (const topic of readdirSync(root)) {
    for (const file of readdirSync(`${root}${topic}`)) {
      const name = file.replace(/\.xml$/, "");
      const annotated = selected.get(name);
      if (!annotated) continue;
      const source = readFileSync(`${root}${topic}/${file}`, "utf8");
      const tokens = [...source.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)].map((m) => ({
        id: Number(m[1]),
        sentence: Number(m[2]),
        text: unescapeXml(m[3] ?? ""),
      }));
      // Markables may carry attributes after m_id (note="byCROMER" on the ones ECB+ added); instance
      // descriptors (self-closing, no tokens) are not mentions.
      const mentions = [...source.matchAll(/<HUMAN_PART_PER m_id="\d+"[^>]*[^/>]>([\s\S]*?)<\/HUMAN_PART_PER>/g)]
        .map((m) => [...(m[1] ?? "").matchAll(/t_id="(\d+)"/g)].map((a) => Number(a[1])))
        .filter((ids) => ids.length > 0);
      const others = [
        ...source.matchAll(/<((?:HUMAN_PART|NON_HUMAN_PART|LOC)[A-Z_]*) m_id="\d+"[^>]*[^/>]>([\s\S]*?)<\/\1>/g),
      ]
        .filter((m) => m[1] !== "HUMAN_PART_PER")
        .map((m) => [...(m[2] ?? "").matchAll(/t_id="(\d+)"/g)].map((a) => Number(a[1])))
        .filter((ids) => ids.length > 0);
      parsed.push({ name, tokens, mentions, others, annotated });
    }
  }
  const proper = properWords(parsed.map((d) => d.tokens));
  const documents = parsed.map((d) => buildDocument(d.name, d.tokens, d.mentions, d.others, d.annotated, proper));
  // A person's name annotated anywhere in a topic tells that the name is a person's in all its documents.
  const byTopic = new Map<string, Set<string>>();
  for (const doc of documents) {
    const topic = doc.name.split("_")[0] ?? "";
    const words = byTopic.get(topic) ?? new Set<string>();
    for (const word of doc.personWords) words.add(word);
    byTopic.set(topic, words);
  }
  for (const doc of documents) doc.personWords = byTopic.get(doc.name.split("_")[0] ?? "") ?? doc.personWords;
  return documents;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Words capitalised in ≥ 90% of their occurrences past a sentence's first word, outside headline-like sentences. */
function properWords(documents: readonly EcbToken[][]): Set<string> {
  const counts = new Map<string, { upper: number; all: number }>();
  for (const tokens of documents) {
    const bySentence = new Map<number, EcbToken[]>();
    for (const token of tokens) bySentence.set(token.sentence, [...(bySentence.get(token.sentence) ?? []), token]);
    for (const sentence of bySentence.values()) {
      const words = sentence.filter((t) => /^\p{L}/u.test(t.text));
      const capitals = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
      if (words.length === 0 || capitals / words.length > 0.5) continue;
      for (const token of words.slice(1)) {
        const key = token.text.toLowerCase();
        const count = counts.get(key) ?? { upper: 0, all: 0 };
        count.all++;
        if (/^\p{Lu}/u.test(token.text)) count.upper++;
        counts.set(key, count);
      }
    }
  }
  return new Set([...counts].filter(([, c]) => c.upper / c.all >= 0.9).map(([word]) => word));
}

const countries = createRequire(import.meta.url)("world-countries") as Country[];

/** Heads that are capitalised but name no one: "I", acronyms, demonyms and party members. */
const notNameHeads = new Set(
  [
    "I",
    "I'm",
    "Democrat",
    "Republican",
    ...countries.flatMap((c) => [c.demonyms["eng"]?.m ?? "", c.demonyms["eng"]?.f ?? ""]),
  ].flatMap((w) => [w, `${w}s`]),
);
const acronymHead = /^[A-Z]{2,}s?$/;

const headSkip = /^(?:'s|'|[.,;:"()-]|Jr|Sr|III|II|MD|M|D|B|A)$/;

function buildDocument(
  name: string,
  tokens: readonly EcbToken[],
  mentions: readonly number[][],
  otherMentions: readonly number[][],
  annotated: ReadonlySet<number>,
  proper: ReadonlySet<string>,
): EcbDocument {
  // Sentence 0 of the newer ECB+ documents is the source URL: not text.
  const body = tokens.filter((t) => !(name.endsWith("ecbplus") && t.sentence === 0));
  let text = "";
  const offsets = new Map<number, Span>();
  const sentences: Sentence[] = [];
  const annotatedSpans: Span[] = [];
  let current = -1;
  let sentenceStart = 0;
  let previous = "";
  const closeSentence = (): void => {
    if (current < 0) return;
    sentences.push({ start: sentenceStart, end: text.length, paragraph: sentences.length });
    if (annotated.has(current)) annotatedSpans.push({ start: sentenceStart, end: text.length });
  };
  for (const token of body) {
    if (token.sentence !== current) {
      closeSentence();
      if (text.length > 0) text += "\n\n";
      current = token.sentence;
      sentenceStart = text.length;
      previous = "";
    } else if (!noSpaceBefore.test(token.text) && !noSpaceAfter.test(previous)) {
      text += " ";
    }
    offsets.set(token.id, { start: text.length, end: text.length + token.text.length });
    text += token.text;
    previous = token.text;
  }
  closeSentence();
  const sentenceOf = new Map(tokens.map((t) => [t.id, t.sentence]));
  const byId = new Map(tokens.map((t) => [t.id, t]));
  const gold = mentions
    .filter((ids) => annotated.has(sentenceOf.get(ids[0] as number) ?? -1) && ids.every((id) => offsets.has(id)))
    .map((ids) => {
      const sorted = [...ids].sort((a, b) => a - b);
      const start = offsets.get(sorted[0] as number)?.start ?? 0;
      const end = offsets.get(sorted.at(-1) as number)?.end ?? 0;
      const words = sorted.map((id) => byId.get(id)?.text ?? "");
      const comma = words.indexOf(",");
      const head = (comma > 0 ? words.slice(0, comma) : words).filter((w) => !headSkip.test(w)).at(-1) ?? "";
      return {
        start,
        end,
        text: text.slice(start, end),
        named:
          /^\p{Lu}/u.test(head) &&
          proper.has(head.toLowerCase()) &&
          !notNameHeads.has(head) &&
          !(acronymHead.test(head) && words.length === 1),
      };
    });
  const spanOf = (ids: readonly number[]): Span => {
    const sorted = [...ids].sort((a, b) => a - b);
    return { start: offsets.get(sorted[0] as number)?.start ?? 0, end: offsets.get(sorted.at(-1) as number)?.end ?? 0 };
  };
  const others = otherMentions
    .filter((ids) => annotated.has(sentenceOf.get(ids[0] as number) ?? -1) && ids.every((id) => offsets.has(id)))
    .map(spanOf);
  const personWords = new Set(
    mentions.map((ids) => byId.get(Math.max(...ids))?.text ?? "").filter((word) => /^\p{Lu}/u.test(word)),
  );
  return { name, text, sentences, annotated: annotatedSpans, gold, others, personWords };
}

/** One-to-one matching, exact pairs first, then overlapping ones. */
export function score(documents: readonly EcbDocument[], system: readonly Span[][]): Score {
  const totals = { system: 0, gold: 0, named: 0, typed: 0, exact: { p: 0, r: 0 }, overlap: { p: 0, r: 0 } };
  documents.forEach((doc, index) => {
    const inside = (span: Span): boolean => doc.annotated.some((a) => span.start >= a.start && span.end <= a.end);
    const predicted = (system[index] ?? []).filter(inside);
    totals.system += predicted.length;
    totals.gold += doc.gold.length;
    totals.named += doc.gold.filter((g) => g.named).length;
    for (const mode of ["exact", "overlap"] as const) {
      const usedGold = new Set<number>();
      const usedSystem = new Set<number>();
      const pair = (test: (p: Span, g: Span) => boolean): void => {
        predicted.forEach((p, pi) => {
          if (usedSystem.has(pi)) return;
          const gi = doc.gold.findIndex((g, k) => !usedGold.has(k) && test(p, g));
          if (gi < 0) return;
          usedGold.add(gi);
          usedSystem.add(pi);
        });
      };
      pair((p, g) => p.start === g.start && p.end === g.end);
      if (mode === "overlap") pair((p, g) => p.start < g.end && g.start < p.end);
      totals[mode].p += usedSystem.size;
      totals[mode].r += [...usedGold].filter((k) => doc.gold[k]?.named).length;
      if (mode === "overlap") {
        totals.typed += usedSystem.size;
        predicted.forEach((p, pi) => {
          if (usedSystem.has(pi) || doc.gold.some((g) => overlaps(p, g)) || doc.others.some((o) => overlaps(p, o)))
            return;
          const last =
            doc.text
              .slice(p.start, p.end)
              .split(/[\s,]+/)
              .filter((w) => /^\p{Lu}/u.test(w))
              .at(-1) ?? "";
          if (doc.personWords.has(last.replace(/['’]s?$/, ""))) totals.typed++;
        });
      }
    }
  });
  const figures = (m: { p: number; r: number }): Score["exact"] => {
    const precision = totals.system ? m.p / totals.system : 0;
    const recall = totals.named ? m.r / totals.named : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  return {
    typedPrecision: totals.system ? totals.typed / totals.system : 0,
    system: totals.system,
    gold: totals.gold,
    named: totals.named,
    exact: figures(totals.exact),
    overlap: figures(totals.overlap),
  };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Persons found by compromise's `.people()`, trailing punctuation trimmed. */
function compromisePeople(text: string): Span[] {
  const found = nlp(text).people().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
  }[];
  return found.map(({ text: surface, offset }) => {
    const trimmed = surface.replace(/[\s.,;:!?'"”’)]+$/u, "");
    return { start: offset.start, end: offset.start + trimmed.length };
  });
}

/** Runs both systems over ECB+ and returns the figures. */
export function evaluatePersons(documents: readonly EcbDocument[] = readEcbPlus()): PersonFigures {
  const registry = loadRegistry();
  const ours: Span[][] = [];
  const began = performance.now();
  for (const doc of documents) {
    const { mentions } = findActors(doc.text, doc.sentences, registry);
    ours.push(mentions.filter((m) => m.actor.startsWith("person:")));
  }
  const msPerDocument = (performance.now() - began) / Math.max(1, documents.length);
  const runs = new Map<string, KnownPeople>();
  const oursRun = documents.map((doc) => {
    const topic = doc.name.split("_")[0] ?? "";
    const knownPeople = runs.get(topic) ?? new KnownPeople();
    runs.set(topic, knownPeople);
    const { mentions, actors } = findActors(doc.text, doc.sentences, registry, { knownPeople });
    knownPeople.remember(actors, mentions);
    return mentions.filter((m) => m.actor.startsWith("person:"));
  });
  const theirs = documents.map((doc) => compromisePeople(doc.text));
  return {
    documents: documents.length,
    ours: score(documents, ours),
    oursRun: score(documents, oursRun),
    compromise: score(documents, theirs),
    msPerDocument,
  };
}

function listErrors(documents: readonly EcbDocument[], withRunMemory: boolean): void {
  const registry = loadRegistry();
  const runs = new Map<string, KnownPeople>();
  for (const doc of documents) {
    const inside = (span: Span): boolean => doc.annotated.some((a) => span.start >= a.start && span.end <= a.end);
    const topic = doc.name.split("_")[0] ?? "";
    const knownPeople = runs.get(topic) ?? new KnownPeople();
    runs.set(topic, knownPeople);
    const found = findActors(doc.text, doc.sentences, registry, withRunMemory ? { knownPeople } : {});
    knownPeople.remember(found.actors, found.mentions);
    const predicted = found.mentions.filter((m) => m.actor.startsWith("person:") && inside(m));
    for (const p of predicted) {
      if (!doc.gold.some((g) => p.start < g.end && g.start < p.end))
        console.log(`FP  ${doc.name}  ${p.text}  ← ${context(doc.text, p)}`);
    }
    for (const g of doc.gold) {
      if (g.named && !predicted.some((p) => p.start < g.end && g.start < p.end))
        console.log(`FN  ${doc.name}  ${g.text}  ← ${context(doc.text, g)}`);
    }
  }
}

function context(text: string, span: Span): string {
  return text.slice(Math.max(0, span.start - 50), span.end + 30).replace(/\s+/g, " ");
}

function row(label: string, s: Score): string {
  const f = (n: number): string => n.toFixed(3);
  return `| ${label} | ${s.system} | ${f(s.exact.precision)} | ${f(s.exact.recall)} | ${f(s.overlap.precision)} | ${f(s.overlap.recall)} | ${f(s.overlap.f1)} | ${f(s.typedPrecision)} |`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const documents = readEcbPlus();
  const figures = evaluatePersons(documents);
  console.log(
    `ECB+ persons: ${figures.documents} documents, ${figures.ours.gold} HUMAN_PART_PER mentions in annotated sentences, ` +
      `${figures.ours.named} named\n`,
  );
  console.log("| system | mentions | P exact | R exact | P overlap | R overlap | F1 overlap | P overlap, typed |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  console.log(row("parallax findActors", figures.ours));
  console.log(row("parallax findActors, run memory per topic", figures.oursRun));
  console.log(row("compromise .people()", figures.compromise));
  console.log(`\nfindActors: ${figures.msPerDocument.toFixed(2)} ms per document (registry loaded once)`);
  if (process.argv.includes("--errors")) listErrors(documents, process.argv.includes("--run"));
}
