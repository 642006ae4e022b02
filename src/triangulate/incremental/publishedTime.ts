import type { Article } from "../../article.js";

/** The article's publication time in ms, +Infinity when undated or unreadable (undated sorts last). */
export function publishedTime(article: Article): number {
  const t = article.meta.published ? Date.parse(article.meta.published) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}
