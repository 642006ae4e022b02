/**
 * Calendar arithmetic on plain year/month/day triples, so no value ever depends on the machine's time zone.
 * Months are 1-12; weekdays are 0 (Sunday) to 6 (Saturday), as in `Date#getUTCDay`.
 */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})/;

/** The calendar day an ISO 8601 date or date-time names (its local date part), or null. */
export function parseDay(iso: string | null): Day | null {
  if (iso === null) return null;
  const m = isoDatePattern.exec(iso.trim());
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > 31) return null;
  return day;
}

function toUtc(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function fromUtc(t: Date): Day {
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** Adds whole months, keeping the day within the target month. */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

export function weekday(d: Day): number {
  return toUtc(d).getUTCDay();
}

export function quarterOf(d: Day): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

export function formatDay(d: Day): string {
  return `${formatYear(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}

/** ISO 8601 week of a day, e.g. `2013-W11`. */
export function formatWeek(d: Day): string {
  const thursday = toUtc(d);
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const weekYear = thursday.getUTCFullYear();
  const week1 = new Date(Date.UTC(weekYear, 0, 4));
  const days = (thursday.getTime() - week1.getTime()) / 86_400_000;
  const week = 1 + Math.round((days - 3 + ((week1.getUTCDay() + 6) % 7)) / 7);
  return `${formatYear(weekYear)}-W${pad(week)}`;
}

export function formatQuarter(year: number, quarter: number): string {
  return `${formatYear(year)}-Q${quarter}`;
}

export function formatTime(d: Day, hour: number, minute: number): string {
  return `${formatDay(d)}T${pad(hour)}:${pad(minute)}`;
}

/** The closest day with the given weekday: on or before `from` (direction -1) or on or after it (+1). */
export function weekdayFrom(from: Day, target: number, direction: -1 | 1): Day {
  const diff = (target - weekday(from) + 7) % 7;
  if (direction === 1) return addDays(from, diff);
  return addDays(from, diff === 0 ? 0 : diff - 7);
}

/** Units a relative expression can count in ("last week", "two years ago"). */
export type CalendarUnit = "day" | "week" | "weekend" | "month" | "quarter" | "year" | "decade" | "century";

/** `d` moved by `n` units. */
export function shift(d: Day, unit: CalendarUnit, n: number): Day {
  switch (unit) {
    case "day":
      return addDays(d, n);
    case "week":
    case "weekend":
      return addDays(d, 7 * n);
    case "month":
      return addMonths(d, n);
    case "quarter":
      return addMonths(d, 3 * n);
    case "year":
      return addMonths(d, 12 * n);
    case "decade":
      return addMonths(d, 120 * n);
    case "century":
      return addMonths(d, 1200 * n);
  }
}

/** The TimeML value of the unit containing `d`: `2013`, `2013-03`, `2013-W12`, `2013-Q1`, `201X`, `20`. */
export function unitValue(d: Day, unit: CalendarUnit): string {
  switch (unit) {
    case "day":
      return formatDay(d);
    case "week":
      return formatWeek(d);
    case "weekend":
      return `${formatWeek(d)}-WE`;
    case "month":
      return formatMonth(d.year, d.month);
    case "quarter":
      return formatQuarter(d.year, quarterOf(d));
    case "year":
      return formatYear(d.year);
    case "decade":
      return `${formatYear(d.year).slice(0, 3)}X`;
    case "century":
      return formatYear(d.year).slice(0, 2);
  }
}
