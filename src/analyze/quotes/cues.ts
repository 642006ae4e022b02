import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

const cueFileSchema = z.object({
  speech: z.array(z.string()),
  belief: z.array(z.string()),
  naming: z.array(z.string()),
  gerunds: z.array(z.string()),
  according: z.array(z.string()),
  channels: z.array(z.string()),
  media: z.array(z.string()),
});

/** The attribution lexicon of data/quotes/cues.yaml, as lookup sets of lower-case words and phrases. */
export interface Cues {
  speech: ReadonlySet<string>;
  belief: ReadonlySet<string>;
  naming: ReadonlySet<string>;
  gerunds: ReadonlySet<string>;
  /** Multi-word cues whose speaker follows, as token lists: [["according", "to"]]. */
  according: readonly string[][];
  /** Channel phrases as token lists: [["in", "a", "statement"], …]. */
  channels: readonly string[][];
  media: ReadonlySet<string>;
}

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
  const cues: Cues = {
    speech: lower(data.speech),
    belief: lower(data.belief),
    naming: lower(data.naming),
    gerunds: lower(data.gerunds),
    according: phrases(data.according),
    channels: phrases(data.channels),
    media: lower(data.media),
  };
  if (file === undefined) cached = cues;
  return cues;
}
