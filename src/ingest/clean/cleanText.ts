import type { ArticleMeta, Removed } from "../../article.js";

export interface Cleaned {
  text: string;
  removed: Removed[];
  meta: Partial<ArticleMeta>;
}

/**
 * Cleans text scraped from a news page: navigation, related links, calls to action, disclaimers, broken lines,
 * byline and dateline. Everything removed is kept in `removed` with a reason.
 *
 * STUB: owned by the scraped-text cleaning work; only normalises blank lines for now.
 */
export function cleanText(input: string, _hints: Partial<ArticleMeta> = {}): Cleaned {
  const paragraphs = input
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
  return { text: paragraphs.join("\n\n"), removed: [], meta: {} };
}
