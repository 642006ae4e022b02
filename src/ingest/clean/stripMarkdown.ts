/** `![alt](src "title")`: an image, removed with its alt text kept in `removed`. */
export const MARKDOWN_IMAGE = /!\[([^\]\n]*)\]\(\s*<?[^)\s>]*>?(?:\s+["'(][^\n]*?["')])?\s*\)/gu;
/** `[text](href "title")`: a link, replaced by its text. */
export const MARKDOWN_LINK = /\[([^\]\n]+)\]\(\s*<?[^)\s>]*>?(?:\s+["'(][^\n]*?["')])?\s*\)/gu;
/** `[text][ref]` reference link, replaced by its text. */
export const MARKDOWN_REFERENCE_LINK = /\[([^\]\n]+)\]\[[^\]\n]*\]/gu;
/** `[ref]: https://…` link definition line. */
export const MARKDOWN_LINK_DEFINITION = /^\s{0,3}\[[^\]\n]+\]:\s*\S+(?:\s+["'(].*["')])?\s*$/u;
/** `## Heading` (ATX). */
export const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/u;
/** `====` under a line: that line is a level-1 heading (setext). */
export const SETEXT_UNDERLINE = /^\s{0,3}=+\s*$/u;
/** `> quoted` block-quote marker. */
export const BLOCKQUOTE_MARKER = /^\s{0,3}(?:>\s?)+/u;
/** `**strong**` / `__strong__`. */
export const STRONG = /(\*\*|__)(?=\S)([^\n]*?\S)\1/gu;
/** `*em*` / `_em_`, not inside words (snake_case, file_names) or arithmetic (2 * 3). */
export const EMPHASIS = /(?<![\p{L}\p{N}*_\\])([*_])(?=[^\s*_])([^\n*_]*?[^\s*_\\])\1(?![\p{L}\p{N}*_])/gu;
/** An HTML comment or a lone tag left in Markdown. */
export const INLINE_HTML =
  /<!--[\s\S]*?-->|<\/?(?:span|div|p|br|em|strong|b|i|a|sup|sub|figure|figcaption|img)\b[^>]*>/giu;

export interface MarkdownLine {
  text: string;
  /** 1–6 for a `#` heading, 0 otherwise. */
  heading: number;
  /** The whole line was one link (a related story or menu entry in scraped Markdown). */
  linkOnly: boolean;
  /** Image syntax found on the line, as written. */
  images: string[];
  /** A link-definition line, dropped. */
  definition: boolean;
}

const LINK_ONLY = /^\s*(?:[-*+•]\s+)?\[[^\]\n]+\]\([^)\n]*\)\s*$/u;

/**
 * Strips Markdown from one line: links keep their text, images are taken out, heading hashes and emphasis markers
 * go. Plain text passes through unchanged.
 *
 * @example stripMarkdownLine("## [Gaza](https://x.test/gaza) talks").text // "Gaza talks"
 */
export function stripMarkdownLine(line: string): MarkdownLine {
  const images: string[] = [];
  if (MARKDOWN_LINK_DEFINITION.test(line)) return { text: "", heading: 0, linkOnly: false, images, definition: true };
  let text = line.replace(MARKDOWN_IMAGE, (image: string) => {
    images.push(image);
    return "";
  });
  const linkOnly = LINK_ONLY.test(text);
  let heading = 0;
  const headingMatch = MARKDOWN_HEADING.exec(text);
  if (headingMatch) {
    heading = headingMatch[1]?.length ?? 0;
    text = headingMatch[2] ?? "";
  }
  if (text.includes("[")) text = text.replace(MARKDOWN_LINK, "$1").replace(MARKDOWN_REFERENCE_LINK, "$1");
  if (text.includes("<")) text = text.replace(INLINE_HTML, "");
  if (text.includes(">")) text = text.replace(BLOCKQUOTE_MARKER, "");
  if (text.includes("*") || text.includes("_")) text = text.replace(STRONG, "$2").replace(EMPHASIS, "$2");
  return { text, heading, linkOnly, images, definition: false };
}
