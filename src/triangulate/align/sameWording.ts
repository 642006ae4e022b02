/** Two outlets writing the same clause around a figure: the words that say what it counts and of which event. */

import type { ClaimItem } from "./claimItems.js";
import { contentStems, overlap } from "./words.js";

/** Content stems the figure's words must share on each side, and the share of the clauses' stems in common. */
const wordingBefore = 2;
const wordingAfter = 3;
const wordingContainment = 0.8;
const wordingShared = 5;

/** The content stems right before and right after the figure in its clause, numbers left out. */
function figureSides(item: ClaimItem): { before: string[]; after: string[] } | null {
  const figure = item.claim.figure;
  const at = figure === undefined ? -1 : item.claim.text.indexOf(figure);
  if (figure === undefined || at === -1) return null;
  const stems = (text: string): string[] => contentStems(text).filter((w) => !/\d/.test(w));
  return {
    before: stems(item.claim.text.slice(0, at)).slice(-wordingBefore),
    after: stems(item.claim.text.slice(at + figure.length)).slice(0, wordingAfter),
  };
}

/**
 * Two outlets writing the same clause around different figures ("affecting 800,000 federal employees" against
 * "affecting 420,000 federal employees"): the same words on both sides of the figure and most of the clause in
 * common. Then the figures count one thing even when no participle says what happened to it.
 */
export function sameWording(a: ClaimItem, b: ClaimItem): boolean {
  const sa = figureSides(a);
  const sb = figureSides(b);
  if (sa === null || sb === null) return false;
  // Up to two words before and three after; a clause may end right after the figure ("cut $716 billion from Medicare").
  const same = (x: readonly string[], y: readonly string[]): boolean =>
    x.length > 0 && x.length === y.length && x.every((w, i) => y[i] === w);
  if (!same(sa.before, sb.before) || !same(sa.after, sb.after)) return false;
  const ov = overlap(a.context, b.context);
  return ov.shared >= wordingShared && ov.containment >= wordingContainment;
}
