import type { AnyNode, Document, Element, ParentNode } from "domhandler";
import {
  BLOCK_TAGS,
  CONTENT_HINT,
  EMBED_HINT,
  FURNITURE_HINTS,
  FURNITURE_TAG_REASON,
  HIDDEN_STYLE,
  NON_ROLE_CLASS_TOKEN,
  SKIPPED_TAGS,
  WHITESPACE_RUN,
} from "./pagePatterns.js";

/** An element that marks its subtree as page furniture, and why. */
export interface Mark {
  element: Element;
  reason: string;
  /** Marked by tag (nav, aside, footer) rather than by a class/id word. */
  byTag: boolean;
}

/**
 * A run of text between block boundaries, owned by its nearest block-level element. Lines broken by
 * <br> stay in one block (a poem, an address, a blog post typed with line breaks), joined by "\n".
 */
export interface Block {
  /** The nearest block-level element, or the document for text outside any. */
  owner: ParentNode;
  /** Tag of the owner: p, li, h2, td, div… ("#root" for the document). */
  tag: string;
  text: string;
  /** Characters of `text` inside links. */
  linkChars: number;
  /** Furniture marks on the ancestors, outermost first. */
  marks: readonly Mark[];
  /** Inside a <header> element. */
  inHeader: boolean;
  /** Inside a <figure> or <figcaption>. */
  inFigure: boolean;
}

export interface PageBlocks {
  blocks: Block[];
  /** Texts of the page's `application/ld+json` scripts. */
  jsonLd: string[];
  /** The walk stopped at the element budget or depth limit. */
  truncated: boolean;
  /** The page has <noscript> elements (skipped unless `readNoscript`). */
  hasNoscript: boolean;
}

export interface PageBlocksOptions {
  /**
   * Read the contents of <noscript> elements as page text. Off by default (they hold "enable JavaScript"
   * notes and tracking pixels); on for pages whose scripts render the story and whose only copy of it
   * for readers without scripts is in <noscript> (Blogger's `<script type="text/template">` posts).
   */
  readNoscript?: boolean;
}

/** Pages deeper than this are hostile or broken; deeper nodes are not read (keeps recursion bounded). */
export const MAX_DEPTH = 256;
/** Elements read at most (readability's maxElemsToParse idea): the rest of a huge page is not read. */
export const MAX_ELEMENTS = 60_000;

const NO_MARKS: readonly Mark[] = [];
const SHARE_REASON = "share/subscribe call to action";
/** A <noscript> this short that names JavaScript is a notice, not a copy of the page. */
const SCRIPT_NOTICE_CHARS = 400;
const SCRIPT_NOTICE = /javascript|\bjs\b/iu;
/** Stands for a <br> while a block's text is gathered (a private-use character: never in real text). */
const LINE_BREAK = "\ue000";

function markOf(element: Element): Mark | null {
  const byTag = FURNITURE_TAG_REASON.get(element.name);
  if (byTag !== undefined) return { element, reason: byTag, byTag: true };
  const role = element.attribs["role"];
  if (role === "navigation" || role === "menu" || role === "menubar") {
    return { element, reason: "navigation", byTag: true };
  }
  if (role === "complementary") return { element, reason: "sidebar", byTag: true };
  if (role === "contentinfo") return { element, reason: "footer", byTag: true };
  if (element.name === "body" || element.name === "html" || element.name === "article" || element.name === "main") {
    return null;
  }
  const words = `${element.attribs["class"] ?? ""} ${element.attribs["id"] ?? ""}`
    .toLowerCase()
    .replace(NON_ROLE_CLASS_TOKEN, " ");
  if (words.length < 3) return null;
  for (const [pattern, reason] of FURNITURE_HINTS) {
    if (pattern.test(words)) {
      // "article-share" is furniture, "article-body share-enabled" is not: content words win unless the
      // class names comments (a comment thread is full of content words).
      if (reason !== "comments" && CONTENT_HINT.test(words)) return null;
      if (reason === SHARE_REASON && EMBED_HINT.test(words)) return null;
      return { element, reason, byTag: false };
    }
  }
  return null;
}

function isHidden(element: Element): boolean {
  const attribs = element.attribs;
  if (attribs["hidden"] !== undefined) return true;
  if (attribs["aria-hidden"] === "true") return true;
  const style = attribs["style"];
  return style !== undefined && HIDDEN_STYLE.test(style.toLowerCase());
}

/**
 * Cuts a parsed page into text blocks in document order, skipping scripts, hidden elements and form
 * controls, and noting on each block the furniture marks of its ancestors.
 */
export function pageBlocks(root: Document, options: PageBlocksOptions = {}): PageBlocks {
  const readNoscript = options.readNoscript ?? false;
  let hasNoscript = false;
  const blocks: Block[] = [];
  const jsonLd: string[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let elements = 0;
  let truncated = false;

  const flush = (owner: ParentNode, marks: readonly Mark[], inHeader: boolean, inFigure: boolean): void => {
    if (parts.length === 0) return;
    const raw = parts.join("");
    parts = [];
    // Most blocks have no <br>: collapse them in one pass, without splitting into lines.
    const text = raw.includes(LINE_BREAK)
      ? raw
          .split(LINE_BREAK)
          .map((line) => line.replace(WHITESPACE_RUN, " ").trim())
          .filter((line) => line !== "")
          .join("\n")
      : raw.replace(WHITESPACE_RUN, " ").trim();
    const links = Math.min(linkChars, text.length);
    linkChars = 0;
    if (text === "") return;
    blocks.push({
      owner,
      tag: owner.type === "tag" ? owner.name : "#root",
      text,
      linkChars: links,
      marks,
      inHeader,
      inFigure,
    });
  };

  const visit = (
    node: AnyNode,
    owner: ParentNode,
    marks: readonly Mark[],
    inHeader: boolean,
    inFigure: boolean,
    depth: number,
  ): void => {
    if (node.type === "text") {
      const data = (node as { data: string }).data;
      parts.push(data);
      if (linkDepth > 0) linkChars += data.replace(WHITESPACE_RUN, " ").length;
      return;
    }
    if (node.type === "script") {
      const script = node as Element;
      if ((script.attribs["type"] ?? "").toLowerCase().includes("ld+json")) jsonLd.push(textOf(script));
      return;
    }
    if (node.type !== "tag" && node.type !== "root") return;
    if (depth > MAX_DEPTH || elements >= MAX_ELEMENTS) {
      truncated = true;
      return;
    }
    if (node.type === "root") {
      for (const child of (node as ParentNode).children) visit(child, owner, marks, inHeader, inFigure, depth + 1);
      flush(owner, marks, inHeader, inFigure);
      return;
    }
    const element = node as Element;
    elements++;
    const name = element.name;
    if (name === "noscript") {
      hasNoscript = true;
      if (!readNoscript || isScriptNotice(element)) return;
    } else if (SKIPPED_TAGS.has(name) || isHidden(element)) {
      return;
    }
    if (name === "br") {
      parts.push(LINE_BREAK);
      return;
    }
    const isBlock = BLOCK_TAGS.has(name);
    if (!isBlock) {
      const isLink = name === "a";
      if (isLink) linkDepth++;
      for (const child of element.children) visit(child, owner, marks, inHeader, inFigure, depth + 1);
      if (isLink) linkDepth--;
      // Inline images and the like still separate words.
      if (name === "img" || name === "wbr") parts.push(" ");
      return;
    }
    flush(owner, marks, inHeader, inFigure);
    const mark = markOf(element);
    const innerMarks = mark === null ? marks : [...marks, mark];
    const innerHeader = inHeader || name === "header";
    const innerFigure = inFigure || name === "figure" || name === "figcaption";
    for (const child of element.children) visit(child, element, innerMarks, innerHeader, innerFigure, depth + 1);
    flush(element, innerMarks, innerHeader, innerFigure);
  };

  visit(root, root, NO_MARKS, false, false, 0);
  return { blocks, jsonLd, truncated, hasNoscript };
}

/**
 * A <noscript> that only asks for scripts: short, and naming JavaScript ("Please enable JavaScript to use
 * this site"). Its text is gathered only up to the length that decides it.
 */
function isScriptNotice(element: Element): boolean {
  let text = "";
  const gather = (node: AnyNode, depth: number): void => {
    if (text.length > SCRIPT_NOTICE_CHARS || depth > MAX_DEPTH) return;
    if (node.type === "text") text += (node as { data: string }).data;
    else if (node.type === "tag") for (const child of (node as Element).children) gather(child, depth + 1);
  };
  gather(element, 0);
  return text.length <= SCRIPT_NOTICE_CHARS && SCRIPT_NOTICE.test(text);
}

function textOf(element: Element): string {
  return element.children.map((child) => (child.type === "text" ? (child as { data: string }).data : "")).join("");
}
