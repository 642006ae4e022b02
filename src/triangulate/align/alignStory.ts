/** The cross-outlet view of one story: aligned quotes and claims, discrepancies, coverage and framing. */

import type { Article } from "../../article.js";
import { alignClaims } from "./alignClaims.js";
import { alignEvents } from "./alignEvents.js";
import { alignQuotes } from "./alignQuotes.js";
import { coverage } from "./coverage.js";
import { discrepancies } from "./discrepancies.js";
import { eventGroups } from "./eventDiscrepancies.js";
import { actorDiscrepancies, framing } from "./framing.js";
import type { StoryAlignment } from "./types.js";

/**
 * Aligns the analysed articles of ONE story. `copyOf` maps a syndicated copy's id to its original's: copies count
 * once and never create discrepancies against their original. Pure: same articles, same result.
 *
 * @example const { quotes, claims, discrepancies, coverage, framing } = alignStory(storyArticles, copyOf)
 */
export function alignStory(articles: readonly Article[], copyOf: ReadonlyMap<string, string>): StoryAlignment {
  const quotes = alignQuotes(articles, copyOf);
  const claims = alignClaims(articles, copyOf);
  const framings = framing(articles);
  return {
    quotes,
    claims,
    discrepancies: [
      ...discrepancies(articles, copyOf, quotes, claims),
      ...actorDiscrepancies(framings, articles, copyOf),
    ],
    coverage: coverage(articles, copyOf, quotes, claims, eventGroups(articles, copyOf)),
    framing: framings,
    events: alignEvents(articles, copyOf),
  };
}
