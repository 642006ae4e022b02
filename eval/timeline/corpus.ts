/**
 * Reads the SemEval-2015 Task 4 evaluation data (three corpora of 30 Wikinews articles, target entities and gold
 * timelines) from ../shared/eval at run time; nothing is copied into the repository.
 *
 * Track A input is the raw text: the TimeML files give the document creation time and the tokenised sentences
 * (sentence 0 is the title). An event mention is named `docid-sentence-word`, as in the gold timelines.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTimeline } from "./scorer.js";
import type { TimelineLine } from "./scorer.js";

export const dataRoot = fileURLToPath(
  new URL(
    "../../../shared/eval/semeval2015-task4-timeline/data/SemEval2015-Task4-TimeLine/SemEval_Task4_data/",
    import.meta.url,
  ),
);

export interface TaskDocument {
  id: string;
  /** Document creation time, "2005-01-18". */
  dct: string;
  /** Tokens per sentence, as the task tokenised them. */
  sentences: string[][];
}

export interface GoldTimeline {
  /** File name without extension: "airbus_a380". */
  file: string;
  entity: string;
  lines: TimelineLine[];
}

export interface TaskCorpus {
  name: string;
  documents: TaskDocument[];
  entities: string[];
  gold: GoldTimeline[];
}

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const unescape = (s: string): string => s.replace(/&[a-z]+;/g, (m) => entities[m] ?? m);
const sentencePattern = /<s id="(\d+)">([\s\S]*?)<\/s>/g;
const dctPattern = /functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"/;
const docIdPattern = /<DOCID>([^<]+)<\/DOCID>/;

/** One Track A TimeML document: id, creation time and tokenised sentences. */
export function readTaskDocument(source: string): TaskDocument {
  const id = docIdPattern.exec(source)?.[1]?.trim() ?? "";
  const dct = dctPattern.exec(source)?.[1] ?? "";
  const sentences: string[][] = [];
  for (const m of source.matchAll(sentencePattern)) {
    sentences[Number(m[1])] = unescape(m[2] ?? "")
      .split(" ")
      .filter((t) => t !== "");
  }
  return { id, dct, sentences: Array.from(sentences, (s) => s ?? []) };
}

/** The file name the task gives an entity's timeline: lower case, words joined by "_". */
export const entityFile = (entity: string): string => entity.toLowerCase().replace(/\s+/g, "_");

export function readCorpus(name: string): TaskCorpus {
  const root = join(dataRoot, name);
  const tmlDir = join(root, "corpus_trackA_TimeML");
  const documents = readdirSync(tmlDir)
    .filter((f) => f.endsWith(".tml"))
    .sort()
    .map((f) => readTaskDocument(readFileSync(join(tmlDir, f), "utf8")));
  const entityList = readFileSync(join(root, `list_target_entities_${name}.txt`), "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const goldDir = join(root, "TimeLines_Gold_Standard");
  const gold = readdirSync(goldDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const parsed = parseTimeline(readFileSync(join(goldDir, f), "utf8"));
      return { file: f.replace(/\.txt$/, ""), entity: parsed.entity, lines: parsed.lines };
    });
  return { name, documents, entities: entityList, gold };
}

export const corpusNames = ["corpus_1", "corpus_2", "corpus_3"] as const;
