import type { ParentNode } from "domhandler";
import { blockValue, isProse } from "./blockValue.js";
import type { Block, Mark } from "./pageBlocks.js";

/** A furniture mark on an element holding more than this share of the page's prose is a page wrapper. */
const WRAPPER_PROSE_SHARE = 0.5;
/** A class-word mark on an element with this much prose, making up this share of its text, is a layout name. */
const LAYOUT_PROSE_CHARS = 500;
const LAYOUT_PROSE_SHARE = 0.6;

export interface Selection {
  /** The element that holds the article, or null when nothing reads as one. */
  container: ParentNode | null;
  /** Net prose characters of the container (prose minus furniture). */
  score: number;
  /** Marks that count: page wrappers with furniture-like names are dropped. */
  marksInForce: (block: Block) => readonly Mark[];
}

/**
 * Marks that do not count. A mark on an element holding most of the page's prose is a page wrapper
 * (`<div id="page-with-sidebar">`); a class-word mark on an element that is mostly long prose is a
 * layout name (`grid--adrail`), since furniture boxes are links, labels and a sentence or two. Comment
 * threads keep their mark whatever they hold.
 */
function ignoredMarks(blocks: readonly Block[]): Set<ParentNode> {
  const proseIn = new Map<ParentNode, number>();
  const textIn = new Map<ParentNode, number>();
  let total = 0;
  for (const block of blocks) {
    const prose = isProse(block) ? block.text.length - block.linkChars : 0;
    total += prose;
    for (const mark of block.marks) {
      proseIn.set(mark.element, (proseIn.get(mark.element) ?? 0) + prose);
      textIn.set(mark.element, (textIn.get(mark.element) ?? 0) + block.text.length);
    }
  }
  const ignored = new Set<ParentNode>();
  for (const block of blocks) {
    for (const mark of block.marks) {
      if (mark.reason === "comments") continue;
      const prose = proseIn.get(mark.element) ?? 0;
      const text = textIn.get(mark.element) ?? 1;
      const wrapper = prose > WRAPPER_PROSE_SHARE * total;
      const layoutName = !mark.byTag && prose >= LAYOUT_PROSE_CHARS && prose >= LAYOUT_PROSE_SHARE * text;
      if (wrapper || layoutName) ignored.add(mark.element);
    }
  }
  return ignored;
}

/**
 * Picks the element whose blocks add up to the most prose net of furniture: the maximum-weight subtree.
 * It grows past a small ad or link box between two halves of a story, and stops before a sidebar or a
 * comment thread that outweighs what it would add. Ties go to the deeper element.
 */
export function selectArticle(blocks: readonly Block[]): Selection {
  const wrappers = ignoredMarks(blocks);
  const marksInForce = (block: Block): readonly Mark[] =>
    wrappers.size === 0 ? block.marks : block.marks.filter((mark) => !wrappers.has(mark.element));
  const scores = new Map<ParentNode, number>();
  for (const block of blocks) {
    const value = blockValue(block, marksInForce(block));
    if (value === 0) continue;
    for (let node: ParentNode | null = block.owner; node !== null; node = node.parent) {
      scores.set(node, (scores.get(node) ?? 0) + value);
    }
  }
  let container: ParentNode | null = null;
  let score = 0;
  let depth = -1;
  for (const [node, value] of scores) {
    if (value < score) continue;
    const nodeDepth = depthOf(node);
    if (value > score || nodeDepth > depth) {
      container = node;
      score = value;
      depth = nodeDepth;
    }
  }
  return { container, score, marksInForce };
}

export function depthOf(node: ParentNode): number {
  let depth = 0;
  for (let up = node.parent; up !== null; up = up.parent) depth++;
  return depth;
}
