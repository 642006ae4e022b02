import * as chrono from "chrono-node";
import type { ParsedComponents, ParsedResult } from "chrono-node";
import { formatDay, formatMonth, formatTime, formatYear } from "./calendar.js";
import type { Day } from "./calendar.js";
import type { Candidate } from "./candidate.js";
import type { Tense } from "./tense.js";
import { allMatches } from "../allMatches.js";

/**
 * chrono's strict English parsers for what it does well (written dates, numeric dates, clock times);
 * relative phrases ("3 days ago", "within a week") are left to our TimeML-aware rules.
 */
const parsersWeReplace = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
]);

export const datesParser: chrono.Chrono = (() => {
  const custom = chrono.strict.clone();
  custom.parsers = custom.parsers.filter((p) => !parsersWeReplace.has(p.constructor.name));
  return custom;
})();

/** Cheap cues that a stretch of text may hold something chrono can read; chrono runs only around them. */
const chronoCuePattern =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?!\w)|\d{1,4}[/:-]\d|\d\s*[ap]\.?m\b|\b(?:noon|midnight)\b/g;

const windowReach = 48;

/** Windows of text around chrono cues, widened to whitespace and merged when they touch. */
function cueWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const m of allMatches(chronoCuePattern, text)) {
    let start = Math.max(0, m.index - windowReach);
    let end = Math.min(text.length, m.index + m[0].length + windowReach);
    while (start > 0 && !/\s/.test(text[start - 1] ?? " ")) start--;
    while (end < text.length && !/\s/.test(text[end] ?? " ")) end++;
    const last = windows.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

function dayOf(c: ParsedComponents, year: number): Day {
  return { year, month: c.get("month") ?? 1, day: c.get("day") ?? 1 };
}

/** The TimeML value of chrono's components at the precision the text states. */
function componentValue(c: ParsedComponents, year = c.get("year") ?? 0): string | null {
  if (c.isCertain("hour")) return formatTime(dayOf(c, year), c.get("hour") ?? 0, c.get("minute") ?? 0);
  if (c.isCertain("day")) return formatDay(dayOf(c, year));
  if (c.isCertain("month")) return formatMonth(year, c.get("month") ?? 1);
  if (c.isCertain("year")) return formatYear(year);
  return null;
}

const leadingPrepositionPattern = /^(?:at|on|in|by|from|since|until)\s+/i;

/** "1/2", "3/8": without a year these are fractions far more often than dates in news. */
const bareSlashPattern = /^\d{1,2}\/\d{1,2}$/;

/** Days from `a` to `b`. */
const daysBetween = (a: Day, b: Day): number =>
  Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);

/** Beyond this many days from publication, a month-day's tense may move it to the other year. */
const tenseShiftDays = 75;

/**
 * chrono takes the nearest year for a month-day without one; a date a season or more ahead told in
 * the past ("the year ended March 31" in November) is last year's, and the converse for the future.
 */
function yearByTense(start: ParsedComponents, dct: Day, tense: Tense): number {
  const year = start.get("year") ?? dct.year;
  const distance = daysBetween(dct, { year, month: start.get("month") ?? 1, day: start.get("day") ?? 1 });
  if (tense === "past" && distance >= tenseShiftDays) return year - 1;
  if (tense === "future" && distance <= -tenseShiftDays) return year + 1;
  return year;
}

function toCandidate(r: ParsedResult, offset: number, year?: number): Candidate | null {
  const start = r.start;
  if (bareSlashPattern.test(r.text)) return null;
  // A weekday alone is resolved by our tense-aware rule; chrono only looks forward or back blindly.
  if (!start.isCertain("day") && !start.isCertain("month") && !start.isCertain("hour")) return null;
  const value = componentValue(start, year);
  if (value === null) return null;
  const yearStated = start.isCertain("year");
  // TimeML leaves the preposition out of the extent ("at 2 p.m." → "2 p.m.").
  const lead = leadingPrepositionPattern.exec(r.text)?.[0].length ?? 0;
  const c: Candidate = {
    start: offset + r.index + lead,
    end: offset + r.index + r.text.length,
    value,
    type: start.isCertain("hour") ? "TIME" : "DATE",
    precision: start.isCertain("hour") ? "time" : start.isCertain("day") ? "day" : "month",
    evidence: yearStated && start.isCertain("day") ? "stated" : "inferred",
    rule: "chrono",
  };
  if (!yearStated || !start.isCertain("day")) c.anchor = "publication";
  if (start.isCertain("hour") && !start.isCertain("day")) {
    // A clock time alone belongs to the day of the event told, which may not be the publication day.
    const clock = value.slice(value.indexOf("T"));
    c.anaphor = { kind: "clock", resolve: (ref) => `${formatDay(ref.day)}${clock}` };
  }
  const end = r.end;
  if (end !== undefined && end !== null) {
    const endValue = componentValue(end);
    if (endValue !== null && endValue !== value) {
      c.value = `${value}/${endValue}`;
      c.precision = "interval";
    }
  }
  return c;
}

/**
 * Dates chrono reads in `text`, resolved against `dct` (no forward-dating). A month-day without a year
 * keeps chrono's nearest year: re-deciding it by tense scored worse on the development set.
 *
 * @example chronoDates("Talks resumed on Oct. 7, 2023.", { year: 2024, month: 1, day: 2 })[0]?.value // "2023-10-07"
 */
export function chronoDates(
  text: string,
  dct: Day | null,
  tenseAt?: (start: number, end: number) => Tense,
  parser: chrono.Chrono = datesParser,
): Candidate[] {
  const reference = dct === null ? new Date(2000, 0, 1, 12) : new Date(dct.year, dct.month - 1, dct.day, 12);
  const out: Candidate[] = [];
  for (const [start, end] of cueWindows(text)) {
    let results: ParsedResult[];
    try {
      results = parser.parse(text.slice(start, end), reference, { forwardDate: false });
    } catch {
      continue; // chrono should not throw on text; if it does, this window yields nothing.
    }
    for (const r of results) {
      const year =
        dct !== null && tenseAt !== undefined && !r.start.isCertain("year") && r.start.isCertain("month")
          ? yearByTense(r.start, dct, tenseAt(start + r.index, start + r.index + r.text.length))
          : undefined;
      const c = toCandidate(r, start, year);
      if (c === null) continue;
      // Without a publication date, only fully stated dates can be trusted.
      if (dct === null && c.anchor !== undefined) continue;
      out.push(c);
    }
  }
  return out;
}
