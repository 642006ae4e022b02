import type { ParentNode } from "domhandler";
import type { Removed } from "../../article.js";
import { FURNITURE_PATTERNS, MAX_FURNITURE_WORDS } from "../clean/boilerplatePatterns.js";
import { isProse, linkDensity, MAX_LINK_DENSITY } from "./blockValue.js";
import { hasAtMostWords, noticeParagraph, pageFurnitureLine } from "./furnitureLines.js";
import type { Block, Mark } from "./pageBlocks.js";
import { HEADING_TAGS } from "./pagePatterns.js";
import type { Selection } from "./selectArticle.js";

/** Removed pieces kept at most, and characters kept of each: `removed` explains, it does not archive. */
export const MAX_REMOVED = 60;
export const MAX_REMOVED_CHARS = 300;
/** Blocks inside an article's <header> shorter than this are bylines, dates and kickers. */
const HEADER_LINE_CHARS = 120;
/** Non-prose blocks shorter than this before the article's first prose are trimmed. */
const EDGE_LINE_CHARS = 100;
/** A line this short just before a dropped link list or furniture box is that box's label. */
const LIST_LABEL_CHARS = 60;
/** A line ending like a sentence (not a colon) is text, not a label. */
const ENDS_LIKE_SENTENCE_ONLY = /[.!?。！？"”’)»]$/u;

export interface Rendered {
  paragraphs: string[];
  removed: Removed[];
}

/** Why a line of text is page furniture (a share button, a rating prompt, an ad label), or null. */
function furnitureLine(text: string): string | null {
  if (hasAtMostWords(text, MAX_FURNITURE_WORDS)) {
    for (const [pattern, reason] of FURNITURE_PATTERNS) if (pattern.test(text)) return reason;
  }
  return pageFurnitureLine(text) ?? noticeParagraph(text);
}

/** Why a block inside the article is not article text, or null to keep it. */
function dropReason(block: Block, innerMarks: readonly Mark[]): string | null {
  const mark = innerMarks[0];
  if (mark !== undefined) return mark.reason;
  if (block.tag === "h1") return "title";
  if (block.inFigure) return "image caption";
  if (linkDensity(block) > MAX_LINK_DENSITY) return block.tag === "li" ? "related links" : "link list";
  if (block.inHeader && block.text.length < HEADER_LINE_CHARS) return "header";
  return furnitureLine(block.text);
}

/**
 * A subheading left at the article's end, with nothing of the article after it ("Weitere Informationen",
 * "Kontakt") — the section it introduced was dropped. (A short line ending in a colon stays: it often
 * introduces an embedded post or gallery that is not text.)
 */
function isTrailingHeading(block: Block): boolean {
  return HEADING_TAGS.has(block.tag) && block.text.length <= LIST_LABEL_CHARS;
}

/** A short line that introduces what follows ("Related Tags:", "You might also like", "Weitere Artikel"). */
function isListLabel(block: Block): boolean {
  // A label is one line: lines broken by <br> are an address, a poem, a list typed by hand.
  if (block.text.includes("\n")) return false;
  return block.text.length <= LIST_LABEL_CHARS && !isProse(block) && !ENDS_LIKE_SENTENCE_ONLY.test(block.text);
}

/** Collects removed text by region and reason, capped in count and size. */
class RemovedLog {
  readonly entries: Removed[] = [];
  private last: { key: unknown; entry: Removed } | null = null;

  add(key: unknown, reason: string, text: string): void {
    if (this.last !== null && this.last.key === key && this.last.entry.reason === reason) {
      const entry = this.last.entry;
      if (entry.text.length < MAX_REMOVED_CHARS) entry.text = cap(`${entry.text} ${text}`);
      return;
    }
    if (this.entries.length >= MAX_REMOVED) return;
    const entry = { text: cap(text), reason };
    this.entries.push(entry);
    this.last = { key, entry };
  }
}

function cap(lines: string): string {
  const text = lines.replaceAll("\n", " ");
  return text.length <= MAX_REMOVED_CHARS ? text : `${text.slice(0, MAX_REMOVED_CHARS - 1)}…`;
}

/**
 * The article's paragraphs: the container's blocks minus titles, link lists, furniture inside it and
 * repeated blocks. Everything else on the page is logged as removed, one entry per top-level region
 * outside the article (the ancestor's child it hangs from) and per dropped block inside it.
 */
export function renderArticle(blocks: readonly Block[], selection: Selection): Rendered {
  const { containers } = selection;
  const removed = new RemovedLog();
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  const kept: Block[] = [];
  const pathToContainer = new Set<ParentNode>();
  for (const container of containers) {
    for (let node: ParentNode | null = container; node !== null; node = node.parent) pathToContainer.add(node);
  }

  for (const block of blocks) {
    const region = regionOutside(block.owner, containers, pathToContainer);
    const marks = selection.marksInForce(block);
    if (region !== null) {
      const reason = marks[0]?.reason ?? (linkDensity(block) > MAX_LINK_DENSITY ? "link list" : "outside article");
      removed.add(region, reason, block.text);
      continue;
    }
    const innerMarks = marks.filter((mark) => !pathToContainer.has(mark.element));
    const reason = dropReason(block, innerMarks);
    if (reason !== null) {
      const label = kept.at(-1);
      if (label !== undefined && reason !== "title" && isListLabel(label)) {
        kept.pop();
        removed.add(label.owner, `label of ${reason}`, label.text);
      }
      removed.add(innerMarks[0]?.element ?? block.owner, reason, block.text);
      continue;
    }
    if (seen.has(block.text)) {
      removed.add(block.owner, "duplicate", block.text);
      continue;
    }
    seen.add(block.text);
    kept.push(block);
  }
  // Short lines before the first paragraph of prose are kickers, bylines and dates: the story's own text
  // starts with prose. (Its end may be a list or a sign-off, so the tail is not trimmed.)
  const first = kept.findIndex(isProse);
  for (
    let last = kept.at(-1);
    last !== undefined && last !== kept[first] && isTrailingHeading(last);
    last = kept.at(-1)
  ) {
    kept.pop();
    removed.add(last.owner, "subheading at the article's end", last.text);
  }
  kept.forEach((block, i) => {
    if (first >= 0 && i < first && block.text.length < EDGE_LINE_CHARS) {
      removed.add(block.owner, "byline, date or label at the article's edge", block.text);
      return;
    }
    if (!block.text.includes("\n")) {
      paragraphs.push(block.text);
      return;
    }
    // Lines broken by <br> are checked one by one: a rating prompt can share a block with its vote count.
    for (const line of block.text.split("\n")) {
      const reason = pageFurnitureLine(line);
      if (reason === null) paragraphs.push(line);
      else removed.add(block.owner, reason, line);
    }
  });
  return { paragraphs, removed: removed.entries };
}

/**
 * For a block outside the container, the top-level region it belongs to (the child of an element on the
 * container's path that holds it); null for a block inside the container.
 */
function regionOutside(
  owner: ParentNode,
  containers: ReadonlySet<ParentNode>,
  path: ReadonlySet<ParentNode>,
): ParentNode | null {
  let child: ParentNode = owner;
  for (let node: ParentNode | null = owner; node !== null; child = node, node = node.parent) {
    if (containers.has(node)) return null;
    if (path.has(node)) return child === node ? node : child;
  }
  return child;
}
