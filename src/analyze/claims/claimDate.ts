import type { Evidence, Span, TimeExpression } from "../../article.js";

/** When a figure holds, and since when a running count runs. */
export interface ClaimDate {
  asOf: string | null;
  since: string | null;
  evidence: Evidence;
}

const pointPrecisions = new Set(["time", "day", "week", "month", "quarter", "season", "year", "decade", "interval"]);
/** "as of Tuesday", "by Sept. 10", "through August": the day the figure holds. */
const asOfBefore = /\b(?:as\s+of|as\s+at|by|through|until|till|up\s+to|as\s+recently\s+as)\s+(?:the\s+end\s+of\s+)?$/iu;
/** "since October 7", "so far this year", "from January": the start of a running count. */
const sinceBefore = /\b(?:since|from|so\s+far|thus\s+far|so\s+far\s+in)\s+$/iu;
/** A date that belongs to another event of the sentence: "the war, which began on Oct. 7, …". */
const otherEventBefore =
  /\b(?:began|begun|begin|started|starts?|erupted|broke\s+out|launched|after|before|ago|ended|founded|born|elected|signed)\b[^,;]{0,20}$/iu;
const reach = 40;

/** The day part of a TimeML value: "2025-09-16TMO" → "2025-09-16"; the end of an interval for asOf, the start for since. */
function asDate(value: string, end: "start" | "end"): string {
  const parts = value.split("/");
  const part = (end === "start" ? parts[0] : parts.at(-1)) ?? value;
  return /^\d{4}-\d{2}-\d{2}T[A-Z]/u.test(part) ? part.slice(0, 10) : part;
}

/**
 * The as-of date of the figure at `figure` in `sentence`: a date introduced by "as of"/"by", else the sentence's
 * date nearest the figure (not one that belongs to another event, like "the war, which began on Oct. 7"), else the
 * publication date, marked inferred. "since October 7" and "so far this year" give the start of the count (`since`), not its date.
 *
 * @example claimDate(text, times, sentence, "2025-09-16") // { asOf: "2025-09-16", since: "2023-10-07", evidence: "inferred" }
 */
export function claimDate(
  text: string,
  times: readonly TimeExpression[],
  sentence: Span,
  published: string | null,
  figure: Span = sentence,
): ClaimDate {
  let asOf: { value: string; evidence: Evidence } | null = null;
  let plain: { value: string; evidence: Evidence; distance: number } | null = null;
  let since: string | null = null;
  const day = published === null ? null : published.slice(0, 10);
  for (const t of times) {
    if (t.start < sentence.start || t.end > sentence.end || t.value === null) continue;
    // A count holds as of a day already past: a later value is a forecast or a misread date, not its as-of.
    const calendarDate = /^\d{4}(?:-\d{2}){0,2}(?=$|T|\/)/u.exec(t.value)?.[0];
    if (day !== null && calendarDate !== undefined && calendarDate > day.slice(0, calendarDate.length)) continue;
    if (t.precision !== undefined && !pointPrecisions.has(t.precision)) continue;
    const before = text.slice(Math.max(sentence.start, t.start - reach), t.start);
    if (/^since\b/iu.test(t.text) || sinceBefore.test(before)) {
      since ??= asDate(t.value, "start");
      continue;
    }
    if (asOfBefore.test(before)) {
      asOf ??= { value: asDate(t.value, "end"), evidence: t.evidence };
      continue;
    }
    if (otherEventBefore.test(before)) continue;
    // Of several dates, the one nearest the figure: "$2.8 million in 2011, … $19.4 million in 2012".
    const distance = t.start >= figure.end ? t.start - figure.end : Math.max(0, figure.start - t.end);
    if (plain === null || distance < plain.distance)
      plain = { value: asDate(t.value, "end"), evidence: t.evidence, distance };
  }
  const chosen = asOf ?? plain;
  if (chosen !== null) return { asOf: chosen.value, since, evidence: chosen.evidence };
  return { asOf: day, since, evidence: "inferred" };
}
