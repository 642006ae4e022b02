/**
 * A synthetic news stream with the structure of real articles, for the clustering benchmark.
 *
 * Method: real sentences from the BASIL and PAC articles (../shared/eval, read at run time) are the filler, so word
 * frequencies, sentence lengths and the share of generic political vocabulary are those of real news. Each story gets
 * a signature: two invented names (pseudo-words, like the rare proper names that identify real stories) and three
 * content words drawn Zipf-wise from the real vocabulary. An article of a story has a headline of signature words,
 * two or three real sentences with the signature names put in place of their proper names, and 6–14 real filler
 * sentences. Story sizes follow a Zipf law (1–60 articles, most stories small), story starts are uniform over the
 * time span and articles follow their story's start by an exponential delay (mean 1.5 days). 5% of articles are
 * syndicated copies of an earlier article of the story (`copyOf` set, as the store would link them).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "../../eval/clustering/datasets.js";
import type { ClusterDoc } from "../../src/triangulate/stories/index.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const sharedEval = join(repoRoot, "..", "shared", "eval");

const sentenceSplit = /(?<=[.!?])\s+(?=[A-Z"“])/;
const wordPattern = /[a-z]{4,}/g;
const properNamePattern = /\b[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?\b/g;

/** Real sentences from BASIL and PAC article bodies. */
function realSentences(): string[] {
  const sentences: string[] = [];
  const basil = join(sharedEval, "basil", "articles");
  for (const year of readdirSync(basil)) {
    for (const file of readdirSync(join(basil, year))) {
      const a = JSON.parse(readFileSync(join(basil, year, file), "utf8")) as { "body-paragraphs": string[][] };
      for (const p of a["body-paragraphs"]) sentences.push(...p.join(" ").split(sentenceSplit));
    }
  }
  const pac = join(sharedEval, "pac-partisan-events", "data", "merged_annotations");
  for (const file of readdirSync(pac)) {
    const a = JSON.parse(readFileSync(join(pac, file), "utf8")) as { news: { text: string }[] };
    for (const s of a.news) sentences.push(s.text.replace(/\s+([,.;:!?')])/g, "$1"));
  }
  return sentences.filter((s) => s.length > 40 && s.length < 400);
}

export interface SyntheticCorpus {
  /** Articles in publication order. */
  size: number;
  /** The i-th article (generated on demand, deterministic). */
  doc(i: number): ClusterDoc;
  /** The gold story of the i-th article. */
  gold(i: number): number;
  sentences: number;
  vocabulary: number;
  spanDays: number;
}

const syllables = ["ka", "lo", "ve", "rin", "ta", "mor", "ze", "qua", "dil", "ban", "sho", "ne", "vo", "tri", "gal"];

function pseudoWord(random: () => number): string {
  const n = 2 + Math.floor(random() * 2);
  let w = "";
  for (let i = 0; i < n; i++) w += syllables[Math.floor(random() * syllables.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Zipf-distributed index in [0, n): rank r with probability ∝ 1/(r+1)^s, by inverse transform on a table. */
function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) cdf[r] = total += 1 / (r + 1) ** s;
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * A deterministic synthetic stream of `size` articles at `perDay` articles a day.
 *
 * @example const corpus = syntheticCorpus(10_000); corpus.doc(0).title
 */
export function syntheticCorpus(size: number, perDay = 1500, seed = 7): SyntheticCorpus {
  const random = seededRandom(seed);
  const sentences = realSentences();
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const w of s.toLowerCase().match(wordPattern) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocabulary = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const pickWord = zipfSampler(vocabulary.length, 0.9, random);
  const pickSize = zipfSampler(60, 1.3, random);
  const spanDays = size / perDay;

  // Stories until the articles add up to `size`.
  const storyStart: number[] = [];
  const storySize: number[] = [];
  for (let total = 0; total < size;) {
    const n = Math.min(1 + pickSize(), size - total);
    storyStart.push(random() * spanDays);
    storySize.push(n);
    total += n;
  }
  const times = new Float64Array(size);
  const stories = new Int32Array(size);
  let k = 0;
  storySize.forEach((n, story) => {
    for (let j = 0; j < n; j++, k++) {
      stories[k] = story;
      times[k] = (storyStart[story] as number) + -Math.log(1 - random()) * 1.5;
    }
  });
  const order = Uint32Array.from({ length: size }, (_, i) => i).sort(
    (a, b) => (times[a] as number) - (times[b] as number),
  );
  const signatures = storySize.map(() => ({
    names: [pseudoWord(random), `${pseudoWord(random)} ${pseudoWord(random)}`],
    words: [vocabulary[pickWord()], vocabulary[pickWord()], vocabulary[pickWord()]] as string[],
  }));
  const firstOfStory = new Map<number, string>();
  const start = Date.UTC(2020, 0, 1);

  const sentence = (r: () => number): string => sentences[Math.floor(r() * sentences.length)] as string;
  return {
    size,
    sentences: sentences.length,
    vocabulary: vocabulary.length,
    spanDays,
    gold: (i) => stories[order[i] as number] as number,
    doc(i) {
      const slot = order[i] as number;
      const story = stories[slot] as number;
      const r = seededRandom(seed * 1_000_003 + i);
      const sig = signatures[story] as { names: string[]; words: string[] };
      const id = `syn-${i}`;
      const published = new Date(start + (times[slot] as number) * 86_400_000).toISOString();
      const original = firstOfStory.get(story);
      if (original === undefined) firstOfStory.set(story, id);
      const [name, fullName] = sig.names as [string, string];
      const title = `${fullName} ${sig.words[0]} ${sig.words[Math.floor(r() * 3)]} ${name} ${sentence(r).split(" ").slice(0, 4).join(" ")}`;
      const lead = Array.from({ length: 2 + Math.floor(r() * 2) }, () =>
        sentence(r).replace(properNamePattern, () => (r() < 0.5 ? name : fullName)),
      );
      const words = `The ${sig.words.join(" and ")} of ${fullName} remained in focus.`;
      const filler = Array.from({ length: 6 + Math.floor(r() * 9) }, () => sentence(r));
      const text = [lead.join(" "), words, filler.slice(0, 4).join(" "), filler.slice(4).join(" ")].join("\n\n");
      const copy = original !== undefined && r() < 0.05;
      return { id, published, title, text, outlet: `outlet-${Math.floor(r() * 200)}`, copyOf: copy ? original : null };
    },
  };
}
