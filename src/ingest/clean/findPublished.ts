import * as chrono from "chrono-node";

/** Fixed reference so a date without a year never depends on the clock; such dates are rejected anyway. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const WRITTEN_YEAR = /\b\d{4}\b/u;

/**
 * The publication date on a timestamp line ("Published 3 March 2025 10:42 GMT") as ISO 8601: a date-time in UTC
 * when the line gives a time zone, a date otherwise. Null when the line has no date with a stated year.
 *
 * @example findPublished("Published 3 March 2025 10:42 GMT") // "2025-03-03T10:42:00.000Z"
 * @example findPublished("Updated 3 hours ago") // null
 */
export function findPublished(line: string): string | null {
  const result = chrono.parse(line, REFERENCE)[0];
  // chrono marks "3 hours ago" as certain, worked out from the reference: only a written year dates a page.
  if (result === undefined || !WRITTEN_YEAR.test(result.text)) return null;
  const start = result.start;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return null;
  if (start.isCertain("hour") && start.isCertain("timezoneOffset")) return start.date().toISOString();
  const pad = (n: number | null) => String(n ?? 0).padStart(2, "0");
  return `${start.get("year") ?? 0}-${pad(start.get("month"))}-${pad(start.get("day"))}`;
}
