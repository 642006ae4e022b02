/** Quote and attribution discrepancies: one statement whose wording changes its meaning, or given to two speakers. */

import type { Article } from "../../article.js";
import { rootOf } from "./independence.js";
import type { QuoteItem } from "./quoteItems.js";
import { quoteItems } from "./quoteItems.js";
import { groupLinks } from "./alignQuotes.js";
import { namedSpeaker } from "./namedSpeaker.js";
import { sameWords } from "./sameWords.js";
import { speakerConflict } from "./speakerConflict.js";
import type { AlignedQuote, Discrepancy, QuoteVariant } from "./types.js";
import { droppedCondition, negationFlip } from "./meaningChange.js";

export { writtenNamesSpeaker } from "./namedSpeaker.js";

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

/**
 * Same words, different people, in independent articles. The quotes are first grouped by their words alone
 * (`sameWords`), whatever speaker each outlet gives; only then are the speakers compared, and only those each article
 * names beside the quote (`namedSpeaker`). A group is reported when two of its speakers are different people
 * (`speakerConflict`) and no article of the group gives the words to both itself.
 *
 * @example attributionDiscrepancies([halvorsenSays, doyleSays], new Map()) // [{ kind: "attribution", variants: [halvorsen, doyle] }]
 */
export function attributionDiscrepancies(
  articles: readonly Article[],
  copyOf: ReadonlyMap<string, string>,
): Discrepancy[] {
  const all = quoteItems(articles, (id) => rootOf(id, copyOf));
  const items = all.filter((q) => q.root === q.article && namedSpeaker(q));
  const links: { a: number; b: number }[] = [];
  items.forEach((a, i) =>
    items.forEach((b, j) => {
      if (i < j && a.article !== b.article && sameWords(a, b)) links.push({ a: i, b: j });
    }),
  );
  const result: Discrepancy[] = [];
  for (const group of groupLinks(items.length, links)) {
    if (group.length < 2) continue;
    const members = group.map((i) => items[i]).filter((m): m is QuoteItem => m !== undefined);
    const conflicts = links.filter(
      (l) =>
        group.includes(l.a) && speakerConflict(items[l.a] as QuoteItem, items[l.b] as QuoteItem, all) === "different",
    );
    if (conflicts.length === 0) continue;
    // An article that itself gives these words to two people reports them said twice, not misattributed.
    const twice = members.some((m) =>
      members.some((o) => o !== m && o.article === m.article && speakerConflict(m, o) !== "same person"),
    );
    if (twice) continue;
    const first = members[0];
    if (first === undefined) continue;
    result.push({
      kind: "attribution",
      about: `who said "${first.quote.text.trim()}"`,
      variants: members.map((q) => ({
        article: q.article,
        value: q.speakerName ?? q.quote.speaker ?? "",
        text: q.quote.text,
      })),
    });
  }
  return result;
}
