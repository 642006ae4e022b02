/**
 * Loads the story-clustering datasets from ../shared/eval at run time (nothing is copied into the repo): each as
 * documents in feed order with their gold story. ECB+ comes as a tarball, unpacked once into the git-ignored
 * .eval-cache/.
 *
 * Feed order: publication time when every document is dated, ties broken by a seeded shuffle (file order would
 * group each gold story together); a seeded shuffle when documents are undated. Every loader takes the seed
 * (default 1, the figures in docs/QUALITY.md); `eval/clustering.ts --seeds` averages over several.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { ClusterDoc } from "../../src/triangulate/stories/index.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const sharedEval = join(repoRoot, "..", "shared", "eval");
const cacheRoot = join(repoRoot, ".eval-cache");

export interface GoldDoc {
  doc: ClusterDoc;
  gold: string;
}

export interface Dataset {
  name: string;
  docs: GoldDoc[];
  /** How the documents were ordered, for the report. */
  order: string;
}

/** Mulberry32: a small seeded generator, so the feed order is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], seed = 1): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Seeded shuffle, then a stable sort by publication time with undated documents last. */
function feedOrder(docs: GoldDoc[], seed: number): { docs: GoldDoc[]; order: string } {
  const shuffled = shuffle(docs, seed);
  const dated = docs.filter((d) => d.doc.published !== null).length;
  if (dated === 0) return { docs: shuffled, order: "undated: seeded shuffle" };
  const time = (d: GoldDoc): number => (d.doc.published === null ? Infinity : Date.parse(d.doc.published));
  shuffled.sort((a, b) => time(a) - time(b));
  return {
    docs: shuffled,
    order: dated === docs.length ? "by publication time" : `by publication time, ${docs.length - dated} undated last`,
  };
}

const BasilArticle = z.object({
  uuid: z.string(),
  "triplet-uuid": z.string(),
  title: z.string(),
  date: z.string(),
  source: z.string(),
  url: z.string().nullish(),
  "body-paragraphs": z.array(z.array(z.string())),
});

/** BASIL: 100 events × NYT, Fox News, HuffPost (300 articles); gold = the triplet. */
export function loadBasil(seed = 1): Dataset {
  const root = join(sharedEval, "basil", "articles");
  const docs: GoldDoc[] = [];
  for (const year of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, year)).sort()) {
      const a = BasilArticle.parse(JSON.parse(readFileSync(join(root, year, file), "utf8")));
      const text = a["body-paragraphs"].map((p) => p.join(" ")).join("\n\n");
      docs.push({
        doc: { id: a.uuid, published: a.date, title: a.title.trim(), text, outlet: a.source, url: a.url ?? null },
        gold: a["triplet-uuid"],
      });
    }
  }
  return { name: "BASIL", ...feedOrder(docs, seed) };
}

const PacArticle = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  source: z.string(),
  news: z.array(z.object({ text: z.string() })),
});

/** PAC: 152 stories × 2 articles from outlets of opposite leaning; gold = STORY_n. */
export function loadPac(seed = 1): Dataset {
  const root = join(sharedEval, "pac-partisan-events", "data", "merged_annotations");
  const docs: GoldDoc[] = [];
  for (const file of readdirSync(root).sort()) {
    const a = PacArticle.parse(JSON.parse(readFileSync(join(root, file), "utf8")));
    // Sentences come tokenised ("Abbott , who"): undo the spaces before punctuation.
    const text = a.news
      .map((s) => s.text)
      .join(" ")
      .replace(/\s+([,.;:!?')])/g, "$1");
    docs.push({
      doc: { id: a.id, published: a.date === "" ? null : a.date, title: a.title, text, outlet: a.source },
      gold: a.id.replace(/_DOCUMENT_\d+$/, ""),
    });
  }
  return { name: "PAC", ...feedOrder(docs, seed) };
}

/** Splits one CSV line with quoted fields. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/**
 * UCI News Aggregator, first 6,367 rows: headline, URL, publisher and timestamp; gold = STORY. The truncated last row
 * is skipped. The timestamp is when the aggregator crawled the item, not publication: each gold story's items carry
 * timestamps within a minute of each other, so a time scale finer than days would read the gold from it.
 */
export function loadUci(seed = 1): Dataset {
  const path = join(sharedEval, "uci-news-aggregator-subset", "uci-news-aggregator.first6367.csv");
  const lines = readFileSync(path, "utf8").split(/\r?\n/).slice(1);
  const docs: GoldDoc[] = [];
  for (const line of lines) {
    const f = csvFields(line);
    if (f.length !== 8) continue;
    const [id, title, url, publisher, , story, , timestamp] = f as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const ms = Number(timestamp);
    if (!Number.isFinite(ms) || story === "") continue;
    docs.push({
      doc: {
        id,
        published: new Date(ms).toISOString(),
        title,
        text: "",
        outlet: publisher,
        url: url.replace(/\\\?/g, "?"),
      },
      gold: story,
    });
  }
  return { name: "UCI headlines", ...feedOrder(docs, seed) };
}

/**
 * UCI headlines with the crawl timestamp cut to its day and the feed shuffled within the day: the same items without
 * the feed order that hands each gold story over as one block, as a stream of real publication times would not.
 */
export function loadUciInterleaved(seed = 1): Dataset {
  const docs = loadUci(seed).docs.map(({ doc, gold }) => ({
    doc: { ...doc, published: doc.published?.slice(0, 10) ?? null },
    gold,
  }));
  return { name: "UCI headlines, day dates", ...feedOrder(docs, seed) };
}

/** A date in a URL path (/2018/04/17/ or 2018-04-17), as ISO, or null. */
const urlDatePattern = /(20\d\d)[/-](\d\d)[/-](\d\d)/;

/** NewsWCL50: 10 events × 5 US outlets (LL/L/M/R/RR); text rebuilt from the CoNLL tokens; gold = the event. */
export function loadNewsWcl50(seed = 1): Dataset {
  const root = join(sharedEval, "newswcl50-cdcr");
  const dates = new Map<string, string | null>();
  const urls = new Map<string, string>();
  for (const line of readFileSync(join(root, "urls.tsv"), "utf8").split(/\r?\n/).slice(1)) {
    const [event, outlet, url] = line.split("\t");
    if (event === undefined || outlet === undefined || url === undefined) continue;
    const m = urlDatePattern.exec(url);
    dates.set(`${event}_${outlet}`, m ? `${m[1]}-${m[2]}-${m[3]}` : null);
    urls.set(`${event}_${outlet}`, url.trim());
  }
  const sentences = new Map<string, string[][]>();
  for (const line of readFileSync(join(root, "NewsWCL50.conll"), "utf8").split(/\r?\n/)) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const [docPath, sent, , token] = line.split("\t");
    if (docPath === undefined || sent === undefined || token === undefined) continue;
    const docId = docPath.split("/").pop() ?? docPath;
    const doc = sentences.get(docId) ?? [];
    sentences.set(docId, doc);
    const s = Number(sent);
    (doc[s] ??= []).push(token);
  }
  const docs: GoldDoc[] = [...sentences].map(([id, sents]) => {
    const lines = sents.filter((s) => s !== undefined).map((s) => s.join(" ").replace(/\s+([,.;:!?')])/g, "$1"));
    const outlet = id.split("_")[1] ?? null;
    return {
      doc: {
        id,
        published: dates.get(id) ?? null,
        title: "",
        text: lines.join("\n"),
        outlet,
        url: urls.get(id) ?? null,
      },
      gold: id.split("_")[0] ?? id,
    };
  });
  return { name: "NewsWCL50", ...feedOrder(docs, seed) };
}

/** The ECB+ XML files, unpacked on first use into .eval-cache/ecbplus/. */
function ecbRoot(): string {
  const target = join(cacheRoot, "ecbplus");
  const root = join(target, "ECB+");
  if (!existsSync(root)) {
    mkdirSync(target, { recursive: true });
    execFileSync("tar", ["xzf", join(sharedEval, "ecbplus", "ECBplus-xml.tar.gz"), "-C", target]);
  }
  return root;
}

const tokenPattern = /<token t_id="\d+" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g;

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * ECB+ at sub-topic level: each topic holds two similar but distinct events, the ECB documents (`Necb.xml`) and the
 * ECB+ documents (`Necbplus.xml`); gold = topic + component. Sentence 0 of the ECB+ documents is the source URL
 * (README), left out. Undated.
 */
export function loadEcbPlus(seed = 1): Dataset {
  const root = ecbRoot();
  const docs: GoldDoc[] = [];
  for (const topic of readdirSync(root).sort((a, b) => Number(a) - Number(b))) {
    for (const file of readdirSync(join(root, topic)).sort()) {
      const m = /^(\d+)_(\d+)(ecbplus|ecb)\.xml$/.exec(file);
      if (m === null) continue;
      const plus = m[3] === "ecbplus";
      const xml = readFileSync(join(root, topic, file), "utf8");
      const sentences: string[][] = [];
      for (const t of xml.matchAll(tokenPattern)) {
        const s = Number(t[1]);
        if (plus && s === 0) continue;
        (sentences[s] ??= []).push(unescapeXml(t[2] ?? ""));
      }
      const lines = sentences.filter((s) => s !== undefined).map((s) => s.join(" ").replace(/\s+([,.;:!?')])/g, "$1"));
      docs.push({
        doc: { id: file.replace(/\.xml$/, ""), published: null, title: "", text: lines.join("\n") },
        gold: `${topic}${plus ? "+" : ""}`,
      });
    }
  }
  return { name: "ECB+ sub-topics", ...feedOrder(docs, seed) };
}

/** Every dataset, in report order; `seed` draws the shuffle that breaks time ties (and orders undated sets). */
export function loadClusteringDatasets(seed = 1): Dataset[] {
  return [
    loadBasil(seed),
    loadPac(seed),
    loadUci(seed),
    loadUciInterleaved(seed),
    loadNewsWcl50(seed),
    loadEcbPlus(seed),
  ];
}
