/** Quote and attribution discrepancies: one statement whose wording changes its meaning, or given to two speakers. */

import type { Article } from "../../article.js";
import { rootOf } from "./independence.js";
import type { QuoteItem } from "./quoteItems.js";
import { quoteItems } from "./quoteItems.js";
import type { AlignedQuote, Discrepancy, QuoteVariant } from "./types.js";
import { contentStems, overlap, words } from "./words.js";

/** A clause that makes a statement conditional: "if the occupation commits…", "unless", "provided that". */
const conditionClause = /\b(?:if|unless|provided that|providing that|as long as|on condition that|only when)\b/i;
/** Words that negate a statement. */
const negation = new Set([
  "not",
  "no",
  "never",
  "nobody",
  "none",
  "nothing",
  "neither",
  "nor",
  "cannot",
  "won't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
]);
/** How much of the shorter wording must lie inside the longer for a dropped clause to be the only change. */
const cutContainment = 0.9;
/** Same words, two speakers: the wordings must be nearly identical and long enough not to be a stock phrase. */
const attributionContainment = 0.9;
const attributionMinShared = 5;

const isNegated = (text: string): boolean => words(text).some((w) => negation.has(w) || w.endsWith("n't"));

/** Variants that quote the statement in full: partial quotes are fragments by nature. */
const full = (v: QuoteVariant): boolean => v.kind !== "partial";

/**
 * Within aligned quotes: a variant that drops the condition another variant keeps, or negates what another affirms.
 *
 * @example quoteDiscrepancies([{ speaker, variants: ["ready … if they commit", "ready …"] }]) // [{ kind: "quote", … }]
 */
export function quoteDiscrepancies(
  quotes: readonly AlignedQuote[],
  copyOf: ReadonlyMap<string, string>,
): Discrepancy[] {
  const result: Discrepancy[] = [];
  for (const quote of quotes) {
    const variants = quote.variants.filter((v) => full(v) && rootOf(v.article, copyOf) === v.article);
    const conditional = variants.filter((v) => conditionClause.test(v.text));
    const unconditional = variants.filter(
      (v) =>
        v.kind === "direct" &&
        !conditionClause.test(v.text) &&
        conditional.some((c) => overlap(contentStems(v.text), contentStems(c.text)).containment >= cutContainment),
    );
    if (conditional.length > 0 && unconditional.length > 0) {
      result.push({
        kind: "quote",
        about: `condition dropped from a quote${quote.speaker === null ? "" : ` by ${quote.speaker}`}`,
        variants: [
          ...conditional.map((v) => ({ article: v.article, value: "conditional", text: v.text })),
          ...unconditional.map((v) => ({ article: v.article, value: "unconditional", text: v.text })),
        ],
      });
      continue;
    }
    // Reported speech rephrases ("refused to" for "will not"): only direct quotes are compared for negation.
    const direct = variants.filter((v) => v.kind === "direct");
    const negated = direct.filter((v) => isNegated(v.text));
    const affirmed = direct.filter((v) => !isNegated(v.text));
    const close = negated.some((n) =>
      affirmed.some((a) => overlap(contentStems(n.text), contentStems(a.text)).containment >= cutContainment),
    );
    if (negated.length > 0 && affirmed.length > 0 && close) {
      result.push({
        kind: "quote",
        about: `negation differs in a quote${quote.speaker === null ? "" : ` by ${quote.speaker}`}`,
        variants: [
          ...negated.map((v) => ({ article: v.article, value: "negated", text: v.text })),
          ...affirmed.map((v) => ({ article: v.article, value: "affirmed", text: v.text })),
        ],
      });
    }
  }
  return result;
}

/** Same words, different resolved speakers, in independent articles. */
export function attributionDiscrepancies(
  articles: readonly Article[],
  copyOf: ReadonlyMap<string, string>,
): Discrepancy[] {
  const items = quoteItems(articles, (id) => rootOf(id, copyOf)).filter(
    (q) => q.quote.speaker !== null && q.quote.kind !== "indirect" && q.root === q.article,
  );
  const result: Discrepancy[] = [];
  const used = new Set<QuoteItem>();
  for (const item of items) {
    if (used.has(item)) continue;
    const same = items.filter((other) => {
      if (other.article === item.article) return other === item;
      const ov = overlap(item.stems, other.stems);
      return ov.shared >= attributionMinShared && ov.containment >= attributionContainment;
    });
    const speakers = new Set(same.map((q) => q.quote.speaker));
    if (speakers.size < 2) continue;
    for (const q of same) used.add(q);
    result.push({
      kind: "attribution",
      about: `who said "${item.quote.text.trim()}"`,
      variants: same.map((q) => ({
        article: q.article,
        value: q.speakerName ?? q.quote.speaker ?? "",
        text: q.quote.text,
      })),
    });
  }
  return result;
}
