import { containment } from "./shingles.js";

/**
 * When a near-identical text counts as a copy of another. Containment (the share of the smaller text's 3-word
 * shingles found in the larger) tolerates an appended disclaimer, a dropped dateline or a trimmed end, which
 * Jaccard would punish; two outlets' own reports of one event share quotes and names but few 3-word runs
 * (containment ≈ 0.05–0.3), so they stay independent.
 */
export const copyThresholds = {
  /** Share of the smaller text's shingles found in the larger. */
  minContainment: 0.8,
  /** Texts with fewer shingles (≈ words) are too short to call a copy: a one-line brief is not linked. */
  minShingles: 12,
  /** The smaller text must hold at least this share of the larger's shingles: a paragraph quoted in a long
   * feature is not a copy of the story it quotes. */
  minSizeRatio: 0.25,
} as const;

/**
 * The similarity (containment, 0–1) that makes `a` and `b` copies of one text, or `null` when they are not.
 *
 * @example copySimilarity(shingleHashes(wire), shingleHashes(wire + disclaimer)) // 1
 */
export function copySimilarity(a: Uint32Array, b: Uint32Array): number | null {
  const smaller = Math.min(a.length, b.length);
  const larger = Math.max(a.length, b.length);
  if (smaller < copyThresholds.minShingles || smaller < copyThresholds.minSizeRatio * larger) return null;
  const similarity = containment(a, b);
  return similarity >= copyThresholds.minContainment ? similarity : null;
}

/** A calendar date (YYYY-MM-DD) at the start of an ISO 8601 string. */
const isoDatePattern = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

/**
 * Whether publication time `a` is strictly earlier than `b`. Unknown or unreadable dates are never earlier; when
 * either is a bare date the two are compared by calendar day, so "2024-11-04" is not earlier than
 * "2024-11-04T09:00Z".
 *
 * @example publishedBefore("2024-11-03", "2024-11-04T09:00:00Z") // true
 */
export function publishedBefore(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const dayA = isoDatePattern.exec(a)?.[1];
  const dayB = isoDatePattern.exec(b)?.[1];
  const timeA = Date.parse(a);
  const timeB = Date.parse(b);
  if (Number.isNaN(timeA) || Number.isNaN(timeB)) return false;
  const bare = (s: string) => isoDatePattern.test(s) && s.length === 10;
  if ((bare(a) || bare(b)) && dayA !== undefined && dayB !== undefined) return dayA < dayB;
  return timeA < timeB;
}
