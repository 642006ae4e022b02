import { keptIndices, type Block } from "./block.js";
import { isBodyText, isHeadlineLike } from "./isHeadlineLike.js";
import { isRelatedHeader, isSectionName } from "./namedLines.js";
import { countWords, titleCaseRatio, topicStems } from "./words.js";

const RELATED = "related-article headline";
/** Subheadings are short; a longer title-case line with no topic tie to the next paragraph links elsewhere. */
const MAX_SUBHEADING_WORDS = 6;
/** A line this short followed by a body paragraph is a subheading even with no topic tie ("What comes next"). */
const SHORT_SUBHEADING_WORDS = 4;
const TITLE_CASE_HEADLINE_WORDS = 7;
const SENTENCE_CASE_HEADLINE_WORDS = 9;
/** How much of the next paragraph the topic overlap looks at. */
const NEXT_PARAGRAPH_CHARS = 400;

/**
 * Removes links to other stories from the body: blocks under a "Related"/"Most read" header, any line that is not
 * a sentence standing between two "-" separators, runs of 2+ headline-like lines, a single headline-like line next to a
 * separator or with no topic tie to the paragraph after it, and headline-like lines after the last body paragraph.
 * A short line followed by a body paragraph (or by a paragraph on its topic) is kept as a subheading, even right after
 * the last separator of a related block; so is a Markdown `##` heading.
 *
 * @example findRelatedHeadlines(blocks, titleIndex)
 */
export function findRelatedHeadlines(blocks: Block[], from: number): void {
  const open = (i: number) => i > from && blocks[i]?.reason === null && blocks[i]?.keep === false;
  const isHeadline = (b: Block) => isHeadlineLike(b.p.text) && !isBodyText(b.p.text);

  // A "Related stories" header and the headline-like lines under it.
  let underHeader = false;
  for (const i of keptIndices(blocks)) {
    const b = blocks[i];
    if (b === undefined || !open(i)) continue;
    if (isRelatedHeader(b.p.text.replace(/[:»>]+$/u, ""))) {
      b.reason = RELATED;
      underHeader = true;
    } else if (underHeader && isHeadline(b)) b.reason = RELATED;
    else underHeader = false;
  }

  // "-⏎Oil tanker seized, agency says⏎-": separators above and below mark a link, whatever its wording.
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (!open(i) || b.p.heading > 0 || !b.p.separatorBefore || next?.p.separatorBefore !== true) return;
    if (!isBodyText(b.p.text)) b.reason = RELATED;
  });

  const kept = keptIndices(blocks).filter((i) => i > from);
  const lastBody = kept.findLast((i) => blocks[i] !== undefined && isBodyText(blocks[i].p.text));
  for (const i of kept) {
    const b = blocks[i];
    if (b === undefined || !open(i) || b.p.heading > 0) continue;
    if (isSectionName(b.p.text)) b.reason = "navigation";
    else if ((lastBody === undefined || i > lastBody) && isHeadline(b)) {
      b.reason = countWords(b.p.text) <= 3 ? "navigation" : RELATED;
    }
  }

  const rest = keptIndices(blocks).filter((i) => i > from);
  for (let k = 0; k < rest.length;) {
    const start = k;
    while (k < rest.length && isHeadline(blocks[rest[k] ?? -1] ?? placeholder) && open(rest[k] ?? -1)) k++;
    if (k === start) {
      k++;
      continue;
    }
    const run = rest.slice(start, k).flatMap((i) => blocks[i] ?? []);
    const before = start > 0 ? blocks[rest[start - 1] ?? -1] : undefined;
    const after = blocks[rest[k] ?? -1];
    decideRun(run, before, after);
  }
}

const placeholder: Block = {
  p: {
    text: "",
    first: 0,
    last: 0,
    heading: 0,
    linkOnly: false,
    bullet: false,
    blankBefore: false,
    separatorBefore: false,
  },
  reason: null,
  keep: true,
};

function decideRun(run: Block[], before: Block | undefined, after: Block | undefined): void {
  if (before !== undefined && /:["”’]?$/u.test(before.p.text)) return;
  const afterSeparated = after?.p.separatorBefore === true;
  if (run.length === 1) {
    const only = run[0];
    if (only !== undefined && isRelatedSingle(only, after, afterSeparated)) only.reason = RELATED;
    return;
  }
  run.forEach((b, n) => {
    if (b.p.heading > 0) return;
    const last = n === run.length - 1;
    if (
      last &&
      !afterSeparated &&
      (isShortSubheading(b, after) || (!b.p.separatorBefore && looksLikeSubheading(b, after)))
    ) {
      return;
    }
    b.reason = RELATED;
  });
}

function isRelatedSingle(b: Block, after: Block | undefined, afterSeparated: boolean): boolean {
  if (b.p.heading > 0) return false;
  if (afterSeparated || b.p.linkOnly) return true;
  if (b.p.separatorBefore) return !isShortSubheading(b, after);
  const words = countWords(b.p.text);
  const tied = topicOverlap(b, after) > 0;
  if (tied) return false;
  if (words >= TITLE_CASE_HEADLINE_WORDS && titleCaseRatio(b.p.text) >= 0.75) return true;
  return words >= SENTENCE_CASE_HEADLINE_WORDS;
}

function isShortSubheading(b: Block, after: Block | undefined): boolean {
  return countWords(b.p.text) <= SHORT_SUBHEADING_WORDS && after !== undefined && isBodyText(after.p.text);
}

function looksLikeSubheading(b: Block, after: Block | undefined): boolean {
  return countWords(b.p.text) <= MAX_SUBHEADING_WORDS && topicOverlap(b, after) > 0;
}

function topicOverlap(b: Block, after: Block | undefined): number {
  if (after === undefined) return 0;
  const next = topicStems(after.p.text.slice(0, NEXT_PARAGRAPH_CHARS));
  let n = 0;
  for (const stem of topicStems(b.p.text)) if (next.has(stem)) n++;
  return n;
}
