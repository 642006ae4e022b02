import { parseDocument } from "htmlparser2";
import type { ArticleMeta, Removed } from "../../article.js";
import { readHtmlMeta } from "./htmlMeta.js";
import { jsonLdBody } from "./jsonLdBody.js";
import { metaDocument } from "./metaDocument.js";
import { pageBlocks } from "./pageBlocks.js";
import { CONTROL_CHARACTER, WHITESPACE_RUN } from "./pagePatterns.js";
import { renderArticle } from "./renderArticle.js";
import { selectArticle } from "./selectArticle.js";

export interface Extraction {
  /** Clean body text, paragraphs separated by blank lines; "" when the page holds no article. */
  text: string;
  removed: Removed[];
  meta: Partial<ArticleMeta>;
  /** Non-fatal notes: input cut at the size limit, element budget reached, binary input, JSON-LD body used. */
  messages?: string[];
}

/** Characters of HTML read at most; the rest of a larger page is cut (and a message says so). */
export const MAX_HTML_CHARS = 5_000_000;
/** Characters sampled to decide that the input is binary rather than HTML. */
const BINARY_SAMPLE_CHARS = 8192;
/** More control or replacement characters than this share of the sample means binary input. */
const MAX_CONTROL_SHARE = 0.05;
/**
 * Core score (prose characters near the core, less its link share) below which a page holds no article. Low:
 * a short post of two sentences is an article; menus, link lists and one-word pages score 0.
 */
export const MIN_ARTICLE_SCORE = 20;
/** Extracted text shorter than this share of the page's JSON-LD articleBody gives way to that body. */
const JSON_LD_PREFERENCE = 0.5;

function looksBinary(html: string): boolean {
  const sample = html.slice(0, BINARY_SAMPLE_CHARS);
  if (sample.length === 0) return false;
  const controls = sample.match(CONTROL_CHARACTER)?.length ?? 0;
  return controls / sample.length > MAX_CONTROL_SHARE;
}

/** A JSON-LD articleBody as paragraphs: its own line breaks, whitespace collapsed within each. */
function jsonLdParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n|\r\n|\n/u)
    .map((line) => line.replace(WHITESPACE_RUN, " ").trim())
    .filter((line) => line !== "");
}

function safeMeta(read: () => Partial<ArticleMeta>, messages: string[]): Partial<ArticleMeta> {
  try {
    return read();
  } catch (error) {
    messages.push(`metadata not read: ${error instanceof Error ? error.message : String(error)}`);
    return {};
  }
}

/**
 * Extracts the article body and metadata from an HTML page. The body is read from the element that
 * holds the story's prose (see selectArticle), without titles, link lists, captions, share and newsletter
 * boxes or comment threads (see renderArticle); a page's JSON-LD articleBody stands in when the page
 * itself yields much less. Metadata comes from readHtmlMeta on a lean DOM of the page (see metaDocument). Never throws: binary or empty input gives "", a huge page is read up to the limits.
 *
 * @example extractHtml("<article><h1>Vote</h1><p>Polls opened at seven.</p></article>").text
 */
export function extractHtml(html: string, _url?: string): Extraction {
  const messages: string[] = [];
  const empty = (meta: Partial<ArticleMeta> = {}): Extraction => ({ text: "", removed: [], meta, messages });
  if (typeof html !== "string" || html.trim() === "") return empty();
  if (looksBinary(html)) {
    messages.push("input looks binary (control characters), not HTML: nothing extracted");
    return empty();
  }
  let source = html;
  if (source.length > MAX_HTML_CHARS) {
    messages.push(`page cut from ${source.length} to ${MAX_HTML_CHARS} characters before parsing`);
    source = source.slice(0, MAX_HTML_CHARS);
  }
  try {
    const page = parseDocument(source);
    const meta = safeMeta(() => readHtmlMeta(metaDocument(page)), messages);
    const first = pageBlocks(page);
    let { blocks, jsonLd, truncated } = first;
    let selection = selectArticle(blocks);
    if (selection.score < MIN_ARTICLE_SCORE && first.hasNoscript) {
      // Script-rendered pages keep their only readable copy of the story in <noscript>.
      const withNoscript = pageBlocks(page, { readNoscript: true });
      const second = selectArticle(withNoscript.blocks);
      if (second.score >= MIN_ARTICLE_SCORE) {
        messages.push("the article was read from the page's <noscript> content");
        ({ blocks, jsonLd, truncated } = withNoscript);
        selection = second;
      }
    }
    if (truncated) messages.push("page too large or too deep: only its first elements were read");
    const rendered = renderArticle(blocks, selection);
    let paragraphs = selection.score >= MIN_ARTICLE_SCORE ? rendered.paragraphs : [];
    const fallback = jsonLdBody(jsonLd);
    const chars = paragraphs.reduce((sum, p) => sum + p.length, 0);
    if (fallback !== null && chars < JSON_LD_PREFERENCE * fallback.length) {
      messages.push("page text is short of its JSON-LD articleBody: that body is used");
      paragraphs = jsonLdParagraphs(fallback);
    }
    return { text: paragraphs.join("\n\n"), removed: rendered.removed, meta, messages };
  } catch (error) {
    // Parsing and walking are bounded and should not throw; if they do, the page yields no article.
    messages.push(`extraction failed: ${error instanceof Error ? error.message : String(error)}`);
    return empty();
  }
}
