import type { ArticleMeta } from "../../article.js";

/**
 * Metadata of an HTML page: <meta>, Open Graph, JSON-LD (schema.org NewsArticle) and the page's visible
 * byline and date. Fields not found are left out. Runs before body extraction mutates the DOM.
 *
 * STUB: owned by the HTML-metadata work; returns nothing yet.
 */
export function readHtmlMeta(_document: Document): Partial<ArticleMeta> {
  return {};
}
