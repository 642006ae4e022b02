import { keptIndices, type Block } from "./block.js";
import { isBodyText, isHeadlineLike } from "./isHeadlineLike.js";
import { LIST_MARKER } from "./splitLines.js";
import { countWords, titleCaseRatio } from "./words.js";

/** A menu entry: at most this many words. */
const MAX_MENU_ITEM_WORDS = 4;

/**
 * Decides runs of bulleted lines: a list introduced by a colon, or holding sentences, is the article's own list
 * (kept); short capitalised entries are navigation; headline-like entries are related-article links.
 * A single short bullet counts as navigation only before the body starts.
 *
 * @example classifyListRuns(blocks, firstBodyIndex)
 */
export function classifyListRuns(blocks: Block[], firstBody: number): void {
  const kept = keptIndices(blocks);
  for (let k = 0; k < kept.length;) {
    const start = k;
    while (k < kept.length && blocks[kept[k] ?? -1]?.p.bullet === true) k++;
    if (k === start) {
      k++;
      continue;
    }
    const run = kept.slice(start, k).flatMap((i) => blocks[i] ?? []);
    const before = start > 0 ? blocks[kept[start - 1] ?? -1] : undefined;
    decideRun(run, before, (kept[start] ?? 0) < firstBody);
  }
}

function decideRun(run: Block[], before: Block | undefined, beforeBody: boolean): void {
  const items = run.map((b) => b.p.text.replace(LIST_MARKER, ""));
  const introduced = before !== undefined && /:["”’]?$/u.test(before.p.text);
  const menu = items.every(isMenuItem) && (run.length >= 2 || beforeBody);
  const headlines = items.every((t) => isHeadlineLike(t) && !isBodyText(t) && countWords(t) > MAX_MENU_ITEM_WORDS);
  for (const block of run) {
    if (introduced || (!menu && !(headlines && run.length >= 2))) block.keep = true;
    else block.reason = menu ? "navigation" : "related-article headline";
  }
}

function isMenuItem(text: string): boolean {
  const words = countWords(text);
  return words >= 1 && words <= MAX_MENU_ITEM_WORDS && isHeadlineLike(text) && titleCaseRatio(text) >= 0.5;
}
