import type { AnyNode, Document as HtmlDocument, Element } from "domhandler";
import { parseHTML } from "linkedom";
import { MAX_DEPTH, MAX_ELEMENTS } from "./pageBlocks.js";

/** Subtrees the metadata reader never needs: they only cost DOM nodes. */
const DROPPED_FOR_META: ReadonlySet<string> = new Set([
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "select",
  "textarea",
  "button",
]);

const VOID_TAGS: ReadonlySet<string> = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Attributes the metadata reader looks at; the rest (data-*, style, src…) only cost DOM nodes. */
const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set([
  "class",
  "id",
  "name",
  "property",
  "content",
  "itemprop",
  "itemscope",
  "itemtype",
  "http-equiv",
  "charset",
  "lang",
  "xml:lang",
  "rel",
  "href",
  "datetime",
  "pubdate",
  "role",
  "type",
  "title",
  "hidden",
]);

/** Elements whose whitespace-only text between child elements never separates words a reader sees. */
const LAYOUT_PARENTS: ReadonlySet<string> = new Set([
  "html",
  "head",
  "body",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "nav",
  "aside",
  "ul",
  "ol",
  "dl",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "form",
  "figure",
]);

/** Inline formatting: whitespace next to it can separate words ("<b>Jane</b> <i>Doe</i>"). */
const INLINE_FORMATTING: ReadonlySet<string> = new Set([
  "a",
  "b",
  "i",
  "em",
  "strong",
  "u",
  "small",
  "span",
  "sup",
  "sub",
  "mark",
  "abbr",
  "time",
  "cite",
]);

const isInline = (node: AnyNode | null): boolean =>
  node !== null && node.type === "tag" && INLINE_FORMATTING.has((node as Element).name);

/** Whitespace between two block-level children of a layout element: dropping it changes no visible text. */
function isLayoutWhitespace(node: AnyNode, data: string): boolean {
  if (data.trim() !== "") return false;
  const parent = node.parent;
  if (parent === null || parent.type !== "tag" || !LAYOUT_PARENTS.has((parent as Element).name)) return false;
  return !isInline(node.prev) && !isInline(node.next);
}

const escapeText = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string): string => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** Whether a script carries data the metadata reader reads (JSON-LD), not code. */
function isDataScript(element: Element): boolean {
  return (element.attribs["type"] ?? "").toLowerCase().includes("ld+json");
}

interface Budget {
  elements: number;
}

function serialise(node: AnyNode, out: string[], depth: number, budget: Budget): void {
  if (depth > MAX_DEPTH || budget.elements <= 0) return;
  if (node.type === "text") {
    const data = (node as { data: string }).data;
    if (isLayoutWhitespace(node, data)) return;
    // Other whitespace: one space keeps words apart at a fraction of the size.
    out.push(data.trim() === "" ? " " : escapeText(data));
    return;
  }
  if (node.type === "root") {
    for (const child of (node as HtmlDocument).children) serialise(child, out, depth + 1, budget);
    return;
  }
  if (node.type !== "tag" && node.type !== "script" && node.type !== "style") return;
  const element = node as Element;
  budget.elements--;
  const name = element.name;
  if (DROPPED_FOR_META.has(name) || (name === "script" && !isDataScript(element))) return;
  out.push("<", name);
  for (const [key, value] of Object.entries(element.attribs)) {
    if (KEPT_ATTRIBUTES.has(key)) out.push(" ", key, '="', escapeAttribute(value), '"');
  }
  out.push(">");
  if (VOID_TAGS.has(name)) return;
  if (name === "script") {
    // Raw text: no escaping, but a closing tag inside would end it early.
    for (const child of element.children) {
      if (child.type === "text") out.push((child as { data: string }).data.replace(/<\/script/giu, "<\\/script"));
    }
  } else {
    for (const child of element.children) serialise(child, out, depth + 1, budget);
  }
  out.push("</", name, ">");
}

/**
 * A DOM Document for the metadata reader, rebuilt from the parsed page without scripts (JSON-LD kept),
 * styles, SVG, media, layout whitespace and attributes it never reads: a linkedom DOM of the whole page
 * costs more than the body extraction itself. Bounded like the body walk (depth and element budget).
 * On the AEB pages readHtmlMeta gives the same result on it as on a full linkedom DOM.
 */
export function metaDocument(page: HtmlDocument): Document {
  const out: string[] = [];
  serialise(page, out, 0, { elements: MAX_ELEMENTS });
  return parseHTML(out.join("")).document as unknown as Document;
}
