import type { ParentNode } from "domhandler";
import { blockValue, isProse, linkDensity, MAX_LINK_DENSITY } from "./blockValue.js";
import type { Block, Mark } from "./pageBlocks.js";
import { ENDS_LIKE_SENTENCE, HEADING_TAGS } from "./pagePatterns.js";

/** A furniture mark on an element holding more than this share of the page's prose is a page wrapper. */
const WRAPPER_PROSE_SHARE = 0.8;
/** A sidebar- or ad-word mark on an element with this much prose is a layout name ("pg-side-of-rail"). */
const LAYOUT_PROSE_CHARS = 500;
/** Comment threads and cookie notices are furniture even when they are all the page holds. */
const ALWAYS_FURNITURE: ReadonlySet<string> = new Set(["comments", "cookie notice"]);
/** Furniture laid over or after the page, whose prose does not count when a wrapper's share is taken. */
const OVERLAY_REASONS: ReadonlySet<string> = new Set(["comments", "cookie notice", "pop-up"]);
/**
 * Only these furniture words are also used for page layout ("grid--adrail", "with-sidebar") or for the story's
 * own text (`<div class="paywall">` around the paragraphs past the fold).
 */
const LAYOUT_REASONS: ReadonlySet<string> = new Set(["sidebar", "advertisement", "pop-up", "paywall prompt"]);
/** A sibling of the core joins the article when it holds this share of the core's prose… */
const SIBLING_PROSE_SHARE = 0.1;
/** …and is no denser in links than this (teaser lists are headline links with summaries). */
const SIBLING_MAX_LINK_DENSITY = 0.25;
/** A lone paragraph beside the core joins with this many characters and few links. */
const SIBLING_PARAGRAPH_CHARS = 80;
/** A card: at most this many blocks, at most this many of them prose, within this many levels of a block. */
const CARD_BLOCKS = 4;
const CARD_PROSE_BLOCKS = 2;
const CARD_DEPTH = 3;
/** Teaser summaries weigh against an element like furniture, at this share of their length. */
const TEASER_WEIGHT = 0.5;
/** Teaser summaries are a sentence or two: a longer block of prose is a story's own text, even in a small box. */
const TEASER_MAX_CHARS = 400;

export interface Selection {
  /** The elements that hold the article (the core and the siblings that continue it); empty when none. */
  containers: ReadonlySet<ParentNode>;
  /** The core's prose characters weighted by nearness and link density; 0 when nothing reads as prose. */
  score: number;
  /** Marks that count: page wrappers and layout names with furniture-like words are dropped. */
  marksInForce: (block: Block) => readonly Mark[];
}

interface Tally {
  /** Net value of the blocks inside (see blockValue), teaser prose counted as furniture. */
  net: number;
  chars: number;
  linkChars: number;
  prose: number;
  concentration: number;
}

/** Weight of a paragraph's characters for an ancestor `distance` levels above the paragraph's owner. */
function nearness(distance: number): number {
  if (distance <= 1) return 1;
  if (distance === 2) return 0.5;
  return 1 / (3 * (distance - 1));
}

/**
 * Marks that do not count. A mark on an element holding most of the page's prose is a page wrapper
 * (`<div id="page-with-sidebar">`); a sidebar or ad word on an element holding paragraphs of prose is a
 * layout name (`grid--adrail`), since such boxes hold links, labels and a sentence or two. Comment
 * threads and cookie notices keep their mark whatever they hold.
 */
function ignoredMarks(blocks: readonly Block[]): Set<ParentNode> {
  const proseIn = new Map<ParentNode, number>();
  let total = 0;
  for (const block of blocks) {
    const prose = isProse(block) ? block.text.length - block.linkChars : 0;
    // Prose of overlays (cookie notices, login pop-ups) and comment threads is not the page's to share out.
    if (!block.marks.some((mark) => OVERLAY_REASONS.has(mark.reason))) total += prose;
    for (const mark of block.marks) {
      proseIn.set(mark.element, (proseIn.get(mark.element) ?? 0) + prose);
    }
  }
  const ignored = new Set<ParentNode>();
  for (const block of blocks) {
    for (const mark of block.marks) {
      if (ALWAYS_FURNITURE.has(mark.reason)) continue;
      const prose = proseIn.get(mark.element) ?? 0;
      const wrapper = prose > WRAPPER_PROSE_SHARE * total;
      const layoutName = !mark.byTag && LAYOUT_REASONS.has(mark.reason) && prose >= LAYOUT_PROSE_CHARS;
      if (wrapper || layoutName) ignored.add(mark.element);
    }
  }
  return ignored;
}

interface Counts {
  blocks: number;
  linkBlocks: number;
  proseBlocks: number;
}

/** Block counts per element, for telling teaser cards (a headline link and a summary) from paragraphs. */
function countBlocks(blocks: readonly Block[]): Map<ParentNode, Counts> {
  const byNode = new Map<ParentNode, Counts>();
  for (const block of blocks) {
    const link = linkDensity(block) > MAX_LINK_DENSITY ? 1 : 0;
    const prose = isProse(block) ? 1 : 0;
    let depth = 0;
    for (let node: ParentNode | null = block.owner; node !== null && depth <= CARD_DEPTH; node = node.parent, depth++) {
      const counts = byNode.get(node) ?? { blocks: 0, linkBlocks: 0, proseBlocks: 0 };
      counts.blocks++;
      counts.linkBlocks += link;
      counts.proseBlocks += prose;
      byNode.set(node, counts);
    }
  }
  return byNode;
}

/**
 * A teaser: prose whose smallest enclosing group of blocks is a card — a few blocks, one of them a
 * link (the headline) — as in "more stories" lists, whose summaries read like paragraphs.
 */
function isTeaser(block: Block, counts: ReadonlyMap<ParentNode, Counts>): boolean {
  if (block.text.length - block.linkChars > TEASER_MAX_CHARS) return false;
  let depth = 0;
  for (let node: ParentNode | null = block.owner; node !== null && depth <= CARD_DEPTH; node = node.parent, depth++) {
    const group = counts.get(node);
    if (group === undefined || group.blocks < 2) continue;
    return group.blocks <= CARD_BLOCKS && group.linkBlocks >= 1 && group.proseBlocks <= CARD_PROSE_BLOCKS;
  }
  return false;
}

function tallies(blocks: readonly Block[], marksInForce: (block: Block) => readonly Mark[]): Map<ParentNode, Tally> {
  const counts = countBlocks(blocks);
  const byNode = new Map<ParentNode, Tally>();
  for (const block of blocks) {
    const counted = marksInForce(block).length === 0 && isProse(block) && !isTeaser(block, counts);
    const prose = counted ? block.text.length - block.linkChars : 0;
    const net =
      counted || !isProse(block) ? blockValue(block, marksInForce(block)) : -TEASER_WEIGHT * block.text.length;
    let distance = 0;
    for (let node: ParentNode | null = block.owner; node !== null; node = node.parent, distance++) {
      let tally = byNode.get(node);
      if (tally === undefined) {
        tally = { net: 0, chars: 0, linkChars: 0, prose: 0, concentration: 0 };
        byNode.set(node, tally);
      }
      tally.net += net;
      tally.chars += block.text.length;
      tally.linkChars += block.linkChars;
      tally.prose += prose;
      tally.concentration += prose * nearness(distance);
    }
  }
  return byNode;
}

const density = (tally: Tally): number => (tally.chars === 0 ? 0 : tally.linkChars / tally.chars);

/**
 * Picks the article in three steps. The core is the element nearest to the most prose, after readability
 * (a paragraph's characters count fully for its parent, half for the grandparent, less above), weighed
 * down by its link density; teaser summaries and marked furniture count for nothing. The core then grows
 * to the ancestor whose blocks add up to the most prose net of furniture, link lists and teasers. Last,
 * that element's siblings that continue it (much prose, few links, no furniture mark) join it, with what
 * lies between them (subheadings, a pull quote).
 *
 * @example selectArticle(pageBlocks(parseDocument(html)).blocks).containers
 */
export function selectArticle(blocks: readonly Block[]): Selection {
  const ignored = ignoredMarks(blocks);
  const marksInForce = (block: Block): readonly Mark[] =>
    ignored.size === 0 ? block.marks : block.marks.filter((mark) => !ignored.has(mark.element));
  const byNode = tallies(blocks, marksInForce);
  let core: ParentNode | null = null;
  let score = 0;
  for (const [node, tally] of byNode) {
    const value = tally.concentration * (1 - density(tally));
    if (value > score) {
      core = node;
      score = value;
    }
  }
  if (core === null) return { containers: new Set(), score: 0, marksInForce };
  // Grow from the core to the ancestor whose blocks add up to the most prose net of furniture, link
  // lists and teasers: past a small ad box between two halves of a story, not into a sidebar.
  let best = core;
  let bestNet = byNode.get(core)?.net ?? 0;
  for (let node = core.parent; node !== null; node = node.parent) {
    const net = byNode.get(node)?.net ?? 0;
    if (net > bestNet) {
      best = node;
      bestNet = net;
    }
  }
  return { containers: withSiblings(best, byNode, blocks, marksInForce), score, marksInForce };
}

function withSiblings(
  core: ParentNode,
  byNode: ReadonlyMap<ParentNode, Tally>,
  blocks: readonly Block[],
  marksInForce: (block: Block) => readonly Mark[],
): Set<ParentNode> {
  const parent = core.parent;
  const coreTally = byNode.get(core);
  if (parent === null || coreTally === undefined) return new Set([core]);
  const markedSiblings = new Set<ParentNode>();
  const blockOf = new Map<ParentNode, Block>();
  for (const block of blocks) {
    if (block.owner.parent !== parent) continue;
    blockOf.set(block.owner, block);
    if (marksInForce(block).some((mark) => mark.element === block.owner)) markedSiblings.add(block.owner);
  }
  const siblings = parent.children.filter((child): child is ParentNode & typeof child =>
    byNode.has(child as ParentNode),
  );
  const joins = (node: ParentNode): boolean => {
    if (node === core) return true;
    const tally = byNode.get(node);
    if (tally === undefined || markedSiblings.has(node)) return false;
    if (tally.prose >= SIBLING_PROSE_SHARE * coreTally.prose && density(tally) <= SIBLING_MAX_LINK_DENSITY) return true;
    const block = blockOf.get(node);
    if (block === undefined || tally.chars !== block.text.length) return false;
    if (HEADING_TAGS.has(block.tag)) return false;
    const links = linkDensity(block);
    return (
      (block.text.length >= SIBLING_PARAGRAPH_CHARS && links < SIBLING_MAX_LINK_DENSITY) ||
      (links === 0 && isProse(block) && ENDS_LIKE_SENTENCE.test(block.text))
    );
  };
  const joined = siblings.map((node) => joins(node as ParentNode));
  const first = joined.indexOf(true);
  const last = joined.lastIndexOf(true);
  const containers = new Set<ParentNode>();
  siblings.forEach((node, i) => {
    const between = i > first && i < last && !markedSiblings.has(node as ParentNode);
    if (joined[i] === true || between) containers.add(node as ParentNode);
  });
  return containers;
}
