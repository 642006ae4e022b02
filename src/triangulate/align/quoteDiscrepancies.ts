/** Quote and attribution discrepancies: one statement whose wording changes its meaning, or given to two speakers. */

import type { Article } from "../../article.js";
import { rootOf } from "./independence.js";
import type { QuoteItem } from "./quoteItems.js";
import { quoteItems } from "./quoteItems.js";
import { nameWords, sameName } from "./sameName.js";
import type { AlignedQuote, Discrepancy, QuoteVariant } from "./types.js";
import { droppedCondition, negationFlip } from "./meaningChange.js";
import { overlap, words } from "./words.js";

/** Same words, two speakers: the wordings must be nearly identical and long enough not to be a stock phrase. */
const attributionContainment = 0.9;
const attributionMinShared = 5;

/** Variants that quote the statement in full: partial quotes are fragments by nature. */
const full = (v: QuoteVariant): boolean => v.kind !== "partial";

/**
 * Within aligned quotes: a direct quote that stops just before a condition another variant keeps (partial quotes are
 * fragments by nature and are left out), or the same sentence negated in one variant and not in another (any kind).
 *
 * @example quoteDiscrepancies([{ speaker, variants: ["ready … if they commit.", "ready …."] }], new Map()) // [{ kind: "quote", … }]
 */
export function quoteDiscrepancies(
  quotes: readonly AlignedQuote[],
  copyOf: ReadonlyMap<string, string>,
): Discrepancy[] {
  const result: Discrepancy[] = [];
  for (const quote of quotes) {
    const variants = quote.variants.filter((v) => full(v) && rootOf(v.article, copyOf) === v.article);
    const direct = variants.filter((v) => v.kind === "direct");
    const by = quote.speaker === null ? "" : ` by ${quote.speaker}`;
    const cuts = direct.filter((cut) =>
      direct.some((other) => other !== cut && droppedCondition(other.text, cut.text) !== null),
    );
    if (cuts.length > 0) {
      const cutSet = new Set(cuts);
      // The variants that keep the condition: direct ones that contain a cut, and reported ones that state one.
      const kept = variants.filter(
        (v) =>
          !cutSet.has(v) &&
          (cuts.some((cut) => droppedCondition(v.text, cut.text) !== null) ||
            (v.kind === "indirect" && /\b(?:if|unless)\b/i.test(v.text))),
      );
      result.push({
        kind: "quote",
        about: `condition dropped from a quote${by}`,
        variants: [
          ...kept.map((v) => ({ article: v.article, value: "conditional", text: v.text })),
          ...cuts.map((v) => ({ article: v.article, value: "unconditional", text: v.text })),
        ],
      });
      continue;
    }
    // A negation is compared in any kind of wording, reported speech and fragments too: the rest of the sentence must
    // be the same words, which a paraphrase or a fragment cut elsewhere is not.
    const independent = quote.variants.filter((v) => rootOf(v.article, copyOf) === v.article);
    const flips = independent.flatMap((a) =>
      independent
        .filter((b) => b.article !== a.article && a.article < b.article)
        .map((b) => ({ a, b, negated: negationFlip(a.text, b.text) })),
    );
    // An article that quotes both forms ("I will run", later "I will not run") reports two statements, not a change.
    const quotesBoth = (f: { a: QuoteVariant; b: QuoteVariant }): boolean =>
      [f.a, f.b].some((x) =>
        independent.some((v) => v.article === x.article && v !== x && negationFlip(v.text, x.text) !== null),
      );
    const flip = flips.find((f) => f.negated !== null && !quotesBoth(f));
    if (flip !== undefined && flip.negated !== null) {
      const aNegated = flip.a.text.includes(flip.negated);
      result.push({
        kind: "quote",
        about: `negation differs in a quote${by}`,
        variants: [
          { article: flip.a.article, value: aNegated ? "negated" : "affirmed", text: flip.a.text },
          { article: flip.b.article, value: aNegated ? "affirmed" : "negated", text: flip.b.text },
        ],
      });
    }
  }
  return result;
}

/** Whether a text names the quote's speaker by surname ("Flynn lied…" quoted as Flynn's own words is suspect). */
function namedInside(item: QuoteItem, text: string): boolean {
  const surname = item.speakerName === null ? undefined : nameWords(item.speakerName).at(-1);
  return surname !== undefined && surname.length > 2 && words(text).includes(surname);
}

/**
 * Whether the article's own words for the speaker name the speaker it was resolved to: "the pope" resolved to
 * Francis DeBernardo is our coreference, not the article's claim, and cannot make an attribution discrepancy.
 */
export function writtenNamesSpeaker(item: QuoteItem): boolean {
  if (item.quote.speakerText === null || item.speakerName === null) return false;
  const written = new Set(words(item.quote.speakerText));
  return nameWords(item.speakerName).some((w) => w.length > 2 && written.has(w));
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
    // Two speakers only when the names differ too, and each is named beside the quote, not reached through "he".
    const first = same[0];
    if (
      first === undefined ||
      same.every((q) => q.quote.speaker === first.quote.speaker || sameName(q.speakerName, first.speakerName))
    )
      continue;
    if (same.some((q) => q.quote.evidence !== "stated" || !writtenNamesSpeaker(q))) continue;
    if (same.some((q) => namedInside(q, q.quote.text))) continue;
    // "Pelosi and Schumer said in a joint statement": an article naming the other speaker beside the quote.
    const differ = (a: QuoteItem, b: QuoteItem): boolean =>
      a.quote.speaker !== b.quote.speaker && !sameName(a.speakerName, b.speakerName);
    if (same.some((q) => same.some((other) => differ(q, other) && namedInside(other, q.attribution)))) continue;
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
