import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import type { ClaimCategory } from "../../article.js";

const wordList = z.array(z.string().min(1));
const categoryEntry = z.object({ nouns: wordList, events: wordList });

const lexiconFileSchema = z.object({
  qualifiers: wordList,
  qualifiersAfter: wordList,
  categories: z.object({
    killed: categoryEntry,
    injured: categoryEntry,
    hostages: categoryEntry,
    troops: categoryEntry,
    displaced: categoryEntry,
    people: categoryEntry,
    money: categoryEntry,
    percent: categoryEntry,
  }),
  verbs: z.record(z.string(), z.string()),
  events: wordList,
  notCounted: wordList,
  sources: wordList,
  data: wordList,
  reporting: wordList,
  toll: z.record(z.string(), z.enum(["killed", "injured", "hostages", "troops", "displaced", "people"])),
});

/** The lexicon of data/claims/lexicon.yaml as lower-case lookup tables. */
export interface ClaimLexicon {
  /** Qualifiers before a figure, longest first so "more than" wins over "more". */
  qualifiers: readonly string[];
  qualifiersAfter: readonly string[];
  /** Head noun (one or two words) → category. */
  nounCategory: ReadonlyMap<string, ClaimCategory>;
  /** Participle or predicate adjective after the noun (one to four words) → category ("other" when it names none). */
  eventCategory: ReadonlyMap<string, ClaimCategory>;
  /** Longest event phrase, in words. */
  eventWords: number;
  /** Verb form before a figure → the participle it contributes ("killing" → "killed"). */
  verbs: ReadonlyMap<string, string>;
  notCounted: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  data: ReadonlySet<string>;
  reporting: ReadonlySet<string>;
  /** Subjects whose value follows a linking verb ("death toll") → category. */
  toll: ReadonlyMap<string, ClaimCategory>;
}

const defaultFile = new URL("../../../data/claims/lexicon.yaml", import.meta.url);
let cached: ClaimLexicon | null = null;

/**
 * Reads and validates the figures lexicon (default: data/claims/lexicon.yaml). Throws naming the field when the
 * file is malformed: that is misuse, not text.
 *
 * @example loadClaimLexicon().verbs.get("killing") // "killed"
 */
export function loadClaimLexicon(file?: string): ClaimLexicon {
  if (file === undefined && cached !== null) return cached;
  const raw: unknown = parse(readFileSync(file ?? defaultFile, "utf8"));
  const result = lexiconFileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `claims lexicon ${file ?? "data/claims/lexicon.yaml"}: ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"} — fix the entry and rerun`,
    );
  }
  const data = result.data;
  const lower = (list: readonly string[]): string[] => list.map((w) => w.toLowerCase().trim());
  const nounCategory = new Map<string, ClaimCategory>();
  const eventCategory = new Map<string, ClaimCategory>();
  for (const event of lower(data.events)) eventCategory.set(event, "other");
  for (const [category, entry] of Object.entries(data.categories) as Array<
    [ClaimCategory, z.infer<typeof categoryEntry>]
  >) {
    for (const noun of lower(entry.nouns)) nounCategory.set(noun, category);
    for (const event of lower(entry.events)) eventCategory.set(event, category);
  }
  const lexicon: ClaimLexicon = {
    qualifiers: lower(data.qualifiers).sort((a, b) => b.length - a.length),
    qualifiersAfter: lower(data.qualifiersAfter).sort((a, b) => b.length - a.length),
    nounCategory,
    eventCategory,
    eventWords: Math.max(...[...eventCategory.keys()].map((e) => e.split(" ").length)),
    verbs: new Map(Object.entries(data.verbs).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])),
    notCounted: new Set(lower(data.notCounted)),
    sources: new Set(lower(data.sources)),
    data: new Set(lower(data.data)),
    reporting: new Set(lower(data.reporting)),
    toll: new Map(Object.entries(data.toll).map(([k, v]) => [k.toLowerCase(), v])),
  };
  if (file === undefined) cached = lexicon;
  return lexicon;
}
