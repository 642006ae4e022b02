import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import type { ArticleMeta } from "../../article.js";

/** A `---` line, YAML, and a closing `---` or `...` line, at the very start of the file. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** A language tag whose first subtag is an ISO 639 code: `en`, `pt-BR`, `und`. */
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i;
/** A calendar date alone: kept as written rather than turned into midnight UTC. */
const ISO_DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A scalar a person may write unquoted (`title: 1984`) read as text. */
const textField = z.union([z.string(), z.number()]).transform((value) => String(value).trim());

/** A date written in any form `Date` reads, stored as ISO 8601; a bare calendar date stays a date. */
export const publishedField = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const iso = toIsoDate(value);
  if (iso === null) {
    ctx.addIssue({
      code: "custom",
      message: "not a date; write it as ISO 8601, e.g. 2024-03-05 or 2024-03-05T14:30:00Z",
    });
    return z.NEVER;
  }
  return iso;
});

export const urlField = z.url({ protocol: /^https?$/, error: "not an http(s) URL" });

export const languageField = z.string().transform((value, ctx) => {
  const match = LANGUAGE_TAG.exec(value.trim());
  if (!match?.[1]) {
    ctx.addIssue({ code: "custom", message: "not a language code; use ISO 639-1 such as en, fr, de" });
    return z.NEVER;
  }
  return match[1].toLowerCase();
});

/** Front matter fields Parallax reads; other keys (tags, draft, …) are left alone. */
export const frontMatterSchema = z.object({
  title: textField.optional(),
  outlet: textField.optional(),
  url: urlField.optional(),
  published: publishedField.optional(),
  byline: textField.optional(),
  language: languageField.optional(),
});

export interface FrontMatter {
  /** The text after the front matter (the whole text when there is none). */
  body: string;
  meta: Partial<ArticleMeta>;
  /** One line per problem: a YAML error, or a field that was ignored and why. */
  notes: string[];
}

/**
 * Splits optional YAML front matter off a text or Markdown file and validates its fields. A bad field is ignored
 * with a note that names it; bad YAML ignores the whole block with a note. The body is always returned.
 *
 * @example splitFrontMatter("---\ntitle: Floods\n---\nRain fell.") // { body: "Rain fell.", meta: { title: "Floods" }, notes: [] }
 */
export function splitFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text, meta: {}, notes: [] };
  const body = text.slice(match[0].length);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? "");
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line + 1}` : "";
    const first = (error instanceof Error ? error.message : String(error)).split("\n", 1)[0];
    return { body, meta: {}, notes: [`front matter ignored: YAML error${where}: ${first}`] };
  }
  if (data === null || data === undefined) return { body, meta: {}, notes: [] };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { body, meta: {}, notes: ["front matter ignored: it must be a YAML mapping of fields (title: …, url: …)"] };
  }
  const { value, notes } = parseLeniently(frontMatterSchema, data as Record<string, unknown>, "front matter");
  return { body, meta: definedOnly(value), notes };
}

/**
 * Validates an object field by field: the fields that fail are dropped, each with a note naming it.
 * Returns the valid part.
 */
export function parseLeniently<T extends z.ZodObject>(
  schema: T,
  data: Record<string, unknown>,
  label: string,
): { value: z.infer<T>; notes: string[] } {
  const notes: string[] = [];
  const input: Record<string, unknown> = { ...data };
  // Drop nulls: `byline:` with no value means "not given", not an error.
  for (const key of Object.keys(input)) if (input[key] === null) delete input[key];
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = schema.safeParse(input);
    if (result.success) return { value: result.data, notes };
    for (const issue of result.error.issues) {
      const key = issue.path[0];
      if (typeof key === "string" && key in input) {
        notes.push(`${label}: ${key}: ${issue.message} (field ignored)`);
        delete input[key];
      }
    }
  }
  return { value: schema.parse({}), notes };
}

/** Any date `Date` reads, as ISO 8601; a bare `YYYY-MM-DD` is kept as it is. Null when it is not a date. */
export function toIsoDate(value: string | Date): string | null {
  if (typeof value === "string" && ISO_DATE_ONLY.test(value.trim())) {
    const day = value.trim();
    return Number.isNaN(Date.parse(day)) ? null : day;
  }
  if (typeof value === "string" && value.trim() === "") return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The fields that have a value, typed as article metadata (optional fields stay absent, never `undefined`). */
export function definedOnly(fields: { [K in keyof ArticleMeta]?: string | null | undefined }): Partial<ArticleMeta> {
  const meta: Partial<ArticleMeta> = {};
  for (const [key, value] of Object.entries(fields) as [keyof ArticleMeta, string | null | undefined][]) {
    if (value !== undefined && value !== null && value !== "") meta[key] = value;
  }
  return meta;
}
