import { createHash } from "node:crypto";
import type { Article, ArticleMeta } from "../article.js";
import type { Stage } from "../stage.js";
import { cleanText } from "./clean/cleanText.js";
import { findDateline } from "./clean/findDateline.js";
import type { Extraction } from "./extract/extractHtml.js";
import { extractHtml } from "./extract/extractHtml.js";
import { detectLanguage } from "./language.js";

/** Container metadata (front matter, manifest, feed) wins over what was detected in the document. */
function merge(detected: Partial<ArticleMeta>, given: Partial<ArticleMeta>): Partial<ArticleMeta> {
  const out: Partial<ArticleMeta> = { ...detected };
  for (const [key, value] of Object.entries(given) as [keyof ArticleMeta, string | null | undefined][]) {
    if (value !== undefined && value !== null && value !== "") out[key] = value;
  }
  return out;
}

/**
 * HTML bodies keep their dateline in the first paragraph ("DOHA (GWS) – …"): take it off the same way the
 * scraped-text cleaner does, so every format yields the same text and dateline.
 */
function takeHtmlDateline(result: Extraction): Extraction {
  const breakAt = result.text.indexOf("\n\n");
  const first = breakAt === -1 ? result.text : result.text.slice(0, breakAt);
  const found = findDateline(first);
  if (!found) return result;
  const meta = { ...result.meta };
  if (found.dateline !== null) meta.dateline ??= found.dateline;
  if (found.outlet !== null) meta.outlet ??= found.outlet;
  return {
    ...result,
    text: found.rest + (breakAt === -1 ? "" : result.text.slice(breakAt)),
    removed: [...result.removed, { text: found.prefix, reason: "dateline" }],
    meta,
  };
}

/** Stable id from the source (or the manifest id), short enough to read. */
export function articleId(source: string): string {
  return "a-" + createHash("sha256").update(source).digest("hex").slice(0, 12);
}

/** Hash of the text with whitespace and case normalised: exact duplicates share it. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.toLowerCase().replace(/\s+/g, " ").trim()).digest("hex");
}

/** First stage: raw document → clean text, metadata, removed pieces, language, ids. */
export const clean: Stage = {
  name: "clean",
  run(article, ctx) {
    const doc = article.raw;
    const result =
      doc.format === "html"
        ? takeHtmlDateline(extractHtml(doc.body, doc.meta.url ?? undefined))
        : cleanText(doc.body, doc.meta);
    let text = result.text;
    if (text.length > ctx.maxTextChars) {
      article.messages.push({
        level: "warning",
        stage: "clean",
        message: `text truncated from ${text.length} to ${ctx.maxTextChars} characters`,
      });
      text = text.slice(0, ctx.maxTextChars);
    }
    article.text = text;
    article.removed = result.removed;
    const notes: readonly string[] = (result as { messages?: string[] }).messages ?? [];
    for (const message of notes) {
      article.messages.push({ level: "warning", stage: "clean", message });
    }
    article.meta = { ...article.meta, ...merge(result.meta, doc.meta) } as Article["meta"];
    article.meta.language ??= detectLanguage(text);
    article.id = doc.id ?? articleId(doc.source);
    article.contentHash = contentHash(text);
    if (text.trim() === "") {
      article.messages.push({
        level: "warning",
        stage: "clean",
        message: doc.format === "html" ? "no article found in the HTML page" : "no article text after cleaning",
      });
    }
  },
};
