import { z } from "zod";

/** Flags shared by the commands that read inputs; validated so errors name the flag. */
export const readFlags = z.object({
  allowPrivate: z.boolean().default(false),
  timeout: z.coerce.number({ error: "--timeout must be a number of seconds" }).positive().max(600).default(15),
  maxBytes: z.coerce
    .number({ error: "--max-bytes must be a number" })
    .int()
    .positive()
    .default(64 * 1024 * 1024),
  fetchFeedLinks: z.boolean().default(false),
  actors: z.string().min(1, "--actors needs a YAML file path").optional(),
});

export const globalFlags = z.object({
  db: z.string().min(1, "--db needs a file path").default("parallax.db"),
  quiet: z.boolean().default(false),
});

export const formatFlag = z.enum(["json", "jsonl", "md", "graphml", "tsv", "html"], {
  error: (issue) => `--format must be one of json, jsonl, md, graphml, tsv, html (got ${JSON.stringify(issue.input)})`,
});

export type ReadFlags = z.infer<typeof readFlags>;
export type GlobalFlags = z.infer<typeof globalFlags>;

/** Thrown for a usage error: the CLI prints the message and exits with 2. */
export class UsageError extends Error {}

/** Parses flags with a schema, turning the first problem into a UsageError that names it. */
export function parseFlags<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new UsageError(issue ? issue.message : "invalid options");
}
