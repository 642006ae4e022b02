import type { Evidence, Span, TimeExpression } from "../../article.js";

/** Where the text states a figure's date: the time expression's span and words. */
export type DateSpan = Span & { text: string };

/** When a figure holds, and since when a running count runs. */
export interface ClaimDate {
  asOf: string | null;
  since: string | null;
  /** How the date was resolved: a time expression's own evidence, or "inferred" when the publication stands in. */
  evidence: Evidence;
  /** "stated" when a time expression of the figure's sentence dates it, "inferred" when the publication stands in. */
  asOfEvidence: Evidence;
  /** The time expression that dates the figure ("as of Tuesday", "on Sunday"), when the text states one. */
  asOfSpan: DateSpan | null;
  /** The time expression that starts the count ("since October 7", "so far this year"). */
  sinceSpan: DateSpan | null;
}

const pointPrecisions = new Set(["time", "day", "week", "month", "quarter", "season", "year", "decade", "interval"]);
/** "as of Tuesday", "by Sept. 10", "through August": the day the figure holds. */
const asOfBefore = /\b(?:as\s+of|as\s+at|by|through|until|till|up\s+to|as\s+recently\s+as)\s+(?:the\s+end\s+of\s+)?$/iu;
/** "since October 7", "so far this year", "from January": the start of a running count. */
const sinceBefore = /\b(?:since|from|so\s+far|thus\s+far|so\s+far\s+in)\s+$/iu;
/** A date that belongs to another event of the sentence: "the war, which began on Oct. 7, …". */
const otherEventBefore =
  /\b(?:began|begun|begin|started|starts?|erupted|broke\s+out|launched|took\s+effect|went\s+into\s+effect|came\s+into\s+force|expired|after|before|ago|ended|founded|born|elected|signed)\b[^,;]{0,20}$/iu;
const reach = 40;

/** The day part of a TimeML value: "2025-09-16TMO" → "2025-09-16"; the end of an interval for asOf, the start for since. */
function asDate(value: string, end: "start" | "end"): string {
  const parts = value.split("/");
  const part = (end === "start" ? parts[0] : parts.at(-1)) ?? value;
  return /^\d{4}-\d{2}-\d{2}T[A-Z]/u.test(part) ? part.slice(0, 10) : part;
}

const spanOf = (t: TimeExpression): DateSpan => ({ start: t.start, end: t.end, text: t.text });

interface Candidate {
  value: string;
  evidence: Evidence;
  span: DateSpan;
}

/**
 * The as-of date of the figure at `figure` in `sentence`, read from the times stage's resolved expressions: a date
 * introduced by "as of"/"by", else the date nearest the figure (not one that belongs to another event, like "the war,
 * which began on Oct. 7"); a date of the figure's `clause` before one across a semicolon; else the publication
 * date, marked inferred. "since October 7" and "so far this year" give the start of the count (`since`), not its date.
 *
 * @example claimDate(text, times, sentence, "2025-09-16") // { asOf: "2025-09-16", since: "2023-10-07", asOfEvidence: "inferred", … }
 */
export function claimDate(
  text: string,
  times: readonly TimeExpression[],
  sentence: Span,
  published: string | null,
  figure: Span = sentence,
  clause: Span = sentence,
): ClaimDate {
  let asOf: (Candidate & { inClause: boolean }) | null = null;
  let plain: (Candidate & { distance: number; inClause: boolean }) | null = null;
  let since: Candidate | null = null;
  const day = published === null ? null : published.slice(0, 10);
  for (const t of times) {
    if (t.start < sentence.start || t.end > sentence.end || t.value === null) continue;
    // A count holds as of a day already past: a later value is a forecast or a misread date, not its as-of.
    const calendarDate = /^\d{4}(?:-\d{2}){0,2}(?=$|T|\/)/u.exec(t.value)?.[0];
    if (day !== null && calendarDate !== undefined && calendarDate > day.slice(0, calendarDate.length)) continue;
    if (t.precision !== undefined && !pointPrecisions.has(t.precision)) continue;
    const before = text.slice(Math.max(sentence.start, t.start - reach), t.start);
    if (/^since\b/iu.test(t.text) || sinceBefore.test(before)) {
      since ??= { value: asDate(t.value, "start"), evidence: t.evidence, span: spanOf(t) };
      continue;
    }
    const inClause = t.start >= clause.start && t.end <= clause.end;
    if (asOfBefore.test(before)) {
      if (asOf === null || (inClause && !asOf.inClause))
        asOf = { value: asDate(t.value, "end"), evidence: t.evidence, span: spanOf(t), inClause };
      continue;
    }
    if (otherEventBefore.test(before)) continue;
    // Of several dates, the one nearest the figure: "$2.8 million in 2011, … $19.4 million in 2012"; one in the
    // figure's own clause before one across a semicolon ("a strike on Tuesday killed 20; the toll rose to 64,000").
    const distance = t.start >= figure.end ? t.start - figure.end : Math.max(0, figure.start - t.end);
    const better =
      plain === null || (inClause && !plain.inClause) || (inClause === plain.inClause && distance < plain.distance);
    if (better) plain = { value: asDate(t.value, "end"), evidence: t.evidence, span: spanOf(t), distance, inClause };
  }
  // "as of Tuesday" before a plain date, a date of the figure's clause before one across a semicolon.
  const chosen = asOf !== null && (asOf.inClause || plain === null || !plain.inClause) ? asOf : (plain ?? asOf);
  const start = { since: since?.value ?? null, sinceSpan: since?.span ?? null };
  if (chosen !== null)
    return { asOf: chosen.value, ...start, evidence: chosen.evidence, asOfEvidence: "stated", asOfSpan: chosen.span };
  return { asOf: day, ...start, evidence: "inferred", asOfEvidence: "inferred", asOfSpan: null };
}
