import type { Candidate, Precision, Reference } from "./candidate.js";

const dayValuePattern = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/;
const monthValuePattern = /^(\d{4})-(\d{2})$/;
const quarterValuePattern = /^(\d{4})-Q([1-4])$/;
const yearValuePattern = /^(\d{4})(?:-(?:SP|SU|FA|WI|H[12]))?$/;

/**
 * The date a candidate mentions, as a reference for what follows, or null (durations, sets, vague
 * references, weeks). An interval refers by its end ("from 2017 to 2019 … the following year").
 */
export function referenceOf(c: Candidate): Reference | null {
  if (c.type !== "DATE" && c.type !== "TIME") return null;
  const last = c.parts?.at(-1);
  if (last !== undefined) return referenceOf({ ...last, start: c.start });
  const at = c.start;
  let m = dayValuePattern.exec(c.value);
  if (m) return { day: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, precision: "day", at };
  m = monthValuePattern.exec(c.value);
  if (m) return { day: { year: Number(m[1]), month: Number(m[2]), day: 1 }, precision: "month", at };
  m = quarterValuePattern.exec(c.value);
  if (m) return { day: { year: Number(m[1]), month: (Number(m[2]) - 1) * 3 + 1, day: 1 }, precision: "quarter", at };
  m = yearValuePattern.exec(c.value);
  if (m) return { day: { year: Number(m[1]), month: 1, day: 1 }, precision: "year", at };
  return null;
}

/** Abbreviations whose full stop does not end a sentence ("10 a.m. Friday", "Oct. 7", "Mr. Bush"). */
const sentenceEndPattern =
  /(?<!\b(?:[ap]\.m|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|U\.S|Jr|Sr|Lt|Col|Capt|Prof|[A-Z]))[.!?]["'”’)\]]*\s+(?=["'“‘`([]*[A-Z0-9])|\n/;

/** Whether a sentence ends somewhere in `text[from, to)`. */
export function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  return from < to && sentenceEndPattern.test(text.slice(from, to));
}

const reportingBeforePattern = /\b(?:said|says|say|told\s+\w+|announced|reported|stated)\s+(?:on\s+)?$/i;

/** "said Friday", "announced yesterday": the day of the report, not of the events reported. */
function isReportingDate(text: string, c: Candidate): boolean {
  return (
    c.anchor === "publication" &&
    (c.precision === "day" || c.precision === "time") &&
    reportingBeforePattern.test(text.slice(Math.max(0, c.start - 24), c.start))
  );
}

/** How far back a time of day looks for the day of the event told (about three sentences of news). */
const clockReach = 400;

/** The day a bare clock time ("at 10:35 a.m.") belongs to: a dated expression of its sentence, else a recent one. */
function clockReference(
  text: string,
  items: readonly Candidate[],
  index: number,
  last: Reference | null,
): Reference | null {
  const c = items[index] as Candidate;
  for (let j = index + 1; j < items.length && j <= index + 3; j++) {
    const next = items[j] as Candidate;
    if (sentenceBreakBetween(text, c.end, next.start)) break;
    const ref = referenceOf(next);
    if (ref !== null && ref.precision === "day") return ref;
  }
  if (last === null || last.precision !== "day" || c.start - last.at > clockReach) return null;
  return last;
}

/**
 * HeidelTime-style reference time: walks the candidates in text order, keeping the last date mentioned,
 * and re-resolves the anaphoric ones against it ("the following year" after "in 1995" is 1996; "at 10
 * p.m." after "on Oct. 23" is that evening). Expressions with no usable reference keep their
 * publication-date value. Mutates and returns `items`.
 */
export function resolveAnaphora(text: string, items: Candidate[]): Candidate[] {
  let last: Reference | null = null;
  items.forEach((c, i) => {
    const anaphor = c.anaphor;
    if (anaphor !== undefined) {
      const ref = anaphor.kind === "clock" ? clockReference(text, items, i, last) : last;
      const value = ref === null ? null : anaphor.resolve(ref);
      if (value !== null) {
        c.value = value;
        c.anchor = "narrative";
        c.evidence = "inferred";
      }
    }
    // A comparison ("a year earlier") or a reporting date ("said Friday") is not the time of the story told.
    if (anaphor?.kind !== "shift" && c.rule !== "yearEarlier" && !isReportingDate(text, c))
      last = referenceOf(c) ?? last;
  });
  return items;
}

/** Precisions from finest to coarsest, for "is this reference fine enough for that expression". */
const precisionRank: Partial<Record<Precision, number>> = {
  time: 0,
  day: 1,
  week: 2,
  month: 3,
  quarter: 4,
  season: 5,
  year: 6,
};

/** Whether a reference of precision `have` can anchor an expression that needs `need`. */
export function fineEnough(have: Precision, need: Precision): boolean {
  return (precisionRank[have] ?? 99) <= (precisionRank[need] ?? 99);
}
