/** How two reported figures compare: within the tolerance their qualifiers allow, or not. */

import type { Claim } from "../../article.js";

/** Qualifiers that mark a rounded figure ("about 250"): it may sit a little off the exact count. */
const approximateQualifier =
  /^(?:about|around|roughly|some|approximately|nearly|almost|close to|an estimated|estimated|up to)$/i;
/** Qualifiers that mark a lower bound ("more than 1,400"). */
const lowerBoundQualifier = /^(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than)$/i;
/** How far off a rounded figure may be: 2% (251 vs "about 250", not 48,500 vs 50,000). */
const roundingTolerance = 0.02;

/** Whether a claim's qualifier marks a rounded figure. */
export function isApproximate(qualifier: string | null): boolean {
  return qualifier !== null && approximateQualifier.test(qualifier.trim());
}

export function isLowerBound(qualifier: string | null): boolean {
  return qualifier !== null && lowerBoundQualifier.test(qualifier.trim());
}

/**
 * Whether two figures can describe the same count: equal, within rounding of an approximate or lower-bound figure,
 * or overlapping ranges. "at least 67" and "at least 76" are not compatible: each outlet gives its count.
 *
 * @example compatibleFigures({ quantity: 251, qualifier: null }, { quantity: 250, qualifier: "about" }) // true
 */
export function compatibleFigures(
  a: Pick<Claim, "quantity" | "qualifier" | "high">,
  b: Pick<Claim, "quantity" | "qualifier" | "high">,
): boolean {
  if (a.quantity === b.quantity) return true;
  if (a.high !== undefined || b.high !== undefined) {
    const aHigh = a.high ?? a.quantity;
    const bHigh = b.high ?? b.quantity;
    return a.quantity <= bHigh && b.quantity <= aHigh;
  }
  const loose =
    isApproximate(a.qualifier) || isApproximate(b.qualifier) || isLowerBound(a.qualifier) || isLowerBound(b.qualifier);
  if (!loose) return false;
  const larger = Math.max(Math.abs(a.quantity), Math.abs(b.quantity));
  return Math.abs(a.quantity - b.quantity) <= larger * roundingTolerance;
}
