/** How two reported figures compare: within the tolerance their qualifiers allow, or not. */

import type { Claim } from "../../article.js";

/** Qualifiers that mark a rounded figure ("about 250"): it may sit a little off the exact count. */
const approximateQualifier = /^(?:about|around|roughly|some|approximately|an estimated|estimated|up to)$/i;
/** Qualifiers that mark a figure reached from below ("nearly 6,000"): the count is a little under it. */
const nearlyQualifier = /^(?:nearly|almost|close to|just under)$/i;
/** How far under its figure "nearly" may be, at least: a tenth ("nearly two dozen" for 23, not 5,200 for 6,000). */
const nearlyShare = 0.1;
/** Qualifiers that mark a lower bound ("more than 1,400"). */
const lowerBoundQualifier = /^(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than)$/i;
/** How far off a rounded figure may be: 2% (251 vs "about 250", not 48,500 vs 50,000). */
const roundingTolerance = 0.02;

/** Whether a claim's qualifier marks a rounded figure. */
export function isApproximate(qualifier: string | null): boolean {
  return qualifier !== null && (approximateQualifier.test(qualifier.trim()) || nearlyQualifier.test(qualifier.trim()));
}

export function isLowerBound(qualifier: string | null): boolean {
  return qualifier !== null && lowerBoundQualifier.test(qualifier.trim());
}

/**
 * The place value of a figure's last non-zero digit: how it was rounded (5,000 → 1,000; 5,200 → 100; 67 → 1).
 * Figures with decimals or below 1 give 0: no rounding is read into them.
 */
export function roundingStep(quantity: number): number {
  const n = Math.abs(quantity);
  if (!Number.isInteger(n) || n === 0) return 0;
  let step = 1;
  while (n % (step * 10) === 0) step *= 10;
  return step;
}

/**
 * The values a figure allows, by its qualifier: "more than 5,000" is at least 5,000 and under the next round figure
 * (6,000; else the writer would have said "more than 6,000"); "nearly 6,000" is under 6,000 by at most half a
 * step or a tenth (5,400–6,000); an exact figure is itself. Null for other qualifiers (the 2% rounding rule covers them).
 */
function interval(a: Pick<Claim, "quantity" | "qualifier">): { low: number; high: number } | null {
  const q = a.quantity;
  const qualifier = a.qualifier?.trim() ?? "";
  const step = roundingStep(q);
  if (isLowerBound(qualifier)) return step === 0 ? null : { low: q, high: q + step - 1e-9 };
  if (nearlyQualifier.test(qualifier)) return { low: q - Math.max(step / 2, q * nearlyShare), high: q };
  // "about 250" is left to the rounding rule; "only 51", "just 10", "another $600 million" are exact.
  return isApproximate(qualifier) ? null : { low: q, high: q };
}

/** A figure given as exact: no rounding or bounding qualifier ("only 51" and "just 10" are exact). */
const isExact = (a: Pick<Claim, "qualifier">): boolean =>
  a.qualifier === null || (!isApproximate(a.qualifier) && !isLowerBound(a.qualifier));

/** The place value of a figure's last digit, decimals included (43,000,000 → 1,000,000; 13.6 → 0.1; 0.07 → 0.01). */
function lastDigitStep(quantity: number): number {
  if (Number.isInteger(quantity)) return roundingStep(quantity);
  const decimals = String(quantity).split(".")[1]?.length ?? 0;
  return 10 ** -decimals;
}

/** Below this rounding step, two exact figures are two counts (250 and 251 people). */
const minRoundedStep = 1000;

/**
 * A round figure of two significant digits or more, rounded to thousands or more, written for a precise one: "$43
 * million" for $43,885,310 (cut off), "$13.6 million" for $13,625,777 (rounded). One significant digit says too
 * little ("5,000" is not 5,200's figure), and small exact counts stay two counts (250 and 251).
 */
function roundedFrom(round: number, precise: number): boolean {
  const step = roundingStep(round);
  if (step < minRoundedStep || Math.abs(round) / step < 10 || lastDigitStep(precise) >= step) return false;
  const near = (x: number): boolean => Math.abs(x - round) < step * 1e-6;
  return near(Math.trunc(precise / step) * step) || near(Math.round(precise / step) * step);
}

/**
 * Whether two figures can describe the same count: equal, within rounding of an approximate or lower-bound figure,
 * an exact figure inside what a bound allows ("more than 5,000" and 5,200), a round figure written for a precise one
 * ("$43 million" for $43,885,310), or overlapping ranges. "at least 67"
 * and "at least 76" are not compatible: each outlet gives its count.
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
  // A bound against an exact figure: the exact one must lie in what the bound allows. Two bounds are two counts.
  if (isExact(a) && isExact(b) && (roundedFrom(a.quantity, b.quantity) || roundedFrom(b.quantity, a.quantity)))
    return true;
  const ia = interval(a);
  const ib = interval(b);
  if (ia !== null && ib !== null && (isExact(a) || isExact(b)) && ia.low <= ib.high && ib.low <= ia.high) return true;
  const loose =
    isApproximate(a.qualifier) || isApproximate(b.qualifier) || isLowerBound(a.qualifier) || isLowerBound(b.qualifier);
  if (!loose) return false;
  const larger = Math.max(Math.abs(a.quantity), Math.abs(b.quantity));
  return Math.abs(a.quantity - b.quantity) <= larger * roundingTolerance;
}
