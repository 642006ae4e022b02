/**
 * Whether two quotes give the same words, whoever they are given to: the first step of an attribution check, which
 * compares speakers only once the words are known to be one statement.
 */

import type { QuoteItem } from "./quoteItems.js";
import { overlap } from "./words.js";

/** Nearly all content words of the shorter wording found in the other, and enough of them not to be a stock phrase. */
const wholeContainment = 0.9;
const wholeMinShared = 5;
/**
 * Consecutive content words two wordings share in the same order: outlets cut a quoted sentence at different places
 * ("…our country must give our troops the support necessary to win this war" inside a longer quote), so the whole
 * wordings differ while a long run of them is the same words.
 */
const minRun = 5;

/**
 * The longest run of consecutive stems the two sequences share that is not only names ("Attorney General Jeff
 * Sessions" is a name two statements share, not a wording).
 *
 * @example longestSharedRun(["give", "troop", "support", "necessary", "win", "war"], ["support", "necessary", "win", "war", "terror"]) // 4
 */
export function longestSharedRun(
  a: readonly string[],
  b: readonly string[],
  names: ReadonlySet<string> = new Set(),
): number {
  let best = 0;
  // Dynamic programme over run lengths ending at (i, j); `content` counts the stems of the run that are not names.
  let previous = new Array<{ run: number; content: number }>(b.length + 1).fill({ run: 0, content: 0 });
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<{ run: number; content: number }>(b.length + 1).fill({ run: 0, content: 0 });
    for (let j = 1; j <= b.length; j += 1) {
      const word = a[i - 1];
      if (word === undefined || word !== b[j - 1]) continue;
      const before = previous[j - 1] ?? { run: 0, content: 0 };
      const cell = { run: before.run + 1, content: before.content + (names.has(word) ? 0 : 1) };
      current[j] = cell;
      if (cell.content > 0 && cell.run > best) best = cell.run;
    }
    previous = current;
  }
  return best;
}

/**
 * Two quotes are the same words when nearly all content words of the shorter are in the other (five or more of them),
 * or when they share a run of five consecutive content words that is not just a name. Reported speech is the writer's
 * wording of what was said, and several sources often confirm one fact in it ("the Red Sox made an offer to Mark
 * Teixeira"), so it meets other quotes only by the whole-wording rule.
 *
 * @example sameWords(partial("a departure from typical bureau practice"), direct("The decision … is not only a departure from typical bureau practice, but …")) // false: a run of 4
 */
export function sameWords(a: QuoteItem, b: QuoteItem): boolean {
  const ov = overlap(a.stems, b.stems);
  if (ov.shared >= wholeMinShared && ov.containment >= wholeContainment) return true;
  if (a.quote.kind === "indirect" || b.quote.kind === "indirect") return false;
  return longestSharedRun(a.stems, b.stems, new Set([...a.nameStems, ...b.nameStems])) >= minRun;
}
