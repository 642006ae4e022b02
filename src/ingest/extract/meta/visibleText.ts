import { collapse } from "./metaTags.js";

/** Elements whose text is not shown. */
const HIDDEN = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON"]);
/** Inline formatting that sits inside a word or name: no space is added around it. */
const INLINE = new Set(["B", "I", "EM", "STRONG", "U", "SMALL", "SUP", "SUB", "MARK", "ABBR", "WBR"]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The text of an element as a reader sees it: hidden parts left out, a space between elements that are laid out
 * apart (`<span>Jane Doe</span><span>Reporter</span>` reads "Jane Doe Reporter", not "Jane DoeReporter").
 *
 * @example visibleText(document.querySelector(".byline")) // "By Jane Doe Reporter"
 */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  collect(element, parts);
  return collapse(parts.join(""));
}

function collect(node: Node, into: string[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE) into.push(child.nodeValue ?? "");
    else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).tagName.toUpperCase();
      if (HIDDEN.has(tag)) continue;
      const spaced = !INLINE.has(tag);
      if (spaced) into.push(" ");
      collect(child, into);
      if (spaced) into.push(" ");
    }
  }
}
