import type { Block, Mark } from "./pageBlocks.js";
import { ENDS_LIKE_SENTENCE, HEADING_TAGS } from "./pagePatterns.js";

/** Share of a block's characters inside links above which it is a link list, not prose. */
export const MAX_LINK_DENSITY = 0.5;
/** Non-link characters from which a block reads as prose whatever its ending. */
const PROSE_CHARS = 80;
/** Non-link characters from which a block ending like a sentence reads as prose. */
const SENTENCE_CHARS = 25;
/** Weight of short non-prose text (labels, dates, single words) against the article. */
const SHORT_TEXT_PENALTY = 0.3;
const ITEM_TAGS: ReadonlySet<string> = new Set(["td", "th", "li", "dd", "dt"]);

export function linkDensity(block: Block): number {
  return block.text.length === 0 ? 0 : block.linkChars / block.text.length;
}

/** Prose: long enough, or sentence-like, and mostly not links. */
export function isProse(block: Block): boolean {
  if (linkDensity(block) > MAX_LINK_DENSITY || HEADING_TAGS.has(block.tag)) return false;
  const own = block.text.length - block.linkChars;
  return own >= PROSE_CHARS || (own >= SENTENCE_CHARS && ENDS_LIKE_SENTENCE.test(block.text));
}

/**
 * What a block adds to the case that an element around it is the article: its own characters when it is
 * prose, minus its length when it is furniture or a link list, a small minus for short labels, nothing
 * for headings.
 *
 * @example blockValue(block, marksInForce) // 412 for a paragraph, -60 for a "Related" link list
 */
export function blockValue(block: Block, marks: readonly Mark[]): number {
  const length = block.text.length;
  if (marks.length > 0 || linkDensity(block) > MAX_LINK_DENSITY) return -length;
  if (HEADING_TAGS.has(block.tag)) return 0;
  if (isProse(block)) return length - block.linkChars;
  // Short table cells and list items are data (a results table, an ingredient list), not labels.
  if (ITEM_TAGS.has(block.tag)) return 0;
  return -SHORT_TEXT_PENALTY * length;
}
