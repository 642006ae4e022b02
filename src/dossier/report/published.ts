/** An ISO date-time in UTC: "2025-03-10T21:15:00.000Z". */
const ISO_UTC = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/;

/**
 * A publication time as people read it: "2025-03-10 21:15 UTC"; dates and other forms are kept as written.
 *
 * @example published("2025-03-10T21:15:00.000Z") // "2025-03-10 21:15 UTC"; published(null) // "undated"
 */
export function published(value: string | null): string {
  if (!value) return "undated";
  const m = ISO_UTC.exec(value);
  return m ? `${m[1]} ${m[2]} UTC` : value;
}
