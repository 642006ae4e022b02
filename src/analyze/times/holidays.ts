import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { addDays, formatDay, formatWeek } from "./calendar.js";
import type { Day } from "./calendar.js";
import type { Candidate, RuleContext } from "./candidate.js";
import { allMatches } from "../allMatches.js";

const holidayDateSchema = z.union([
  z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).strict(),
  z
    .object({
      month: z.number().int().min(1).max(12),
      weekday: z.number().int().min(0).max(6),
      nth: z
        .number()
        .int()
        .min(-1)
        .max(5)
        .refine((n) => n !== 0, "use 1-5, or -1 for the last"),
    })
    .strict(),
  z.object({ easter: z.number().int().min(-70).max(70) }).strict(),
]);

const holidaySchema = z.object({
  id: z.string().min(1),
  names: z.array(z.string().min(1)).min(1),
  date: holidayDateSchema,
});

type HolidayDate = z.infer<typeof holidayDateSchema>;

/** One holiday: how to find its name, and its date in a given year. */
export interface Holiday {
  id: string;
  names: readonly string[];
  name: RegExp;
  date: HolidayDate;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The holiday's day in `year`. */
export function holidayIn(date: HolidayDate, year: number): Day {
  if ("easter" in date) return addDays(easterSunday(year), date.easter);
  if ("day" in date) return { year, month: date.month, day: date.day };
  if (date.nth > 0) {
    const first = { year, month: date.month, day: 1 };
    const offset = (date.weekday - new Date(Date.UTC(year, date.month - 1, 1)).getUTCDay() + 7) % 7;
    return addDays(first, offset + 7 * (date.nth - 1));
  }
  const last = { year, month: date.month, day: new Date(Date.UTC(year, date.month, 0)).getUTCDate() };
  const back = (new Date(Date.UTC(year, date.month - 1, last.day)).getUTCDay() - date.weekday + 7) % 7;
  return addDays(last, -back);
}

/** Parses and validates a holidays YAML document; throws with the failing field named (a config error). */
export function compileHolidays(source: string): Holiday[] {
  const parsed = z.array(holidaySchema).safeParse(parse(source));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`holidays.yaml: ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data.map((h) => ({
    id: h.id,
    names: h.names,
    name: new RegExp(`^(?:${h.names.join("|")})$`),
    date: h.date,
  }));
}

const holidaysFile = new URL("../../../data/times/holidays.yaml", import.meta.url);

export const defaultHolidays: readonly Holiday[] = compileHolidays(readFileSync(holidaysFile, "utf8"));

/** All names in one alternation, longest first so "Christmas Eve" wins over "Christmas". */
function namesSource(holidays: readonly Holiday[]): string {
  return holidays
    .flatMap((h) => h.names)
    .sort((a, b) => b.length - a.length)
    .join("|");
}

/** The full pattern, and the names alone: a text where no name occurs at all (most) skips the full pattern. */
interface HolidayPatterns {
  pattern: RegExp;
  names: RegExp;
}

const patternCache = new WeakMap<readonly Holiday[], HolidayPatterns>();

/** "last Thanksgiving", "Christmas 1997", "Easter week", "on Thanksgiving Day". */
function holidayPatterns(holidays: readonly Holiday[]): HolidayPatterns {
  let patterns = patternCache.get(holidays);
  if (patterns === undefined) {
    const names = namesSource(holidays);
    patterns = {
      pattern: new RegExp(
        `\\b(?:(last|this|next|this past|this coming)\\s+)?(${names})(?:\\s+(week))?(?:,?\\s+(?:of\\s+)?((?:1[89]|20)\\d\\d))?(?![\\w'-])`,
        "g",
      ),
      // Every match of the full pattern holds a match of its names group.
      names: new RegExp(names),
    };
    patternCache.set(holidays, patterns);
  }
  return patterns;
}

/** A capitalised word after the name makes it part of another proper name ("Good Friday Agreement"). */
const properNameAfterPattern = /^\s+(?:[A-Z][a-z]|of\s+[A-Z])/;

const key = (d: Day): number => d.year * 10_000 + d.month * 100 + d.day;

/** The year whose occurrence the text means: stated, by modifier, by tense, else the nearest. */
function occurrence(date: HolidayDate, modifier: string, tense: string, dct: Day): Day {
  const before = holidayIn(date, dct.year);
  const previous = key(before) <= key(dct) ? before : holidayIn(date, dct.year - 1);
  const next = key(before) >= key(dct) ? before : holidayIn(date, dct.year + 1);
  if (modifier === "this") return before;
  if (modifier === "last" || modifier === "this past")
    return key(previous) < key(dct) ? previous : holidayIn(date, dct.year - 1);
  if (modifier === "next" || modifier === "this coming")
    return key(next) > key(dct) ? next : holidayIn(date, dct.year + 1);
  if (tense === "past") return previous;
  if (tense === "future") return next;
  const daysTo = (d: Day): number =>
    Math.abs(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(dct.year, dct.month - 1, dct.day));
  return daysTo(previous) <= daysTo(next) ? previous : next;
}

/**
 * Holidays named without a date, resolved to the occurrence the text means: "Elian was found on
 * Thanksgiving Day" in a January 2000 article is 1999-11-25; "Easter week" is that ISO week.
 *
 * @example findHolidays("He was found on Thanksgiving Day.", ctx)[0]?.value // "1999-11-25" for a 2000-01-07 ctx
 */
export function findHolidays(ctx: RuleContext, holidays: readonly Holiday[] = defaultHolidays): Candidate[] {
  const out: Candidate[] = [];
  const { pattern, names } = holidayPatterns(holidays);
  if (!names.test(ctx.text)) return out;
  for (const m of allMatches(pattern, ctx.text)) {
    const [whole, modifier, name, week, year] = m;
    const holiday = holidays.find((h) => h.name.test(name ?? ""));
    if (holiday === undefined) continue;
    const end = m.index + whole.length;
    if (properNameAfterPattern.test(ctx.text.slice(end, end + 6))) continue;
    let day: Day;
    if (year !== undefined) day = holidayIn(holiday.date, Number(year));
    else if (ctx.dct === null) continue;
    else {
      // "Easter week" has begun while its Sunday is still days ahead.
      const from = week !== undefined ? addDays(ctx.dct, 6) : ctx.dct;
      day = occurrence(holiday.date, (modifier ?? "").toLowerCase(), ctx.tenseAt(m.index, end), from);
    }
    const c: Candidate = {
      start: m.index,
      end,
      value: week !== undefined ? formatWeek(day) : formatDay(day),
      type: "DATE",
      precision: week !== undefined ? "week" : "day",
      evidence: "inferred",
      anchor: holiday.id,
      rule: "holiday",
    };
    out.push(c);
  }
  return out;
}
