import { z } from "zod";
import type { Article, RawDocument } from "../article.js";
import { newArticle } from "../pipeline.js";

/**
 * Schemas for what a store reads back: rows are checked before they become Article objects, so a damaged or
 * hand-edited database gives a message naming the field instead of a crash far away. They mirror src/article.ts;
 * `rebuildArticle` below fails to compile when its core fields drift apart.
 */

const nullableString = z.string().nullable();

export const removedSchema = z.array(z.object({ text: z.string(), reason: z.string() }));

export const messagesSchema = z.array(
  z.object({ level: z.enum(["info", "warning"]), stage: z.string(), message: z.string() }),
);

export const metaSchema = z.object({
  title: nullableString,
  outlet: nullableString,
  byline: nullableString,
  dateline: nullableString,
  published: nullableString,
  language: nullableString,
  url: nullableString,
});

/** Container metadata: any subset of the fields. */
export const partialMetaSchema = z.object(
  Object.fromEntries(Object.keys(metaSchema.shape).map((key) => [key, nullableString.exactOptional()])) as {
    [K in keyof typeof metaSchema.shape]: z.ZodExactOptional<typeof nullableString>;
  },
);

/** An analysis item: any object; where it has offsets they are non-negative integers. */
const itemSchema = z.looseObject({
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});

/**
 * The analysis arrays (sentences, mentions, actors, quotes, …), kept together in one JSON column so a re-analysis
 * rewrites them at once. Their item shapes belong to the analysis stages and grow with them, so the store checks
 * they are arrays of items with sound offsets and keeps every field; an array missing from an older row reads as
 * empty.
 */
export const extractionSchema = z.record(z.string(), z.array(itemSchema));

export type Extraction = Record<string, unknown[]>;

/** The fields of a RawDocument other than its format, body, encoding and container metadata. */
export const rawExtraSchema = z.object({
  source: z.string(),
  id: z.string().exactOptional(),
  fetchUrl: z.string().exactOptional(),
  notes: z.array(z.string()).exactOptional(),
});

export const rawFormatSchema = z.enum(["text", "markdown", "html"]);

/** The parts of an article as a store keeps them, before they are put back together. */
export interface ArticleParts {
  id: string;
  source: string;
  meta: z.output<typeof metaSchema>;
  text: string;
  contentHash: string;
  removed: z.output<typeof removedSchema>;
  messages: z.output<typeof messagesSchema>;
  extraction: z.output<typeof extractionSchema>;
  raw: {
    format: z.output<typeof rawFormatSchema>;
    body: string;
    encoding: string | null;
    meta: z.output<typeof partialMetaSchema>;
    extra: z.output<typeof rawExtraSchema>;
  };
}

/** Fields with their own columns; every other field of an Article is analysis output and goes to `extraction`. */
const coreFields = ["id", "source", "meta", "text", "removed", "raw", "contentHash", "messages"] as const;
type CoreField = (typeof coreFields)[number];

/**
 * Puts validated parts back into one Article, on top of a fresh article so analysis arrays added since the row
 * was written read as empty. A compile error here means src/article.ts changed its core fields: update the schemas.
 */
export function rebuildArticle(parts: ArticleParts): Article {
  const { extra } = parts.raw;
  const raw: RawDocument = {
    source: extra.source,
    format: parts.raw.format,
    body: parts.raw.body,
    meta: parts.raw.meta,
  };
  if (extra.id !== undefined) raw.id = extra.id;
  if (parts.raw.encoding !== null) raw.encoding = parts.raw.encoding;
  if (extra.fetchUrl !== undefined) raw.fetchUrl = extra.fetchUrl;
  if (extra.notes !== undefined) raw.notes = extra.notes;
  const core: Pick<Article, CoreField> = {
    id: parts.id,
    source: parts.source,
    meta: parts.meta,
    text: parts.text,
    removed: parts.removed,
    raw,
    contentHash: parts.contentHash,
    messages: parts.messages,
  };
  const analysis = Object.fromEntries(
    Object.entries(parts.extraction).filter(([key]) => !(coreFields as readonly string[]).includes(key)),
  );
  // The analysis items were validated for shape above; their fields are the analysis stages' own types.
  return { ...newArticle(raw), ...(analysis as Partial<Article>), ...core };
}

/** The analysis output of an article (every array that is not a core field), for the extraction column. */
export function extractionOf(article: Article): Extraction {
  const out: Extraction = {};
  for (const [key, value] of Object.entries(article)) {
    if (!(coreFields as readonly string[]).includes(key) && Array.isArray(value)) out[key] = value;
  }
  return out;
}

/** The RawDocument fields kept in the `extra` JSON column. */
export function rawExtraOf(raw: RawDocument): z.output<typeof rawExtraSchema> {
  const extra: z.output<typeof rawExtraSchema> = { source: raw.source };
  if (raw.id !== undefined) extra.id = raw.id;
  if (raw.fetchUrl !== undefined) extra.fetchUrl = raw.fetchUrl;
  if (raw.notes !== undefined) extra.notes = raw.notes;
  return extra;
}

/**
 * Parses a JSON column with its schema; throws an error naming the table, row and field when the stored value is
 * not what this version of Parallax wrote.
 */
export function parseColumn<T extends z.ZodType>(schema: T, json: string, where: string): z.output<T> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`damaged store row: ${where} is not valid JSON`);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join(".") ?? "";
    throw new Error(`damaged store row: ${where}${path ? `.${path}` : ""}: ${issue?.message ?? "invalid"}`);
  }
  return result.data;
}
