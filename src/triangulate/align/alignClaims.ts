/** Aligns the same quantity reported by several articles of one story and says how the figures relate. */

import type { Article, ClaimCategory, ClaimMeasure } from "../../article.js";
import { groupLinks } from "./alignQuotes.js";
import { compareAsOf, dayRange, daysApart, isDay, isDayOrWeek } from "./asOf.js";
import type { ClaimItem } from "./claimItems.js";
import { claimItems } from "./claimItems.js";
import { compatibleFigures } from "./claimValues.js";
import { compatibleHeads, oneValueIn, sameCount, uninformativeHeads } from "./countedThing.js";
import { MAGNITUDE } from "./magnitudes.js";
import { rootOf } from "./independence.js";
import { sameAmount } from "./sameAmount.js";
import type { AlignedClaim, ClaimRelation } from "./types.js";
import { sameWording } from "./sameWording.js";
import { undatedConflict } from "./undatedFigures.js";
import { overlap } from "./words.js";

/** Categories whose counts run on, for claims that carry no `measure`: a later, larger figure is an update. */
const cumulative = new Set<ClaimCategory>(["killed", "injured", "displaced"]);
/** Shared sentence words needed to link figures whose head says little. */
const minContextShared = 3;
/** Figures more than this far apart in time are different facts unless one updates the other. */
const maxConflictGapDays = 3;
const maxUpdateGapDays = 120;
/** A fixed fact dated only by its publication: articles this far apart still report the one value. */
const maxFixedGapDays = 7;
/** Qualifiers of vague amounts ("hundreds of"): never precise enough to contradict a count. */
const vagueQualifier = /^(?:hundreds|thousands|dozens|millions|several|scores|tens|a few|many)/i;

function isPrecise(item: ClaimItem): boolean {
  return item.claim.high === undefined && !(item.claim.qualifier !== null && vagueQualifier.test(item.claim.qualifier));
}

/**
 * Two figures of one count dated by the same past year or month in both sentences ("indicted 12 Russian intelligence
 * officers … the 2016 presidential race", "59 catches … in 2008"), in articles published at most a few days apart,
 * the period over before either was published, and neither figure rounded ("about", "more than"): a count of a closed
 * period does not move in those days, so two exact values are two accounts of one fact. Articles years apart may give
 * a revised count; an open period ("this year") still moves; an undated article cannot say when it was written.
 *
 * @example closedPeriod(indicted12In2016, indicted18In2016) // true when both appeared 2018-07-13/14
 */
export function closedPeriod(a: ClaimItem, b: ClaimItem): boolean {
  const asOf = a.claim.asOf;
  if (asOf === null || asOf !== b.claim.asOf || isDayOrWeek(asOf)) return false;
  // Outlets round history differently ("more than 220,000", "at least 230,000" killed in 2004): exact counts only.
  if (a.claim.qualifier !== null || b.claim.qualifier !== null) return false;
  const period = dayRange(asOf);
  const pa = dayRange(a.published ?? null);
  const pb = dayRange(b.published ?? null);
  if (period === null || pa === null || pb === null || !isDay(a.published ?? null) || !isDay(b.published ?? null))
    return false;
  return Math.abs(pa.first - pb.first) <= maxConflictGapDays && period.last < Math.min(pa.first, pb.first);
}

/** The measure a claim carries, else read off its category: tolls run on, money is a fixed fact. */
function measureOf(item: ClaimItem): ClaimMeasure | null {
  const { measure, category, currency } = item.claim;
  if (measure !== undefined) return measure;
  if (category !== undefined && cumulative.has(category)) return "running";
  return currency !== undefined ? "fixed" : null;
}

/** What the two figures measure: running or fixed when one says so and the other does not say otherwise. */
function pairMeasure(a: ClaimItem, b: ClaimItem): ClaimMeasure | null {
  const ma = measureOf(a);
  const mb = measureOf(b);
  if (ma !== null && mb !== null && ma !== mb) return null;
  return ma ?? mb;
}

/** Whether the as-of date is the publication date standing in rather than a date the text gives. */
const inferredAsOf = (item: ClaimItem): boolean => item.claim.asOfEvidence === "inferred";

/**
 * Whether `later`'s as-of is known to be later than `earlier`'s: the text states it, or the articles appeared days
 * apart. A figure dated only by its publication is no later than a stated one of the same day's papers.
 */
function knownLater(earlier: ClaimItem, later: ClaimItem): boolean {
  if ((daysApart(earlier.claim.asOf, later.claim.asOf) ?? 0) < 1) return false;
  if (!inferredAsOf(later)) return true;
  const pe = dayRange(earlier.published ?? null);
  const pl = dayRange(later.published ?? null);
  return pe !== null && pl !== null && pl.first - pe.first >= 1;
}

/** Days between the two articles' publication, or null when either is undated. */
function publishedApart(a: ClaimItem, b: ClaimItem): number | null {
  return daysApart(a.published ?? null, b.published ?? null);
}

/**
 * Two values of a running count (a toll, the displaced, hostages held): a later, larger one updates the earlier; a
 * later, smaller one contradicts it unless the text says the count fell ("down to", "59 remain", "still held"); on
 * the same day they contradict. Null when the order of the two moments is unknown (the later dated only by a paper of
 * the same day).
 */
function runningRelation(earlier: ClaimItem, later: ClaimItem, gap: number, byWords: boolean): ClaimRelation | null {
  const days = isDay(earlier.claim.asOf) && isDay(later.claim.asOf);
  if (gap === 0)
    return days || (!byWords && isDayOrWeek(earlier.claim.asOf) && isDayOrWeek(later.claim.asOf)) ? "conflict" : null;
  if (!days || gap > maxUpdateGapDays || !knownLater(earlier, later)) return null;
  if (later.claim.quantity > earlier.claim.quantity || later.claim.fell === true) return "update";
  // A toll does not shrink: a smaller later count with no word of a fall contradicts the earlier one. A count linked
  // only by its thing (no shared participle or clause) may be two moments of two counts: no relation.
  return byWords ? "conflict" : null;
}

/**
 * Two values of a fixed fact (a budget, a cut, a price): the value does not move, so different values contradict
 * when the figures are of the same day, or when either is dated only by its publication and the articles appeared
 * within a week. Two stated dates days apart are two occasions (a bill's first and second version).
 */
function fixedRelation(a: ClaimItem, b: ClaimItem, gap: number): ClaimRelation | null {
  if (gap <= maxConflictGapDays && isDay(a.claim.asOf) && isDay(b.claim.asOf)) return "conflict";
  if (!inferredAsOf(a) && !inferredAsOf(b)) return null;
  const apart = publishedApart(a, b);
  return apart !== null && apart <= maxFixedGapDays && isDay(a.claim.asOf) && isDay(b.claim.asOf) ? "conflict" : null;
}

/**
 * How two figures of one quantity relate, or null when they cannot be the same quantity. `oneCount`: each article
 * gives the counted thing one value (see `sameCount`), which says they are one count without a participle.
 * A running quantity may be updated (see `runningRelation`); a fixed fact is not (see `fixedRelation`).
 */
export function pairRelation(a: ClaimItem, b: ClaimItem, oneCount = false, oneValue = false): ClaimRelation | null {
  if (compatibleFigures(a.claim, b.claim)) return "consistent";
  if (!isPrecise(a) || !isPrecise(b)) return null;
  // Different figures contradict only when both say what happened to what is counted, and the same thing, or when
  // both outlets wrote the same clause around them.
  const byWords = (a.predicate !== null && a.predicate === b.predicate) || sameWording(a, b);
  if (!byWords && !oneCount) return null;
  const [earlier, later] = compareAsOf(a.claim.asOf, b.claim.asOf) <= 0 ? [a, b] : [b, a];
  const gap = daysApart(earlier.claim.asOf, later.claim.asOf);
  if (gap === null) {
    // No date orders the two figures: only a fact that cannot move, told in the same clause (undatedFigures.ts).
    const running = measureOf(a) === "running" || measureOf(b) === "running";
    return undatedConflict(a, b, { running, oneValue }) ? "conflict" : null;
  }
  const measure = pairMeasure(a, b);
  if (measure === "running") {
    const relation = runningRelation(earlier, later, gap, byWords);
    if (relation !== null || byWords) return relation;
    return closedPeriod(a, b) ? "conflict" : null;
  }
  if (measure === "fixed" && byWords) return fixedRelation(a, b, gap);
  // One count known only by its thing: a conflict needs the same as-of day (or the week that holds it), or the same
  // closed period. Different days are an update of the count, or two moments of it, never a contradiction.
  if (!byWords) {
    if (gap === 0 && isDayOrWeek(a.claim.asOf) && isDayOrWeek(b.claim.asOf)) return "conflict";
    return closedPeriod(a, b) ? "conflict" : null;
  }
  // A figure dated only by a month or a year is background ("the 2004 tsunami killed more than 220,000"): outlets
  // round history differently, and the sentence may date another event than the count. Conflicts need days.
  return gap <= maxConflictGapDays && isDay(a.claim.asOf) && isDay(b.claim.asOf) ? "conflict" : null;
}

/** "two officials said": a handful of people in the attribution is who speaks, not a fact of the story. */
const minPeopleCount = 10;

/** Decades ("the nineteen sixties" read as 19 sixties): a time, not a count. Heads are stems ("sixties" → "sixty"). */
const decadeHead = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;

function isFact(item: ClaimItem): boolean {
  if (item.head !== null && decadeHead.test(item.head)) return false;
  return !(item.claim.category === "people" && item.claim.quantity < minPeopleCount);
}

/**
 * "seized 251 people" (category people) and "251 hostages seized" (hostages): a generic count meets a specific one
 * only as agreement: equal figures, the same as-of day, and sentences that say the same thing.
 */
function genericMatch(a: ClaimItem, b: ClaimItem): ClaimRelation | null {
  if (a.claim.category !== "people" && b.claim.category !== "people") return null;
  if (!compatibleFigures(a.claim, b.claim) || daysApart(a.claim.asOf, b.claim.asOf) !== 0) return null;
  return overlap(a.context, b.context).shared >= minContextShared ? "consistent" : null;
}

/**
 * Whether the figures' sentences can be about the same place: when both name places or countries ("in Gaza",
 * "southern Peru"), they must share one. Keeps a quake's toll apart from a war's when stories mix.
 */
function samePlaces(a: ClaimItem, b: ClaimItem): boolean {
  if (a.places.length === 0 || b.places.length === 0) return true;
  return a.places.some((p) => b.places.includes(p));
}

/**
 * Whether two claims of different independent articles report the same quantity. `aArticle` and `bArticle` are the
 * figures of each claim's article: when given, a named thing with one value in each article is one count.
 */
export function sameQuantity(
  a: ClaimItem,
  b: ClaimItem,
  aArticle: readonly ClaimItem[] = [],
  bArticle: readonly ClaimItem[] = [],
): ClaimRelation | null {
  if (a.root === b.root || !isFact(a) || !isFact(b)) return null;
  if ((a.claim.category ?? "other") !== (b.claim.category ?? "other")) return genericMatch(a, b);
  if ((a.claim.currency ?? null) !== (b.claim.currency ?? null)) return null;
  // A sum or a share framed alike in both articles is one amount whatever noun each writer put after it.
  const amount = aArticle.length > 0 && bArticle.length > 0 && sameAmount(a, b, aArticle, bArticle);
  const informative = !uninformativeHeads.has(a.head ?? "") && !uninformativeHeads.has(b.head ?? "");
  const sameThing = informative ? compatibleHeads(a, b) : overlap(a.context, b.context).shared >= minContextShared;
  if (!sameThing && !amount) return null;
  // "hundreds of", "millions of": too vague to confirm or contradict anything.
  if (!isPrecise(a) || !isPrecise(b)) return null;
  // An article gives at most one magnitude (see magnitudeClaims): two articles' magnitudes measure the same quake,
  // wherever each says it was felt or measured ("near Moquegua", "southern Peru").
  const magnitudes = a.claim.what === MAGNITUDE && b.claim.what === MAGNITUDE;
  if (!magnitudes && !samePlaces(a, b)) return null;
  const oneCount =
    magnitudes || amount || (aArticle.length > 0 && bArticle.length > 0 && sameCount(a, b, aArticle, bArticle));
  const oneValue = aArticle.length > 0 && bArticle.length > 0 && oneValueIn(a, aArticle) && oneValueIn(b, bArticle);
  const relation = pairRelation(a, b, oneCount, oneValue);
  // Different figures are one quantity only when both sentences name a common place: a gunman "killed 21 people in
  // Uvalde" and "killing thirteen people" in Buffalo are two shootings, not a conflict.
  // The same clause around both figures says they are one count wherever it happened.
  if (relation !== "consistent" && !a.places.some((p) => b.places.includes(p)) && !sameWording(a, b) && !oneCount)
    return null;
  if (relation === "consistent") {
    // Equal figures years apart ("killed more than 500 in 2007") are different facts.
    const gap = daysApart(a.claim.asOf, b.claim.asOf);
    if (gap !== null && gap > maxUpdateGapDays) return null;
  }
  return relation;
}

function groupRelation(relations: readonly ClaimRelation[]): ClaimRelation {
  if (relations.includes("conflict")) return "conflict";
  return relations.includes("update") ? "update" : "consistent";
}

/**
 * One entry per quantity that two or more independent articles report, with each article's figure and whether they
 * agree (`consistent`), a later figure supersedes an earlier one (`update`), or they contradict (`conflict`).
 *
 * @example alignClaims(articles, new Map())[0] // { what: "people killed", values: [...], relation: "conflict" }
 */
export function alignClaims(articles: readonly Article[], copyOf: ReadonlyMap<string, string>): AlignedClaim[] {
  // A copy repeats its original's figures: it is shown with the original's group but never links on its own.
  const items = claimItems(articles, (id) => rootOf(id, copyOf));
  const byArticle = new Map<string, ClaimItem[]>();
  for (const item of items) byArticle.set(item.article, [...(byArticle.get(item.article) ?? []), item]);
  const links: { a: number; b: number; relation: ClaimRelation }[] = [];
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = items[i];
      const b = items[j];
      if (a === undefined || b === undefined) continue;
      const relation = sameQuantity(a, b, byArticle.get(a.article), byArticle.get(b.article));
      if (relation !== null) links.push({ a: i, b: j, relation });
    }
  }
  // A copy joins the group of the claim it copies (same root, same figure, same words).
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = items[i];
      const b = items[j];
      if (a === undefined || b === undefined || a.article === b.article || a.root !== b.root) continue;
      if (a.claim.quantity === b.claim.quantity && a.head === b.head)
        links.push({ a: i, b: j, relation: "consistent" });
    }
  }
  const result: AlignedClaim[] = [];
  for (const group of groupLinks(items.length, links)) {
    const members = group.map((i) => items[i]).filter((m): m is ClaimItem => m !== undefined);
    if (new Set(members.map((m) => m.root)).size < 2) continue;
    const inGroup = new Set(group);
    const relations = links.filter((l) => inGroup.has(l.a) && inGroup.has(l.b)).map((l) => l.relation);
    // One figure per article: the first it gives.
    const seen = new Set<string>();
    const values = members
      .filter((m) => (seen.has(m.article) ? false : (seen.add(m.article), true)))
      .sort((x, y) => compareAsOf(x.claim.asOf, y.claim.asOf))
      .map((m) => ({
        article: m.article,
        quantity: m.claim.quantity,
        asOf: m.claim.asOf,
        ...(m.claim.asOfEvidence === undefined ? {} : { asOfEvidence: m.claim.asOfEvidence }),
        qualifier: m.claim.qualifier,
        ...(m.claim.high === undefined ? {} : { high: m.claim.high }),
        text: m.claim.text,
      }));
    // Name the group after a specific count ("hostages") rather than a generic one ("people"), from the first article
    // by id, so the name does not depend on the order the articles were read in.
    const byArticle = [...members].sort((x, y) =>
      x.article === y.article ? x.claim.start - y.claim.start : x.article < y.article ? -1 : 1,
    );
    const first = byArticle.find((m) => m.claim.category !== "people") ?? byArticle[0];
    result.push({
      what: first?.claim.what ?? "",
      category: first?.claim.category ?? null,
      values,
      relation: groupRelation(relations),
    });
  }
  return result;
}
