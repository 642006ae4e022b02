/**
 * Why an edit the discrepancy rules saw was not reported: the first rule that kept the edited fact apart from the
 * other outlets' version of it. Used by recall.ts to tally misses, so a fix targets the commonest cause.
 */

import type { Article } from "../../src/article.js";
import { closedPeriod } from "../../src/triangulate/align/alignClaims.js";
import {
  compatibleHeads,
  namesThing,
  oneValueIn,
  sharedBesidesHead,
} from "../../src/triangulate/align/countedThing.js";
import { daysApart, isDay, isDayOrWeek } from "../../src/triangulate/align/asOf.js";
import { amountFrame, sameAmount } from "../../src/triangulate/align/sameAmount.js";
import type { ClaimItem } from "../../src/triangulate/align/claimItems.js";
import { claimItems } from "../../src/triangulate/align/claimItems.js";
import { compatibleFigures } from "../../src/triangulate/align/claimValues.js";
import { negationFlip, quoteSentences } from "../../src/triangulate/align/meaningChange.js";
import { quoteItems } from "../../src/triangulate/align/quoteItems.js";
import { namedSpeaker, writtenNamesSpeaker } from "../../src/triangulate/align/namedSpeaker.js";
import { sameWords } from "../../src/triangulate/align/sameWords.js";
import { speakerConflict } from "../../src/triangulate/align/speakerConflict.js";
import { contentStems, overlap, words } from "../../src/triangulate/align/words.js";
import type { Edit } from "./perturb.js";

const self = (id: string): string => id;
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6);

/** The first condition of `sameQuantity`/`pairRelation` that fails between an edited figure and another outlet's. */
function figureReason(a: ClaimItem, b: ClaimItem, aArticle: ClaimItem[], bArticle: ClaimItem[]): string {
  if ((a.claim.category ?? "other") !== (b.claim.category ?? "other")) return "category differs";
  if (!compatibleHeads(a, b)) return "heads differ";
  if (a.claim.high !== undefined || b.claim.high !== undefined) return "range";
  const participle = a.predicate !== null && a.predicate === b.predicate;
  if (!participle) {
    // The one-count rule (countedThing.ts) is the other way two different figures meet.
    if (!namesThing(a) || !namesThing(b)) {
      if (a.claim.category !== "money" && a.claim.category !== "percent") return "no participle; a unit or 'people'";
      // The one-amount rule (sameAmount.ts): a sum or a share meets another by the words around it.
      const fa = amountFrame(a);
      const fb = amountFrame(b);
      if (fa === null || fb === null) return "no participle; a sum or a share, no frame";
      if (fa.after !== fb.after || !fa.before.some((w) => fb.before.includes(w)))
        return "no participle; a sum or a share framed differently";
      if (!sameAmount(a, b, aArticle, bArticle)) return "no participle; a sum or a share, listed or two values";
      if (!isDayOrWeek(a.claim.asOf) || !isDayOrWeek(b.claim.asOf)) return "no participle; as-of not a day";
      if (daysApart(a.claim.asOf, b.claim.asOf) !== 0) return "no participle; as-of days differ";
      return "no participle; a sum or a share, other";
    }
    if (sharedBesidesHead(a, b) < 2) return "no participle; sentences share < 2 words";
    if (!oneValueIn(a, aArticle) || !oneValueIn(b, bArticle)) return "no participle; an article gives two values";
    if (!isDayOrWeek(a.claim.asOf) || !isDayOrWeek(b.claim.asOf))
      return closedPeriod(a, b) ? "no participle; other" : "no participle; as-of not a day nor one closed period";
    if (daysApart(a.claim.asOf, b.claim.asOf) !== 0) return "no participle; as-of days differ";
    return "no participle; other";
  }
  if (!isDay(a.claim.asOf) || !isDay(b.claim.asOf)) return "as-of not a day";
  if (!a.places.some((p) => b.places.includes(p))) return "no common place";
  return "other";
}

/**
 * Why an edited figure did not meet the figures it agreed with before the edit, judged against the other articles'
 * figures that were compatible with the original.
 */
export function numberReason(edit: Edit, original: Article, edited: Article, others: readonly Article[]): string {
  const before = claimItems([original], self).find((i) => near(i.claim.quantity, Number(edit.from)));
  const after = claimItems([edited], self).find((i) => near(i.claim.quantity, Number(edit.to)));
  if (before === undefined || after === undefined) return "figure not found";
  const otherItems = claimItems(others, self);
  const partners = otherItems.filter(
    (o) => compatibleFigures(o.claim, before.claim) && (o.claim.category ?? "other") === (before.claim.category ?? ""),
  );
  const partner = partners[0];
  if (partner === undefined) return "no partner";
  const editedItems = claimItems([edited], self);
  return figureReason(
    after,
    partner,
    editedItems,
    otherItems.filter((o) => o.article === partner.article),
  );
}

/** Content words of the negated sentence another outlet's sentence must hold for it to quote that sentence. */
const minSentenceShared = 3;
const minSentenceCover = 0.6;

/** Why a negated quote was not reported against another outlet's wording of it. */
export function negationReason(edit: Edit, edited: Article, others: readonly Article[]): string {
  const mine = quoteItems([edited], self).find((q) => q.quote.text.includes(edit.replacement));
  if (mine === undefined) return "quote not found";
  const theirs = quoteItems(others, self).filter((q) => overlap(q.stems, mine.stems).containment >= 0.5);
  if (theirs.length === 0) return "no partner";
  if (theirs.some((q) => negationFlip(mine.quote.text, q.quote.text) !== null)) return "flip found, not reported";
  const sentence = quoteSentences(mine.quote.text).find((s) => s.includes(edit.replacement)) ?? "";
  if (words(sentence).length < 5) return "short sentence";
  // The ceiling: no other outlet quotes the negated sentence (most of its content words in one sentence of theirs).
  const stems = contentStems(sentence);
  const quoted = quoteItems(others, self).some((q) =>
    quoteSentences(q.quote.text).some((s) => {
      const ov = overlap(stems, contentStems(s));
      return ov.shared >= minSentenceShared && ov.shared >= stems.length * minSentenceCover;
    }),
  );
  if (!quoted) return "sentence not quoted by the others";
  const kinds = [...new Set([mine.quote.kind, ...theirs.map((q) => q.quote.kind)])].sort().join("+");
  return `wordings differ (${kinds})`;
}

/**
 * Why a quote given to another speaker was not reported as an attribution discrepancy: the first step of
 * `attributionDiscrepancies` that failed (the edited speaker read and named, other outlets' quotes with the same words,
 * their speakers named, the two speakers in conflict).
 */
export function attributionReason(edit: Edit, edited: Article, others: readonly Article[]): string {
  // The re-read speaker may be written shorter than the replacement ("Comey" of "James B. Comey"): any overlap counts.
  const editEnd = edit.start + edit.replacement.length;
  const mine = quoteItems([edited], self).find(
    (q) =>
      q.quote.speakerStart !== undefined && q.quote.speakerStart < editEnd && edit.start < (q.quote.speakerEnd ?? 0),
  );
  if (mine === undefined) return "speaker not read";
  if (!namedSpeaker(mine)) {
    if (mine.quote.kind === "indirect" && mine.quote.evidence === "stated" && writtenNamesSpeaker(mine))
      return "edited quote is indirect, no verb of saying";
    return mine.quote.kind === "indirect" ? "edited quote is indirect" : "edited speaker not stated";
  }
  const theirs = quoteItems(others, self);
  const same = theirs.filter((q) => sameWords(q, mine));
  if (same.length === 0) {
    const best = theirs
      .filter((q) => overlap(q.stems, mine.stems).containment >= 0.6)
      .sort((x, y) => overlap(y.stems, mine.stems).containment - overlap(x.stems, mine.stems).containment)[0];
    if (best === undefined) return "no partner";
    const ov = overlap(best.stems, mine.stems);
    if (mine.quote.kind === "indirect" || best.quote.kind === "indirect") return "other quote is indirect";
    if (ov.shared < 5) return "fewer than 5 shared words";
    return "containment below 0.9";
  }
  const named = same.filter(namedSpeaker);
  if (named.length === 0)
    return same.some((q) => q.quote.speaker !== null) ? "other speaker not stated" : "other speaker unresolved";
  const story = [...quoteItems([edited], self), ...theirs];
  const conflicts = named.map((q) => speakerConflict(mine, q, story));
  if (conflicts.includes("different")) return "other rule";
  return `speakers: ${conflicts.find((c) => c !== "same person") ?? "same person"}`;
}
