import type { Removed } from "../../article.js";
import { SETEXT_UNDERLINE, stripMarkdownLine } from "./stripMarkdown.js";

/** One non-empty input line, Markdown stripped, with what the layout around it says. */
export interface Line {
  /** Position among the input lines; orders `removed`. */
  index: number;
  text: string;
  /** A blank line (or the start of the input) comes before it. */
  blankBefore: boolean;
  /** Markdown heading level, 0 for none. */
  heading: number;
  /** The whole line was a Markdown link. */
  linkOnly: boolean;
  /** Starts with a list marker ("•", "-", "*", "1."). */
  bullet: boolean;
  /** A separator line ("-", "—") was removed just before it: a mark of related-link blocks. */
  separatorBefore: boolean;
}

export interface RemovedAt extends Removed {
  /** Line index the piece came from, to keep `removed` in document order. */
  at: number;
}

/** A list marker and its space: "•", "-", "*", "+", "·", "▪", "►", "1.", "2)". Dashes also open quoted speech. */
export const LIST_MARKER = /^(?:[-*+•·▪►◦‣–—]|\d{1,2}[.)])\s+/u;

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;
const SPACE_RUN = / {2,}/gu;

/**
 * Normalises line ends, invisible characters and spaces, strips Markdown, and returns the non-empty lines.
 * Images and link definitions go to `removed`.
 *
 * @example splitLines("Title\n\nBody.", []).map((l) => l.text) // ["Title", "Body."]
 */
export function splitLines(input: string, removed: RemovedAt[]): Line[] {
  const raw = input.replace(/\r\n?|[\u2028\u2029\v\f]/gu, "\n").split("\n");
  const lines: Line[] = [];
  let blank = true;
  raw.forEach((rawLine, index) => {
    const cleaned = rawLine.replace(INVISIBLE, "").replace(ODD_SPACE, " ");
    if (SETEXT_UNDERLINE.test(cleaned) && !blank) {
      const previous = lines.at(-1);
      if (previous) previous.heading = 1;
      return;
    }
    const md = stripMarkdownLine(cleaned);
    for (const image of md.images) removed.push({ at: index, text: image, reason: "image" });
    if (md.definition) removed.push({ at: index, text: cleaned.trim(), reason: "link definition" });
    const text = md.text.replace(SPACE_RUN, " ").trim();
    if (text === "") {
      // A line that held only an image is not a paragraph break.
      if (md.images.length === 0 && !md.definition) blank = true;
      return;
    }
    lines.push({
      index,
      text,
      blankBefore: blank,
      heading: md.heading,
      linkOnly: md.linkOnly,
      bullet: LIST_MARKER.test(text),
      separatorBefore: false,
    });
    blank = false;
  });
  return lines;
}
