/** Aligns the same statement by the same speaker across the articles of one story, whatever the wording. */

import type { Article } from "../../article.js";
import { rootOf } from "./independence.js";
import type { QuoteItem } from "./quoteItems.js";
import { quoteItems } from "./quoteItems.js";
import { sameName } from "./sameName.js";
import type { AlignedQuote } from "./types.js";
import { overlap } from "./words.js";

/** Fewest content words two wordings must share before they can be one statement. */
const minShared = 3;
/** Share of the smaller wording's content words found in the other. */
const minContainment = 0.6;
/** A looser containment allowed when many content words are shared (a paraphrase in reported speech). */
const looseContainment = 0.5;
const looseShared = 5;
/** When one side's speaker is unresolved, the words must match almost exactly. */
const inferredContainment = 0.9;

export type SpeakerMatch = "same" | "inferred" | "different" | "unknown";

/**
 * Whether two quotes have the same speaker: the same actor id; or one unresolved while the other's speaker is an
 * actor of the unresolved quote's article (`inferred`); or different resolved speakers.
 */
export function speakerMatch(a: QuoteItem, b: QuoteItem): SpeakerMatch {
  const sa = a.quote.speaker;
  const sb = b.quote.speaker;
  // Actor ids are resolved per article: "person:obama" here may be "person:barack-obama" there.
  if (sa !== null && sb !== null) return sa === sb || sameName(a.speakerName, b.speakerName) ? "same" : "different";
  if (sa !== null && b.articleActors.has(sa)) return "inferred";
  if (sb !== null && a.articleActors.has(sb)) return "inferred";
  return "unknown";
}

/** Consecutive content words two wordings must share: the same words in the same order, not just the same topic. */
const minSharedRun = 2;

/**
 * Whether two stem sequences share a run of `length` consecutive stems with at least one stem that is not a name:
 * "Attorney General Jeff Sessions" in two statements about him is the same name, not the same wording.
 */
export function sharesRun(
  a: readonly string[],
  b: readonly string[],
  names: ReadonlySet<string> = new Set(),
  length = minSharedRun,
): boolean {
  const runs = new Set<string>();
  for (let i = 0; i + length <= a.length; i += 1) {
    const run = a.slice(i, i + length);
    if (run.some((w) => !names.has(w))) runs.add(run.join(" "));
  }
  for (let i = 0; i + length <= b.length; i += 1) if (runs.has(b.slice(i, i + length).join(" "))) return true;
  return false;
}

/** Content-word containment of two quotes when their wordings can be one statement, else null. */
export function wordingSimilarity(a: QuoteItem, b: QuoteItem, strict: boolean): number | null {
  const ov = overlap(a.stems, b.stems);
  if (ov.shared < minShared) return null;
  // "The comparison that's relevant is between men and women and Wal-Mart" and "Wal-Mart's culture stereotypes
  // women as less aggressive than men" share the story's topic words, not a wording: two statements.
  if (!sharesRun(a.stems, b.stems, new Set([...a.nameStems, ...b.nameStems]))) return null;
  if (strict) return ov.containment >= inferredContainment ? ov.containment : null;
  if (ov.containment >= minContainment) return ov.containment;
  if (ov.containment >= looseContainment && ov.shared >= looseShared) return ov.containment;
  return null;
}

/** Two quotes from different articles that say the same thing, and how sure the link is. */
export interface QuoteLink {
  a: number;
  b: number;
  similarity: number;
  speaker: SpeakerMatch;
}

/** Links between quotes of different articles with compatible speakers and similar wording. */
export function quoteLinks(items: readonly QuoteItem[]): QuoteLink[] {
  const links: QuoteLink[] = [];
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = items[i];
      const b = items[j];
      if (a === undefined || b === undefined || a.article === b.article) continue;
      const speaker = speakerMatch(a, b);
      if (speaker === "different" || speaker === "unknown") continue;
      const similarity = wordingSimilarity(a, b, speaker === "inferred");
      if (similarity !== null) links.push({ a: i, b: j, similarity, speaker });
    }
  }
  return links;
}

/** Connected groups of indices under the links (union–find). */
export function groupLinks(count: number, links: readonly { a: number; b: number }[]): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  for (const { a, b } of links) parent[find(a)] = find(b);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i += 1) {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  }
  return [...groups.values()];
}

/**
 * One entry per statement quoted by two or more articles, with each article's wording. Copies are kept as
 * variants (they carry the original's words) but never make a statement "quoted twice" on their own.
 *
 * @example alignQuotes(articles, new Map()) // [{ speaker: "person:daniel-whitcombe", variants: [...], similarity: 0.75 }]
 */
export function alignQuotes(articles: readonly Article[], copyOf: ReadonlyMap<string, string>): AlignedQuote[] {
  const items = quoteItems(articles, (id) => rootOf(id, copyOf));
  const links = quoteLinks(items);
  const result: AlignedQuote[] = [];
  for (const group of groupLinks(items.length, links)) {
    const members = group.map((i) => items[i]).filter((m): m is QuoteItem => m !== undefined);
    if (new Set(members.map((m) => m.root)).size < 2) continue;
    const speaker = members.find((m) => m.quote.speaker !== null)?.quote.speaker ?? null;
    const inGroup = new Set(group);
    const similarity = Math.min(...links.filter((l) => inGroup.has(l.a) && inGroup.has(l.b)).map((l) => l.similarity));
    result.push({
      speaker,
      variants: members.map((m) => ({
        article: m.article,
        text: m.quote.text,
        kind: m.quote.kind,
        speakerText: m.quote.speakerText,
        speakerEvidence: m.quote.speaker === null ? "inferred" : "stated",
      })),
      similarity: Math.round(similarity * 100) / 100,
    });
  }
  return result;
}
