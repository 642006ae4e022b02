import type { ParentNode } from "domhandler";
import { isProse, linkDensity } from "./blockValue.js";
import type { Block, Mark } from "./pageBlocks.js";
import { ENDS_LIKE_SENTENCE, HEADING_TAGS } from "./pagePatterns.js";

/** A furniture mark on an element holding more than this share of the page's prose is a page wrapper. */
const WRAPPER_PROSE_SHARE = 0.5;
/** A class-word mark on an element with this much prose, making up this share of its text, is a layout name. */
const LAYOUT_PROSE_CHARS = 500;
const LAYOUT_PROSE_SHARE = 0.6;
/** A sibling of the core joins the article when it holds this share of the core's prose… */
const SIBLING_PROSE_SHARE = 0.2;
/** …and is no denser in links than this (teaser lists are headline links with summaries). */
const SIBLING_MAX_LINK_DENSITY = 0.25;
/** A lone paragraph beside the core joins with this many characters and few links. */
const SIBLING_PARAGRAPH_CHARS = 80;
/** The core stands for its parent when it holds this share of the parent's text. */
const WHOLE_PARENT_SHARE = 0.85;

export interface Selection {
  /** The elements that hold the article (the core and the siblings that continue it); empty when none. */
  containers: ReadonlySet<ParentNode>;
  /** The core's prose characters weighted by nearness and link density; 0 when nothing reads as prose. */
  score: number;
  /** Marks that count: page wrappers and layout names with furniture-like words are dropped. */
  marksInForce: (block: Block) => readonly Mark[];
}

interface Tally {
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

function tallies(blocks: readonly Block[], marksInForce: (block: Block) => readonly Mark[]): Map<ParentNode, Tally> {
  const byNode = new Map<ParentNode, Tally>();
  for (const block of blocks) {
    const prose = marksInForce(block).length === 0 && isProse(block) ? block.text.length - block.linkChars : 0;
    let distance = 0;
    for (let node: ParentNode | null = block.owner; node !== null; node = node.parent, distance++) {
      let tally = byNode.get(node);
      if (tally === undefined) {
        tally = { chars: 0, linkChars: 0, prose: 0, concentration: 0 };
        byNode.set(node, tally);
      }
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
 * Picks the article in two steps, after readability: the core is the element nearest to the most prose
 * (a paragraph's characters count fully for its parent, half for the grandparent, less above), weighed
 * down by its link density; then the core's siblings that continue it (much prose, few links, no
 * furniture mark) join it, with what lies between them (subheadings, a pull quote).
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
  // Climb while the core is (nearly) all of its parent: an article wrapped in lone-child divs is joined
  // by its siblings at the level where it has some (NYT's story-body columns).
  for (let parent = core.parent; parent !== null; parent = core.parent) {
    const coreChars = byNode.get(core)?.chars ?? 0;
    if (coreChars < WHOLE_PARENT_SHARE * (byNode.get(parent)?.chars ?? 0)) break;
    core = parent;
  }
  return { containers: withSiblings(core, byNode, blocks, marksInForce), score, marksInForce };
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
  const siblings = parent.children.filter((child): child is ParentNode & typeof child => byNode.has(child as ParentNode));
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
