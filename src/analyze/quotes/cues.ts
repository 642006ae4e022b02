import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

const cueFileSchema = z.object({
  speech: z.array(z.string()),
  evidence: z.array(z.string()).default([]),
  belief: z.array(z.string()),
  naming: z.array(z.string()),
  objects: z.array(z.string()).default([]),
  gerunds: z.array(z.string()),
  according: z.array(z.string()),
  channels: z.array(z.string()),
  media: z.array(z.string()),
  nominal: z.array(z.string()).default([]),
});

/** The attribution lexicon of data/quotes/cues.yaml, as lookup sets of lower-case words and phrases. */
export interface Cues {
  speech: ReadonlySet<string>;
  /** What polls, reports and records show: content like speech, never licensing a quoted phrase. */
  evidence: ReadonlySet<string>;
  belief: ReadonlySet<string>;
  naming: ReadonlySet<string>;
  /** Verbs whose content is their object or infinitive: "endorsed Trump", "vowed to…". */
  objects: ReadonlySet<string>;
  gerunds: ReadonlySet<string>;
  /** Multi-word cues whose speaker follows, as token lists: [["according", "to"]]. */
  according: readonly string[][];
  /** Channel phrases as token lists: [["in", "a", "statement"], …]. */
  channels: readonly string[][];
  media: ReadonlySet<string>;
  /** Multi-word entries of every word list, by first word, longest first: "called" → [["called", "for"], …]. */
  phrases: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; list: CueList }>>;
  /** Nouns of stance by the words that may follow them: "criticism" → {"of"}, "claim" → {"that"}. */
  nominal: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every word a cue can start with: most words of a text are rejected by this one look-up. */
  starts: ReadonlySet<string>;
}

/** The word lists of the lexicon that may hold multi-word entries. */
export type CueList = "speech" | "evidence" | "belief" | "naming" | "objects" | "gerunds";

const defaultFile = new URL("../../../data/quotes/cues.yaml", import.meta.url);
let cached: Cues | null = null;

/**
 * Reads and validates the cue lexicon (default: data/quotes/cues.yaml). Throws with the field name when the file
 * is malformed: that is misuse, not text.
 *
 * @example loadCues().speech.has("said") // true
 */
export function loadCues(file?: string): Cues {
  if (file === undefined && cached !== null) return cached;
  const raw: unknown = parse(readFileSync(file ?? defaultFile, "utf8"));
  const result = cueFileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`cue lexicon ${file ?? "data/quotes/cues.yaml"}: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const data = result.data;
  const lower = (list: string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));
  const phrases = (list: string[]): string[][] => list.map((p) => p.toLowerCase().split(/\s+/u));
  const phraseMap = new Map<string, Array<{ words: string[]; list: CueList }>>();
  for (const list of ["speech", "evidence", "belief", "naming", "objects", "gerunds"] as const) {
    for (const entry of data[list]) {
      const words = entry.toLowerCase().split(/\s+/u);
      const first = words[0];
      if (words.length < 2 || first === undefined) continue;
      const known = phraseMap.get(first) ?? [];
      known.push({ words, list });
      phraseMap.set(first, known);
    }
  }
  for (const known of phraseMap.values()) known.sort((a, b) => b.words.length - a.words.length);
  const cues: Cues = {
    speech: lower(data.speech),
    evidence: lower(data.evidence),
    belief: lower(data.belief),
    naming: lower(data.naming),
    objects: lower(data.objects),
    gerunds: lower(data.gerunds),
    according: phrases(data.according),
    channels: phrases(data.channels),
    media: lower(data.media),
    phrases: phraseMap,
    nominal: nominalMap(data.nominal),
    starts: new Set([
      ...phraseMap.keys(),
      ...(["speech", "evidence", "belief", "naming", "objects", "gerunds", "according"] as const).flatMap((list) =>
        data[list].map((entry) => entry.toLowerCase().split(/\s+/u)[0] ?? ""),
      ),
    ]),
  };
  if (file === undefined) cached = cues;
  return cues;
}

/** "criticism of" and "criticism against" → "criticism" → {"of", "against"}. */
function nominalMap(entries: readonly string[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const entry of entries) {
    const [noun, link, ...rest] = entry.toLowerCase().split(/\s+/u);
    if (noun === undefined || link === undefined || rest.length > 0) {
      throw new Error(`cue lexicon: nominal: "${entry}" must be a noun and the word after it ("criticism of")`);
    }
    const links = map.get(noun) ?? new Set<string>();
    links.add(link);
    map.set(noun, links);
  }
  return map;
}
