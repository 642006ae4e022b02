import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";

/** The folder of the dictionaries shipped with Parallax (`data/actors/`), from src/ or dist/ alike. */
export const dataDir = fileURLToPath(new URL("../../../data/actors/", import.meta.url));

const iso3 = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code in capitals, like "QAT"')
  .nullable()
  .default(null);
const phrase = z.string().trim().min(1, "must not be empty");
const phrases = z.array(phrase).default([]);

export const namedEntry = z.object({
  id: z
    .string()
    .regex(/^[a-z]+:\S+$/, 'expected "kind:name", like "group:hamas"')
    .optional(),
  name: phrase,
  aliases: phrases,
  country: iso3,
});
export type NamedEntry = z.infer<typeof namedEntry>;

export const bodyEntry = namedEntry.extend({
  /** Exists in every state; `context`: the state may come from the article, `explicit`: it must be stated. */
  generic: z.enum(["context", "explicit"]).optional(),
  /** "Qatari officials": stands for the state itself. */
  collective: z.boolean().default(false),
});
export type BodyEntry = z.infer<typeof bodyEntry>;

export const metonymEntry = namedEntry.extend({
  kind: z.enum(["capital", "seat", "place"]),
  /** The actor the seat stands for when it is not a state ("Brussels" → the EU). */
  actor: z.string().optional(),
});
export type MetonymEntry = z.infer<typeof metonymEntry>;

export const epithetEntry = z
  .object({
    phrase,
    country: iso3,
    candidates: z.array(z.string().regex(/^[A-Z]{3}$/, "expected ISO 3166 alpha-3 codes")).default([]),
  })
  .refine((e) => e.country !== null || e.candidates.length > 0, {
    message: "needs a country or a list of candidates",
    path: ["country"],
  });
export type EpithetEntry = z.infer<typeof epithetEntry>;

export const rolesFile = z.object({
  titles: z.array(
    z.object({
      title: phrase,
      kind: z.enum(["office", "honorific"]),
      /** The state an office of one state implies when none is written ("Secretary of State" → USA). */
      country: iso3,
      aliases: phrases,
      short: phrases,
    }),
  ),
  occupations: z.array(z.array(phrase)).transform((lists) => lists.flat()),
});
export type RolesFile = z.infer<typeof rolesFile>;
export type TitleEntry = RolesFile["titles"][number];

export const namesFile = z.object({
  given: z.record(z.string(), z.array(phrase)),
  particles: z.array(phrase),
  suffixes: z.array(phrase),
  nonPersonHeads: z.array(phrase),
  placePrefixes: z.array(phrase).default([]),
  /** Ruling families whose name tells a person's state: { "Al Thani": QAT }. */
  families: z
    .record(phrase, z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code, like "QAT"'))
    .default({}),
  notNames: z.array(phrase),
});
export type NamesFile = z.infer<typeof namesFile>;

/** data/actors/institutions.yaml: how a capitalised institution name the registry lacks is read. */
export const institutionsFile = z.object({
  heads: z.array(phrase),
  qualifiedHeads: z.record(phrase, z.array(phrase)).default({}),
  statePrefixes: z.array(phrase).default([]),
  sameBody: z.array(phrase).default([]),
  notInName: z.array(phrase).default([]),
  notInstitutions: z.array(phrase).default([]),
});
export type InstitutionsFile = z.infer<typeof institutionsFile>;

/** An office a person of `people.yaml` held, with the years; `of` names the body when it is not a state's office. */
export const personRole = z.object({
  title: phrase,
  from: z.number().int().min(1900).max(2100),
  /** The last year held; none while it is held. */
  to: z.number().int().min(1900).max(2100).optional(),
  /** The state the office is of, when it is not the person's usual one (a foreign minister who later led the UN). */
  country: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code in capitals, like "QAT"')
    .optional(),
  /** A registry actor the office belongs to ("org:nato", "group:hezbollah"): the person's state is that body's. */
  of: z
    .string()
    .regex(/^[a-z]+:\S+$/, 'expected an actor id like "org:nato"')
    .optional(),
});
export type PersonRole = z.infer<typeof personRole>;

/**
 * A public figure of `people.yaml`: `aliases` are other full forms ("Tayyip Erdogan") and surname forms
 * ("Erdogan"); `wordAliases` are surname forms that are also English words or given names, kept on purpose.
 */
export const personEntry = z.object({
  name: phrase,
  aliases: phrases,
  wordAliases: phrases,
  /** The state the person acts for when the article's date tells no office; null for an international body's head. */
  country: iso3,
  roles: z.array(personRole).default([]),
});
export type PersonEntry = z.infer<typeof personEntry>;

const actorType = z.enum(["person", "country", "organization", "group", "media", "place", "other"]);

/** The user's file: actors to add or override (same id), and extra aliases for known actors. */
export const userFile = z.object({
  actors: z
    .array(
      namedEntry.extend({
        type: actorType,
        roles: phrases,
      }),
    )
    .default([]),
  aliases: z
    .array(
      z.object({ alias: phrase, actor: z.string().regex(/^[a-z]+:\S+$/, 'expected an actor id like "country:QAT"') }),
    )
    .default([]),
});
export type UserFile = z.infer<typeof userFile>;

/**
 * Reads a YAML file and validates it. Throws an error naming the file, the entry and the field on bad input.
 *
 * @example readDictionary("data/actors/groups.yaml", z.array(namedEntry))
 */
export function readDictionary<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const result = schema.safeParse(data ?? undefined);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new Error(`${file}: invalid`);
  throw new Error(`${file}: ${describePath(data, issue.path)}: ${issue.message}`);
}

/** "entry 3 (Hamas), field country" from a zod issue path. */
function describePath(data: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    const child: unknown = isIndexable(node) ? node[key as keyof typeof node] : undefined;
    if (typeof key === "number") {
      const label = entryLabel(child);
      parts.push(`entry ${key + 1}${label ? ` (${label})` : ""}`);
    } else {
      parts.push(`field "${String(key)}"`);
    }
    node = child;
  }
  return parts.length > 0 ? parts.join(", ") : "the file";
}

function isIndexable(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === "object" && value !== null;
}

function entryLabel(value: unknown): string | null {
  if (!isIndexable(value)) return null;
  for (const key of ["name", "title", "phrase", "alias"]) {
    const label = value[key];
    if (typeof label === "string") return label;
  }
  return null;
}
