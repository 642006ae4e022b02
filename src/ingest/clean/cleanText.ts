import type { ArticleMeta, Removed } from "../../article.js";
import { keptIndices, type Block } from "./block.js";
import { choosePageOutlet, noOutletCues, type OutletCues } from "./choosePageOutlet.js";
import { classifyFurniture } from "./classifyFurniture.js";
import { classifyListRuns } from "./classifyListRuns.js";
import { findByline, BYLINE_LEAD, DATE_TAIL } from "./findByline.js";
import { findDateline } from "./findDateline.js";
import { findOutletName } from "./findOutletName.js";
import { findPublished } from "./findPublished.js";
import { findRelatedHeadlines } from "./findRelatedHeadlines.js";
import { findTitle, sameHeadline } from "./findTitle.js";
import { fixMissingSpace } from "./fixMissingSpace.js";
import { isBodyText } from "./isHeadlineLike.js";
import { CONTINUATION_START, SENTENCE_END, joinBrokenLines } from "./joinBrokenLines.js";
import { isSectionName } from "./namedLines.js";
import { LIST_MARKER, splitLines, type Line, type RemovedAt } from "./splitLines.js";
import { markStandfirst } from "./markStandfirst.js";
import { readPageMarks } from "./readPageMarks.js";
import { countWords, tail } from "./words.js";

export interface Cleaned {
  text: string;
  removed: Removed[];
  meta: Partial<ArticleMeta>;
}

/** Inputs above this size are cleaned only up to it; the rest is kept in `removed` as "over size limit". */
export const MAX_INPUT_CHARS = 5_000_000;

const STARTS_LOWER = /^\p{Ll}/u;
const WORD_TOKEN = /\p{L}+/gu;
const HAS_DIGIT = /\d/u;
/** A credit line under the headline that names only an outlet ("Gulf Wire Service") is this short. */
const MAX_SOURCE_CREDIT_WORDS = 6;

/**
 * Cleans text scraped from a news page: navigation, related links, calls to action, disclaimers, broken lines,
 * byline and dateline. Everything removed is kept in `removed` with a reason, in document order. Never throws.
 *
 * @example
 * const { text, meta } = cleanText("Home\nWorld\nTruce holds in Gaza\nBy Jane Doe, Reuters\n\nGAZA CITY (Reuters) - The truce held.");
 * // meta: { title: "Truce holds in Gaza", byline: "Jane Doe", outlet: "Reuters", dateline: "GAZA CITY" }
 * // text: "The truce held."
 */
export function cleanText(input: string, hints: Partial<ArticleMeta> = {}): Cleaned {
  try {
    return clean(typeof input === "string" ? input : "", hints);
  } catch (error) {
    // A bug here must not lose the article: fall back to the input with blank-line paragraphs.
    const text = typeof input === "string" ? input.replace(/\r\n?/gu, "\n").trim() : "";
    const reason = error instanceof Error ? error.message : String(error);
    return { text, removed: [{ text: "", reason: `cleaning failed: ${reason}` }], meta: {} };
  }
}

function clean(input: string, hints: Partial<ArticleMeta>): Cleaned {
  const removed: RemovedAt[] = [];
  let source = input;
  if (source.length > MAX_INPUT_CHARS) {
    removed.push({ at: Number.MAX_SAFE_INTEGER, text: source.slice(MAX_INPUT_CHARS), reason: "over size limit" });
    source = source.slice(0, MAX_INPUT_CHARS);
  }
  const meta: Partial<ArticleMeta> = {};
  const lines = removeFurniture(splitLines(source, removed), removed, meta);

  let vocabulary: Set<string> | null = null;
  const documentWords = () => (vocabulary ??= new Set(source.toLowerCase().match(WORD_TOKEN) ?? []));
  const blocks: Block[] = joinBrokenLines(lines, documentWords).map((p) => ({ p, reason: null, keep: false }));

  const cues = noOutletCues();
  const titleIndex = settleHeader(blocks, hints, meta, cues);
  findCredits(blocks, titleIndex, meta, cues);
  const standfirst = markStandfirst(blocks, titleIndex);
  classifyListRuns(blocks, firstBodyIndex(blocks, titleIndex + 1));
  findRelatedHeadlines(blocks, titleIndex);
  takeDateline(blocks, standfirst, removed, meta, cues);

  for (const b of blocks) if (b.reason !== null) removed.push({ at: b.p.first, text: b.p.text, reason: b.reason });
  removed.sort((a, b) => a.at - b.at);
  readPageMarks(removed, blocks[titleIndex]?.p.first ?? -1, cues);
  const outlet = choosePageOutlet(cues);
  if (outlet !== null) meta.outlet = outlet;
  const text = rejoin(blocks).map(fixMissingSpace).join("\n\n");
  return { text, removed: removed.map(({ text, reason }) => ({ text, reason })), meta };
}

/** Drops whole lines of page furniture, unless the line is link text inside a cut sentence ("on\nFacebook\n, the"). */
function removeFurniture(lines: Line[], removed: RemovedAt[], meta: Partial<ArticleMeta>): Line[] {
  const kept: Line[] = [];
  let separatorPending = false;
  lines.forEach((line, i) => {
    const reason = classifyFurniture(line.text.replace(LIST_MARKER, ""));
    if (reason === null || (reason !== "separator" && insideCutSentence(lines[i - 1], lines[i + 1]))) {
      kept.push(separatorPending ? { ...line, separatorBefore: true } : line);
      separatorPending = false;
      return;
    }
    if (reason === "separator") separatorPending = true;
    if (reason === "timestamp" && meta.published === undefined) {
      const published = findPublished(line.text);
      if (published !== null) meta.published = published;
    }
    removed.push({ at: line.index, text: line.text, reason });
  });
  return kept;
}

function insideCutSentence(before: Line | undefined, after: Line | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  if (SENTENCE_END.test(tail(before.text)) || countWords(before.text, 6) < 6) return false;
  return CONTINUATION_START.test(after.text) || STARTS_LOWER.test(after.text);
}

/** Index of the first body paragraph at or after `from`, or the block count when there is none. */
function firstBodyIndex(blocks: readonly Block[], from: number): number {
  for (let i = Math.max(0, from); i < blocks.length; i++) {
    const b = blocks[i];
    if (b !== undefined && b.reason === null && isBodyText(b.p.text) && findByline(b.p.text) === null) return i;
  }
  return blocks.length;
}

/** Finds the title, removes what stands before it (navigation) and its repetitions. Returns its index or -1. */
function settleHeader(
  blocks: Block[],
  hints: Partial<ArticleMeta>,
  meta: Partial<ArticleMeta>,
  cues: OutletCues,
): number {
  const firstBody = firstBodyIndex(blocks, 0);
  const hinted = hints.title ?? null;
  let titleIndex = -1;
  let title: string | null = null;
  if (hinted !== null && hinted.trim() !== "") {
    titleIndex = blocks.findIndex((b) => sameHeadline(b.p.text, hinted));
    const match = blocks[titleIndex];
    if (match !== undefined) match.reason = "repeated headline";
    title = hinted;
  } else {
    const found = findTitle(
      blocks.map((b) => (b.reason === null ? b.p : null)),
      firstBody,
    );
    if (found !== null) {
      titleIndex = found.index;
      title = found.title;
      cues.titleSuffix = found.outlet;
      const b = blocks[titleIndex];
      if (b !== undefined) b.reason = "title";
    }
  }
  if (title === null) return -1;
  meta.title = title;
  if (titleIndex > firstBody) titleIndex = -1;
  for (let i = 0; i < titleIndex; i++) {
    const b = blocks[i];
    if (b !== undefined && b.reason === null) b.reason = "navigation";
  }
  const repeated = title;
  for (let i = Math.max(0, titleIndex + 1); i < blocks.length; i++) {
    const b = blocks[i];
    if (b !== undefined && b.reason === null && !isBodyText(b.p.text) && sameHeadline(b.p.text, repeated)) {
      b.reason = "repeated headline";
    }
  }
  return titleIndex;
}

/**
 * Byline lines: "By …" anywhere outside the body text, "Name – Outlet" before the body or after it, and a line
 * naming only an outlet between the headline and the body (the wire a story came from).
 */
function findCredits(blocks: Block[], titleIndex: number, meta: Partial<ArticleMeta>, cues: OutletCues): void {
  const kept = keptIndices(blocks);
  const bodies = kept.filter((i) => blocks[i] !== undefined && isBodyText(blocks[i].p.text));
  const firstBody = bodies[0] ?? blocks.length;
  const lastBody = bodies.at(-1) ?? -1;
  for (const i of kept) {
    const b = blocks[i];
    if (b === undefined || i < titleIndex || b.p.heading > 0) continue;
    const outsideBody = i < firstBody || i > lastBody;
    if (!outsideBody && !BYLINE_LEAD.test(b.p.text)) continue;
    if (isBodyText(b.p.text) && !BYLINE_LEAD.test(b.p.text)) continue;
    const credit = findByline(b.p.text);
    if (credit === null) {
      if (i > titleIndex && i < firstBody && isSourceCredit(b.p.text)) {
        b.reason = "source credit";
        cues.credit ??= b.p.text;
      }
      continue;
    }
    b.reason = "byline";
    b.keep = false;
    if (credit.byline !== null && meta.byline === undefined) meta.byline = credit.byline;
    if (credit.outlet !== null) cues.credit ??= credit.outlet;
    // "By Jane Doe · Monday 3 March 2025": the date on the byline line is the publication date.
    const dateTail = meta.published === undefined && HAS_DIGIT.test(b.p.text) ? DATE_TAIL.exec(b.p.text) : null;
    if (dateTail !== null) {
      const published = findPublished(dateTail[0]);
      if (published !== null) meta.published = published;
    }
  }
}

function isSourceCredit(text: string): boolean {
  if (countWords(text, MAX_SOURCE_CREDIT_WORDS + 1) > MAX_SOURCE_CREDIT_WORDS || isSectionName(text)) return false;
  return findOutletName(text, true) === text;
}

/** Takes the dateline off the first body paragraph (the one after the standfirst when that has none). */
function takeDateline(
  blocks: Block[],
  standfirst: number,
  removed: RemovedAt[],
  meta: Partial<ArticleMeta>,
  cues: OutletCues,
): void {
  let tried = 0;
  for (const b of blocks) {
    if (b.reason !== null || !isBodyText(b.p.text)) continue;
    const found = findDateline(b.p.text);
    if (found === null) {
      if (tried++ === 0 && b === blocks[standfirst]) continue;
      return;
    }
    removed.push({ at: b.p.first, text: found.prefix, reason: "dateline" });
    b.p.text = found.rest;
    if (found.dateline !== null) meta.dateline = found.dateline;
    cues.dateline = found.outlet;
    return;
  }
}

/** Kept paragraph texts; a sentence cut by a removed block is put back together. */
function rejoin(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  let cut = false;
  for (const b of blocks) {
    if (b.reason !== null) {
      cut = out.length > 0;
      continue;
    }
    const previous = out.at(-1);
    const text = b.p.text;
    if (cut && previous !== undefined && !SENTENCE_END.test(tail(previous)) && countWords(previous, 6) >= 6) {
      if (CONTINUATION_START.test(text)) {
        out[out.length - 1] = previous + text;
        cut = false;
        continue;
      }
      if (STARTS_LOWER.test(text)) {
        out[out.length - 1] = `${previous} ${text}`;
        cut = false;
        continue;
      }
    }
    out.push(text);
    cut = false;
  }
  return out;
}
