import type { ParentNode } from "domhandler";
import type { Removed } from "../../article.js";
import { FURNITURE_PATTERNS, MAX_FURNITURE_WORDS } from "../clean/boilerplatePatterns.js";
import { linkDensity, MAX_LINK_DENSITY } from "./blockValue.js";
import type { Block, Mark } from "./pageBlocks.js";
import type { Selection } from "./selectArticle.js";

/** Removed pieces kept at most, and characters kept of each: `removed` explains, it does not archive. */
export const MAX_REMOVED = 60;
export const MAX_REMOVED_CHARS = 300;
/** Blocks inside an article's <header> shorter than this are bylines, dates and kickers. */
const HEADER_LINE_CHARS = 120;

export interface Rendered {
  paragraphs: string[];
  removed: Removed[];
}

/** Why a block inside the article is not article text, or null to keep it. */
function dropReason(block: Block, innerMarks: readonly Mark[]): string | null {
  const mark = innerMarks[0];
  if (mark !== undefined) return mark.reason;
  if (block.tag === "h1") return "title";
  if (block.inFigure) return "image caption";
  if (linkDensity(block) > MAX_LINK_DENSITY) return block.tag === "li" ? "related links" : "link list";
  if (block.inHeader && block.text.length < HEADER_LINE_CHARS) return "header";
  if (block.text.split(" ").length <= MAX_FURNITURE_WORDS) {
    for (const [pattern, reason] of FURNITURE_PATTERNS) if (pattern.test(block.text)) return reason;
  }
  return null;
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

function cap(text: string): string {
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
      removed.add(innerMarks[0]?.element ?? block.owner, reason, block.text);
      continue;
    }
    if (seen.has(block.text)) {
      removed.add(block.owner, "duplicate", block.text);
      continue;
    }
    seen.add(block.text);
    paragraphs.push(block.text);
  }
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
