/** As-of values (ISO dates at the precision the text gave: "2025-03-12", "2025-03", "2023") compared as day ranges. */

const isoDay = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;
/** An ISO 8601 week ("2018-W51"), as the times stage writes "this week". */
const isoWeek = /^(\d{4})-W(\d{2})/;
const dayMs = 86_400_000;

/** The epoch days of an ISO week's Monday and Sunday: week 1 holds January 4. */
function weekRange(year: number, week: number): { first: number; last: number } {
  const jan4 = Math.floor(Date.UTC(year, 0, 4) / dayMs);
  const mondayOfWeek1 = jan4 - ((new Date(jan4 * dayMs).getUTCDay() + 6) % 7);
  const first = mondayOfWeek1 + (week - 1) * 7;
  return { first, last: first + 6 };
}

/** The first and last day (as epoch days) an as-of value covers, or null when it is not a calendar date. */
export function dayRange(value: string | null): { first: number; last: number } | null {
  if (value === null) return null;
  const w = isoWeek.exec(value);
  if (w !== null) return weekRange(Number(w[1]), Number(w[2]));
  const m = isoDay.exec(value);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  const toDays = (y: number, mo: number, d: number): number => Math.floor(Date.UTC(y, mo - 1, d) / dayMs);
  if (month === null) return { first: toDays(year, 1, 1), last: toDays(year, 12, 31) };
  if (day === null) return { first: toDays(year, month, 1), last: toDays(year, month + 1, 0) };
  const d = toDays(year, month, day);
  return { first: d, last: d };
}

/** Days between two as-of values (0 when their ranges overlap), or null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (ra === null || rb === null) return null;
  if (ra.last < rb.first) return rb.first - ra.last;
  if (rb.last < ra.first) return ra.first - rb.last;
  return 0;
}

/** Signed order of two as-of values by their first day (negative when a is earlier), or 0 when unknown. */
export function compareAsOf(a: string | null, b: string | null): number {
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (ra === null || rb === null) return 0;
  return ra.first - rb.first;
}

/** Whether an as-of value names a single day. */
export function isDay(value: string | null): boolean {
  return value !== null && /^\d{4}-\d{2}-\d{2}/.test(value);
}

/** Whether an as-of value names a day or an ISO week ("this week"): short enough to date a count, not background. */
export function isDayOrWeek(value: string | null): boolean {
  return isDay(value) || (value !== null && isoWeek.test(value));
}
