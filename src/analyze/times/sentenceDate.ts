import type { Evidence, Span, TimeExpression } from "../../article.js";

const pointPrecisions = new Set(["time", "day", "week", "month", "quarter", "season", "year", "decade", "interval"]);

/**
 * The date an event in `sentence` gets: the value of the sentence's first dated expression (not a
 * duration, a recurrence or a vague PAST_REF), else the publication date, marked as inferred.
 *
 * @example sentenceDate(article.times, article.sentences[3], article.meta.published)
 */
export function sentenceDate(
  times: readonly TimeExpression[],
  sentence: Span,
  published: string | null,
): { date: string | null; evidence: Evidence } {
  for (const t of times) {
    if (t.start < sentence.start || t.end > sentence.end || t.value === null) continue;
    if (t.precision !== undefined && !pointPrecisions.has(t.precision)) continue;
    return { date: t.value, evidence: t.evidence };
  }
  return { date: published === null ? null : published.slice(0, 10), evidence: "inferred" };
}
