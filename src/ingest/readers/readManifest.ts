import { resolve } from "node:path";
import { z } from "zod";
import type { RawDocument, ReadResult } from "../../article.js";
import { definedOnly, languageField, publishedField, urlField } from "./frontMatter.js";
import type { FetchUrl, ReadOptions } from "./options.js";
import { readDocument } from "./readDocument.js";
import { readFileBytes } from "./readFileBytes.js";
import { fetchDocument } from "./readUrl.js";
import { kindFromPath, sniffKind } from "./sniff.js";

const text = z.string().trim();

/**
 * One manifest line. The body is exactly one of `text`, `html` or `path` (relative to the manifest's folder);
 * a record with only `url` is fetched. Metadata given here overrides what is detected in the document.
 */
export const manifestRecordSchema = z
  .object({
    id: z
      .union([z.string().trim().min(1, "must not be empty"), z.number()])
      .transform(String)
      .optional(),
    url: urlField.optional(),
    outlet: text.optional(),
    published: publishedField.optional(),
    title: text.optional(),
    byline: text.optional(),
    language: languageField.optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    path: z.string().min(1, "must not be empty").optional(),
  })
  .superRefine((record, ctx) => {
    const bodies = (["text", "html", "path"] as const).filter((key) => record[key] !== undefined);
    if (bodies.length > 1)
      ctx.addIssue({ code: "custom", message: `give only one of text, html or path (got ${bodies.join(", ")})` });
    if (bodies.length === 0 && record.url === undefined) {
      ctx.addIssue({ code: "custom", message: "a record needs text, html, path or url" });
    }
  });

export type ManifestRecord = z.infer<typeof manifestRecordSchema>;

export interface ManifestContext {
  /** Folder that `path` fields are relative to: the manifest's own folder (the working folder for stdin). */
  baseDir: string;
  options: ReadOptions;
  fetchUrl: FetchUrl;
}

/**
 * Reads a JSONL manifest line by line (streamed: a large manifest is never held whole), one result per record,
 * sourced `<manifest>:<line>`. A malformed line is a failure naming the line and the problem; the others go on.
 *
 * @example for await (const r of readManifest("list.jsonl", lines, { baseDir: ".", options, fetchUrl })) …
 */
export async function* readManifest(
  source: string,
  lines: AsyncIterable<string> | Iterable<string>,
  context: ManifestContext,
): AsyncGenerator<ReadResult> {
  let lineNumber = 0;
  let records = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === "") continue;
      records++;
      yield await readRecordLine(`${source}:${lineNumber}`, line, context);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === "Z_BUF_ERROR"
        ? "truncated gzip (unexpected end of file)"
        : error instanceof Error
          ? error.message
          : String(error);
    yield { ok: false, failure: { source: lineNumber > 0 ? `${source}:${lineNumber + 1}` : source, reason } };
    return;
  }
  if (records === 0) yield { ok: false, failure: { source, reason: "empty manifest (no records)" } };
}

async function readRecordLine(source: string, line: string, context: ManifestContext): Promise<ReadResult> {
  if (Buffer.byteLength(line) > context.options.maxBytes) {
    return { ok: false, failure: { source, reason: `line larger than ${context.options.maxBytes} bytes` } };
  }
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return {
      ok: false,
      failure: { source, reason: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` },
    };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, failure: { source, reason: "a manifest line must be a JSON object" } };
  }
  // `null` means "not given", as in most exports.
  const fields = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null));
  const parsed = manifestRecordSchema.safeParse(fields);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ` : "") + issue.message)
      .join("; ");
    return { ok: false, failure: { source, reason } };
  }
  return recordDocument(source, parsed.data, context);
}

async function recordDocument(source: string, record: ManifestRecord, context: ManifestContext): Promise<ReadResult> {
  const meta = definedOnly({
    title: record.title,
    outlet: record.outlet,
    url: record.url,
    published: record.published,
    byline: record.byline,
    language: record.language,
  });
  const id = record.id !== undefined ? { id: record.id } : {};
  if (record.text !== undefined || record.html !== undefined) {
    const body = record.text ?? record.html ?? "";
    if (body.trim() === "")
      return { ok: false, failure: { source, reason: `${record.text !== undefined ? "text" : "html"} is empty` } };
    return { ok: true, doc: { source, ...id, format: record.html !== undefined ? "html" : "text", body, meta } };
  }
  const result =
    record.path !== undefined
      ? await readRecordPath(source, record.path, context)
      : await fetchDocument(record.url ?? "", context.options, context.fetchUrl, source);
  if (!result.ok) return result;
  const doc: RawDocument = { ...result.doc, source, ...id, meta: { ...result.doc.meta, ...meta } };
  return { ok: true, doc };
}

async function readRecordPath(source: string, path: string, context: ManifestContext): Promise<ReadResult> {
  const file = resolve(context.baseDir, path);
  const bytes = await readFileBytes(file, context.options.maxBytes);
  if (!bytes.ok) return { ok: false, failure: { source, reason: `${path}: ${bytes.reason}` } };
  const kind = kindFromPath(path).kind ?? sniffKind(bytes.bytes);
  if (kind !== "text" && kind !== "markdown" && kind !== "html") {
    return {
      ok: false,
      failure: { source, reason: `${path}: a record's path must be a text, Markdown or HTML file, not a ${kind}` },
    };
  }
  const result = readDocument(source, bytes.bytes, kind);
  return result.ok ? result : { ok: false, failure: { source, reason: `${path}: ${result.failure.reason}` } };
}
