import { parseHTML } from "linkedom";
import type { ArticleMeta, Removed } from "../../article.js";
import { readHtmlMeta } from "./htmlMeta.js";

export interface Extraction {
  /** Clean body text, paragraphs separated by blank lines; "" when the page holds no article. */
  text: string;
  removed: Removed[];
  meta: Partial<ArticleMeta>;
}

/**
 * Extracts the article body and metadata from an HTML page.
 *
 * STUB: owned by the HTML-extraction work; takes the text of <p> elements for now.
 */
export function extractHtml(html: string, _url?: string): Extraction {
  const { document } = parseHTML(html);
  const meta = readHtmlMeta(document as unknown as Document);
  const paragraphs = [...document.querySelectorAll("p")].map((p) => (p.textContent ?? "").trim()).filter(Boolean);
  return { text: paragraphs.join("\n\n"), removed: [], meta };
}
