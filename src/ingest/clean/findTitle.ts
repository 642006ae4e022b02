import { findByline } from "./findByline.js";
import { findOutletName } from "./findOutletName.js";
import { isHeadlineLike } from "./isHeadlineLike.js";
import type { Paragraph } from "./joinBrokenLines.js";
import { isRelatedHeader, isSectionName } from "./namedLines.js";
import { countWords, normalizeForCompare } from "./words.js";

export interface Title {
  /** Index of the title paragraph in the list given. */
  index: number;
  title: string;
  /** Outlet from a "Title | Outlet" suffix. */
  outlet: string | null;
}

/** " | Al Jazeera", " - BBC News", " – The Daily Star" after a page title. */
const TITLE_SUFFIX = /\s+[|–—-]\s+([^|–—-]{2,40})$/u;
/** Below this, a headline-like line before the title is more likely a section label ("Israel-Gaza war"). */
const PREFERRED_TITLE_WORDS = 5;
const MAX_MENU_WORDS = 4;

/**
 * The title: a Markdown `#` heading, else a headline-like line repeated before the body (pages print the headline
 * twice, as page title and as heading; promotions are not repeated), else the first headline-like line of 5+ words
 * before the body (else of 3+ words). Lines before it are navigation. Returns null when the text starts with body.
 *
 * @example findTitle(paragraphs, firstBodyIndex)?.title
 */
export function findTitle(paragraphs: readonly (Paragraph | null)[], before: number): Title | null {
  const candidates: number[] = [];
  for (let i = 0; i < before; i++) {
    const p = paragraphs[i];
    if (p === null || p === undefined) continue;
    if (p.heading === 1) return withSuffix(i, p.text);
    if (isTitleCandidate(p)) candidates.push(i);
    // Text that is neither a menu entry nor a headline means the article started without a title.
    else if (!isHeadlineLike(p.text) && countWords(p.text, MAX_MENU_WORDS + 1) > MAX_MENU_WORDS) break;
  }
  const index =
    repeatedCandidate(paragraphs, candidates) ??
    candidates.find((i) => countWords(paragraphs[i]?.text ?? "") >= PREFERRED_TITLE_WORDS) ??
    candidates[0];
  const text = index === undefined ? undefined : paragraphs[index]?.text;
  return index === undefined || text === undefined ? null : withSuffix(index, text);
}

/** Whether two headlines are the same once case, punctuation and an outlet suffix are ignored. */
export function sameHeadline(a: string, b: string): boolean {
  if (a.length > 2 * b.length + 40 || b.length > 2 * a.length + 40) return false;
  const na = normalizeForCompare(a);
  const nb = normalizeForCompare(b);
  if (na === "" || nb === "") return false;
  return na === nb || normalizeForCompare(splitTitleSuffix(a).title) === normalizeForCompare(splitTitleSuffix(b).title);
}

/**
 * Splits a page-title suffix naming the outlet: "Truce holds | Al Jazeera" → title "Truce holds", outlet "Al
 * Jazeera". A suffix that is not an outlet name stays in the title.
 */
export function splitTitleSuffix(text: string): { title: string; outlet: string | null } {
  const match = TITLE_SUFFIX.exec(text);
  const outlet = match?.[1] === undefined ? null : findOutletName(match[1]);
  if (match === null || outlet === null) return { title: text, outlet: null };
  return { title: text.slice(0, match.index).trim(), outlet };
}

/** The first candidate that a later candidate repeats, with or without a " | Outlet" suffix. */
function repeatedCandidate(
  paragraphs: readonly (Paragraph | null)[],
  candidates: readonly number[],
): number | undefined {
  if (candidates.length < 2) return undefined;
  const seen = new Map<string, number>();
  let first: number | undefined;
  const note = (key: string, i: number) => {
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, i);
    else if (earlier !== i) first = first === undefined ? earlier : Math.min(first, earlier);
  };
  for (const i of candidates) {
    const text = paragraphs[i]?.text ?? "";
    note(normalizeForCompare(text), i);
    const suffix = TITLE_SUFFIX.exec(text);
    if (suffix !== null) note(normalizeForCompare(text.slice(0, suffix.index)), i);
  }
  return first;
}

function withSuffix(index: number, text: string): Title {
  const { title, outlet } = splitTitleSuffix(text);
  return { index, title, outlet };
}

function isTitleCandidate(p: Paragraph): boolean {
  if (p.bullet || !isHeadlineLike(p.text) || countWords(p.text) < 3) return false;
  if (isSectionName(p.text) || isRelatedHeader(p.text)) return false;
  return findByline(p.text) === null;
}
