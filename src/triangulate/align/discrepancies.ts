/** Every discrepancy of one story: date, place, number, quote, attribution, actor. Precision first: only confident ones. */

import type { Article } from "../../article.js";
import { codedEventDiscrepancies } from "./codedEventDiscrepancies.js";
import { eventActorDiscrepancies } from "./eventActorDiscrepancies.js";
import { dateDiscrepancies, eventGroups, placeDiscrepancies } from "./eventDiscrepancies.js";
import { happeningDiscrepancies } from "./happeningDiscrepancies.js";
import { rootOf } from "./independence.js";
import { attributionDiscrepancies, quoteDiscrepancies } from "./quoteDiscrepancies.js";
import type { AlignedClaim, AlignedQuote, Discrepancy } from "./types.js";

/** Number discrepancies: figures of one quantity in conflict, copies left out. */
export function numberDiscrepancies(
  claims: readonly AlignedClaim[],
  copyOf: ReadonlyMap<string, string>,
): Discrepancy[] {
  return claims
    .filter((c) => c.relation === "conflict")
    .map((c) => ({
      kind: "number" as const,
      about: c.what,
      variants: c.values
        .filter((v) => rootOf(v.article, copyOf) === v.article)
        .map((v) => ({
          article: v.article,
          value: `${v.qualifier === null ? "" : `${v.qualifier} `}${v.quantity}${v.asOf === null ? "" : ` (as of ${v.asOf})`}`,
          text: v.text,
        })),
    }));
}

/** Two findings of one kind that give two or more articles the same values: one fact found by two detectors. */
function sameFinding(a: Discrepancy, b: Discrepancy): boolean {
  const values = new Set(a.variants.map((v) => `${v.article}\u0000${v.value}`));
  return a.kind === b.kind && b.variants.filter((v) => values.has(`${v.article}\u0000${v.value}`)).length >= 2;
}

/**
 * The discrepancies between independent articles of one story, from the aligned quotes and claims, the event
 * frames of the articles, their coded events and the happenings their sentences tell. A copy never creates a discrepancy against its original.
 *
 * @example discrepancies(articles, copyOf, alignQuotes(articles, copyOf), alignClaims(articles, copyOf))
 */
export function discrepancies(
  articles: readonly Article[],
  copyOf: ReadonlyMap<string, string>,
  quotes: readonly AlignedQuote[],
  claims: readonly AlignedClaim[],
): Discrepancy[] {
  const groups = eventGroups(articles, copyOf);
  const framed = [...dateDiscrepancies(groups, articles), ...placeDiscrepancies(groups, articles)];
  const coded = codedEventDiscrepancies(articles, copyOf).filter((d) => !framed.some((f) => sameFinding(f, d)));
  const happenings = happeningDiscrepancies(articles, copyOf).filter(
    (d) => ![...framed, ...coded].some((f) => sameFinding(f, d)),
  );
  return [
    ...framed,
    ...coded,
    ...happenings,
    ...numberDiscrepancies(claims, copyOf),
    ...quoteDiscrepancies(quotes, copyOf),
    ...attributionDiscrepancies(articles, copyOf),
    ...eventActorDiscrepancies(articles, copyOf),
  ]
    .filter((d) => new Set(d.variants.map((v) => v.value)).size >= 2)
    .map((d) => ({ ...d, variants: [...d.variants].sort(byArticle) }));
}

/** Variants in article-id order, so the same articles give the same dossier whatever order they were read in. */
function byArticle(a: { article: string }, b: { article: string }): number {
  return a.article < b.article ? -1 : a.article > b.article ? 1 : 0;
}
