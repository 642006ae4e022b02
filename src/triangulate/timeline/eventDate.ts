/**
 * Event dates as the event coder writes them (TimeML-style values: "2025-03-10", "2025-03-10TEV", "2025-W11",
 * "2025-03", "2025-Q2", "2025-SU", "2007", "202X", "2025-03-10/2025-03-12") read as a span of calendar days, so
 * dates of different precision can be compared, sorted and bucketed.
 */

export type EventDatePrecision = "day" | "week" | "month" | "quarter" | "season" | "year" | "decade" | "interval";

export interface EventDate {
  /** The value at its own precision, without a time-of-day suffix: "2025-03-10", "2025-W11", "2025-03", "2007". */
  value: string;
  precision: EventDatePrecision;
  /** First and last day covered, as days since 1970-01-01 (UTC). */
  first: number;
  last: number;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const weekPattern = /^(\d{4})-W(\d{2})(?![\d])/;
const monthPattern = /^(\d{4})-(\d{2})(?![\d-])/;
const quarterPattern = /^(\d{4})-Q([1-4])(?![\d])/;
const seasonPattern = /^(\d{4})-(SP|SU|FA|AU|WI)(?![A-Z])/;
const yearPattern = /^(\d{4})(?![\d-])/;
const decadePattern = /^(\d{3})X?$/;

const epochDay = (year: number, month: number, day: number): number =>
  Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);

/** First month of each TimeML season (winter runs into the next year). */
const seasonStart: Record<string, number> = { SP: 3, SU: 6, FA: 9, AU: 9, WI: 12 };

/** The Monday that starts ISO week 1 of a year (the week holding 4 January). */
function isoWeekOneMonday(year: number): number {
  const jan4 = epochDay(year, 1, 4);
  const weekday = (new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7; // Monday 0
  return jan4 - weekday;
}

function single(value: string): EventDate | null {
  let m = dayPattern.exec(value);
  if (m !== null) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const first = epochDay(y, mo, d);
    // Reject impossible days ("2025-02-30" rolls over in Date.UTC).
    if (new Date(first * 86_400_000).toISOString().slice(0, 10) !== m[0]) return null;
    return { value: m[0], precision: "day", first, last: first };
  }
  m = weekPattern.exec(value);
  if (m !== null) {
    const week = Number(m[2]);
    if (week < 1 || week > 53) return null;
    const first = isoWeekOneMonday(Number(m[1])) + (week - 1) * 7;
    return { value: m[0], precision: "week", first, last: first + 6 };
  }
  m = quarterPattern.exec(value);
  if (m !== null) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    return { value: m[0], precision: "quarter", first: epochDay(y, q * 3 - 2, 1), last: epochDay(y, q * 3 + 1, 0) };
  }
  m = seasonPattern.exec(value);
  if (m !== null) {
    const [y, start] = [Number(m[1]), seasonStart[m[2] ?? ""] ?? 1];
    return { value: m[0], precision: "season", first: epochDay(y, start, 1), last: epochDay(y, start + 3, 0) };
  }
  m = monthPattern.exec(value);
  if (m !== null) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return { value: m[0], precision: "month", first: epochDay(y, mo, 1), last: epochDay(y, mo + 1, 0) };
  }
  m = yearPattern.exec(value);
  if (m !== null) {
    const y = Number(m[1]);
    return { value: m[0], precision: "year", first: epochDay(y, 1, 1), last: epochDay(y, 12, 31) };
  }
  m = decadePattern.exec(value);
  if (m !== null) {
    const y = Number(m[1]) * 10;
    return { value: `${m[1]}X`, precision: "decade", first: epochDay(y, 1, 1), last: epochDay(y + 9, 12, 31) };
  }
  return null;
}

/**
 * Reads an event date value as a span of days; null when it names no calendar time ("PAST_REF", "P3D", null).
 *
 * @example parseEventDate("2025-03-10TEV") // { value: "2025-03-10", precision: "day", first: 20157, last: 20157 }
 */
export function parseEventDate(value: string | null | undefined): EventDate | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  const slash = trimmed.indexOf("/");
  if (slash > 0) {
    const from = single(trimmed.slice(0, slash));
    const to = single(trimmed.slice(slash + 1));
    if (from === null || to === null || to.last < from.first) return from;
    return { value: `${from.value}/${to.value}`, precision: "interval", first: from.first, last: to.last };
  }
  return single(trimmed);
}

/** Days between two spans (0 when they overlap). */
export function daysBetween(a: EventDate, b: EventDate): number {
  if (a.last < b.first) return b.first - a.last;
  if (b.last < a.first) return a.first - b.last;
  return 0;
}

/** How many days a span covers. */
export const spanDays = (d: EventDate): number => d.last - d.first + 1;

/** The ISO date (YYYY-MM-DD) of an epoch day. */
export const isoOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The longest span (a month) still precise enough to place an event next to a dated one. */
const maxComparableDays = 31;

/**
 * Whether two reports' dates can be one event: unknown on either side, or spans no more than `toleranceDays` apart
 * and both at most a month long; coarser dates ("2007", "2025") must be the same value.
 *
 * @example compatibleDates(parseEventDate("2025-03-10"), parseEventDate("2025-03-11"), 3) // true
 */
export function compatibleDates(a: EventDate | null, b: EventDate | null, toleranceDays: number): boolean {
  if (a === null || b === null) return true;
  if (spanDays(a) > maxComparableDays || spanDays(b) > maxComparableDays) return a.value === b.value;
  return daysBetween(a, b) <= toleranceDays;
}

/** The ISO week ("2025-W11") holding an epoch day. */
export function isoWeekOf(day: number): string {
  const date = new Date(day * 86_400_000);
  const weekday = (date.getUTCDay() + 6) % 7;
  const thursday = day - weekday + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const week = Math.floor((thursday - isoWeekOneMonday(year)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
