/**
 * Figures that no date can order. An article with no publication date and no date in the figure's sentence gives
 * its figure no as-of, so a changed count cannot be told from a later one by the calendar. Two such figures are
 * still one fact told two ways when both outlets wrote the same clause around them (the same event, what it counts,
 * where) and the fact cannot move while a story goes on: a poll's result, a sum paid, the charges filed, the comments
 * received. A toll, the arrested, a career record or a season's total run on: a wire's update writes the same clause
 * with a new figure, so those stay uncompared.
 */

import type { ClaimItem } from "./claimItems.js";
import { sameWording } from "./sameWording.js";

/**
 * Words of a clause that make its figure a count still moving or one of many moments: a record ("52-3, 46 KOs"), a
 * career or a season, a streak, "so far", "this year". The claims stage calls tolls and "so far" running; these are
 * the moving counts it has no category for.
 */
const movingCount =
  /\b(?:career|seasons?|record|streak|consecutive|straight|so\s+far|thus\s+far|to\s+date|this\s+(?:year|season|month|week)|through\s+\d+|latest|updated?|rose|risen|climbed|now)\b|\b\d{1,3}\s?-\s?\d{1,3}(?:\s?-\s?\d{1,3})?\s*(?:,|\)|with\b)/iu;

/** Whether the text gives a figure no date: no as-of at all, or only its paper's publication day standing in. */
const undated = (item: ClaimItem): boolean => item.claim.asOf === null || item.claim.asOfEvidence === "inferred";

export interface UndatedPair {
  /** Either figure is a running quantity (a toll, the displaced, the detained), as the claims stage measured it. */
  running: boolean;
  /** Each article gives the thing one value (see `oneValueIn`). */
  oneValue: boolean;
}

/**
 * Whether two different, precise figures, one or both with no as-of, contradict: both undated, the same clause around
 * them (`sameWording`: the same words on both sides, most of the clause shared), neither a running or moving count,
 * each article giving the thing one value. "83.3 percent of Greeks were unhappy" against "55.5 percent of Greeks
 * were unhappy" after one poll: conflict. "killed at least three people" against "killed at least five people":
 * two moments of a toll, no relation.
 *
 * @example undatedConflict(pollA, pollB, { running: false, oneValue: true }) // true
 */
export function undatedConflict(a: ClaimItem, b: ClaimItem, pair: UndatedPair): boolean {
  if (!undated(a) || !undated(b) || pair.running || !pair.oneValue) return false;
  if (movingCount.test(a.claim.text) || movingCount.test(b.claim.text)) return false;
  // The one-count rule alone (the same named thing, two more shared words) is not enough here: undated reports of one
  // story gave "11 Yemeni pirates" of 23 captured, and 12 magazines seized in one operation against 31 in five.
  return sameWording(a, b);
}
