/** Which articles report which facts of a story, and which leave out a fact that independent others report. */

import type { Article } from "../../article.js";
import type { EventFrame } from "./eventFrames.js";
import { independentCount, rootOf } from "./independence.js";
import type { AlignedClaim, AlignedQuote, CoverageEntry } from "./types.js";

/** A fact omitted by an article counts when at least this many independent articles report it. */
const minReporters = 2;

function entry(
  fact: string,
  factKind: CoverageEntry["factKind"],
  reporters: readonly string[],
  articles: readonly Article[],
  copyOf: ReadonlyMap<string, string>,
): CoverageEntry {
  const unique = [...new Set(reporters)];
  // A copy of a reporting article carries the fact too: it is not an omission.
  const roots = new Set(unique.map((id) => rootOf(id, copyOf)));
  const omittedBy =
    independentCount(unique, copyOf) >= minReporters
      ? articles.map((a) => a.id).filter((id) => !unique.includes(id) && !roots.has(rootOf(id, copyOf)))
      : [];
  return { fact, factKind, articles: unique, omittedBy };
}

const shortest = (texts: readonly string[]): string | undefined =>
  texts
    .filter((t) => t !== "")
    .reduce<string | undefined>((a, b) => (a === undefined || b.length < a.length ? b : a), undefined);

/**
 * Facts (aligned quotes, claims, events) × articles.
 *
 * @example coverage(articles, copyOf, quotes, claims, events)[0] // { fact: "…", articles: ["a", "b"], omittedBy: ["c"] }
 */
export function coverage(
  articles: readonly Article[],
  copyOf: ReadonlyMap<string, string>,
  quotes: readonly AlignedQuote[],
  claims: readonly AlignedClaim[],
  events: readonly EventFrame[][],
): CoverageEntry[] {
  return [
    ...quotes.map((q) => {
      const longest = q.variants.reduce(
        (a, b) => (b.text.length > a.text.length ? b : a),
        q.variants[0] ?? { text: "" },
      );
      return entry(
        `${q.speaker ?? "unknown speaker"}: "${longest.text.trim()}"`,
        "quote",
        q.variants.map((v) => v.article),
        articles,
        copyOf,
      );
    }),
    ...claims.map((c) =>
      entry(
        c.what,
        "claim",
        c.values.map((v) => v.article),
        articles,
        copyOf,
      ),
    ),
    ...events.map((group) =>
      entry(
        shortest(group.map((f) => f.text)) ?? "event",
        "event",
        group.map((f) => f.article),
        articles,
        copyOf,
      ),
    ),
  ];
}
