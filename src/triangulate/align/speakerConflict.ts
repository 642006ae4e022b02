/** Whether two named speakers of the same words are two people the outlets disagree on, or one of the ways they are not. */

import type { QuoteItem } from "./quoteItems.js";
import { nameWords, sameName } from "./sameName.js";
import { overlap, words } from "./words.js";

/**
 * `different`: two people, and nothing in either article explains the words being given to both. Otherwise why not:
 * one person under two ids; a speaker named inside the words ("Flynn lied…" quoted as Flynn's own); the other speaker
 * named beside the quote ("Pelosi and Schumer said", "a spokeswoman for Sen. Menendez"); or either article quoting
 * the other's speaker saying words like these too (a line both repeated, or one read out for the other). Merely
 * naming the other person is no such sign: a story about two people names both in every outlet.
 */
export type SpeakerConflict =
  "different" | "same person" | "named in the words" | "named beside the other" | "said twice";

/** The speaker's surname, when long enough to be looked for as a word. */
function surname(item: QuoteItem): string | undefined {
  const last = item.speakerName === null ? undefined : nameWords(item.speakerName).at(-1);
  return last !== undefined && last.length > 2 ? last : undefined;
}

/** Whether the words hold the speaker's surname. */
const names = (item: QuoteItem, inWords: readonly string[]): boolean => {
  const last = surname(item);
  return last !== undefined && inWords.includes(last);
};

/** Content words a quote must share with another, and the share of the shorter, to be a version of the same remark. */
const likeShared = 3;
const likeContainment = 0.5;

/** Whether `q`, in the article of `mine`, gives words like `mine`'s to the speaker the other outlet names (`theirs`). */
function quotesLike(q: QuoteItem, mine: QuoteItem, theirs: QuoteItem): boolean {
  if (q === mine || q.article !== mine.article) return false;
  if (q.quote.speaker !== theirs.quote.speaker && !sameName(q.speakerName, theirs.speakerName)) return false;
  const ov = overlap(q.stems, mine.stems);
  return ov.shared >= likeShared && ov.containment >= likeContainment;
}

/**
 * How two named speakers of the same words relate (both must already be named beside their quotes); `story` holds
 * every quote of the story's articles, named or not, to see whether an article quotes both people alike.
 *
 * @example speakerConflict(halvorsenSays, doyleSays) // "different"
 */
export function speakerConflict(a: QuoteItem, b: QuoteItem, story: readonly QuoteItem[] = []): SpeakerConflict {
  if (a.quote.speaker === b.quote.speaker || sameName(a.speakerName, b.speakerName)) return "same person";
  if (names(a, words(a.quote.text)) || names(b, words(b.quote.text))) return "named in the words";
  if (names(b, words(a.attribution)) || names(a, words(b.attribution))) return "named beside the other";
  if (story.some((q) => quotesLike(q, a, b) || quotesLike(q, b, a))) return "said twice";
  return "different";
}
