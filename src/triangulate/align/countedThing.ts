/**
 * What a figure counts, and when two articles give one counted thing different values. A fact-checker reads "2,000
 * troops out of Syria" and "3,000 American troops from Syria" in two reports of one story, each giving the troops a
 * single figure, as one count told two ways, even when no participle says what happened to the troops.
 */

import type { ClaimCategory } from "../../article.js";
import { daysApart } from "./asOf.js";
import type { ClaimItem } from "./claimItems.js";
import { compatibleFigures } from "./claimValues.js";

/** Nouns that count people without saying who: compatible with a demonym ("Palestinians") or the category's noun. */
export const genericPeople = new Set(["people", "person", "individual"]);
/**
 * Nouns that name the same counted thing (stems): the general words for one category ("troops", "soldiers",
 * "forces"; the toll's "deaths", "dead", "fatalities", "lives"), not its kinds ("marines" and "sailors" are parts of
 * the troops; "bodies" recovered may be part of the toll), and a spelling or a short form ("KOs", "knockouts").
 */
const synonymSets: readonly (readonly string[])[] = [
  ["fighter", "militant", "combatant"],
  ["home", "house", "dwelling"],
  ["hostage", "captive", "abductee"],
  ["troop", "soldier", "servicemember", "force", "personnel"],
  ["death", "dead", "fatality", "toll", "live", "killing"],
  ["injury", "injur", "wound"],
  ["employee", "worker", "staffer"],
  ["quake", "earthquake", "tremor", "temblor"],
  ["website", "site"],
  ["knockout", "kos"],
  ["reception", "catche"],
];
/** Heads that say only the unit or kind of a figure: the sentence must say what it counts. */
export const uninformativeHeads = new Set([
  "money",
  "worth",
  "percent",
  "per",
  "kilometre",
  "kilometer",
  "mile",
  "metre",
  "meter",
  "km",
  "dollar",
  "euro",
  "ton",
  "tonne",
  "hour",
  "day",
  "year",
  "time",
]);

/** Noun of a category, to let "people taken hostage" meet "hostages". */
const categoryNoun: Partial<Record<ClaimCategory, string>> = { hostages: "hostage", troops: "troop" };

/** Whether two heads count the same kind of thing. */
export function compatibleHeads(a: ClaimItem, b: ClaimItem): boolean {
  if (a.head === null || b.head === null) return false;
  if (a.head === b.head) return true;
  if (synonymSets.some((set) => set.includes(a.head ?? "") && set.includes(b.head ?? ""))) return true;
  const generic = (x: ClaimItem, y: ClaimItem): boolean =>
    genericPeople.has(x.head ?? "") &&
    (y.headCapitalised || (y.claim.category !== undefined && categoryNoun[y.claim.category] === y.head));
  return generic(a, b) || generic(b, a);
}

/**
 * Categories whose figures of one named thing are many in one story: shares of one base ("30 percent of the vote",
 * "two-thirds of the vote") and sums proposed, demanded, granted ("$2 trillion in spending cuts" pressed for, "$1
 * trillion in spending cuts" due to kick in). Their figures meet only through a participle or the same clause.
 */
const manyValuedCategories = new Set<ClaimCategory>(["percent", "money"]);

/** A head that names what is counted by itself: not a unit ("miles", "percent", "money") nor "people". */
export function namesThing(item: ClaimItem): boolean {
  if (item.claim.category !== undefined && manyValuedCategories.has(item.claim.category)) return false;
  return item.head !== null && !uninformativeHeads.has(item.head) && !genericPeople.has(item.head);
}

/** Content words the two sentences share besides the counted noun: what ties them to one scene ("airport", "border"). */
const minSharedBesidesHead = 2;

export function sharedBesidesHead(a: ClaimItem, b: ClaimItem): number {
  const inB = new Set(b.context);
  return new Set(a.context.filter((w) => w !== a.head && w !== b.head && inB.has(w))).size;
}

const sameKind = (x: ClaimItem, y: ClaimItem): boolean =>
  (x.claim.category ?? "other") === (y.claim.category ?? "other") &&
  (x.claim.currency ?? null) === (y.claim.currency ?? null) &&
  compatibleHeads(x, y);

/**
 * Two figures of one article dated to times that do not overlap ("1,200 National Guard troops in 2010", "5,200
 * troops on Monday"): the thing's count at two moments, not two values of one count. Unknown as-ofs overlap anything.
 */
const atOtherTimes = (x: ClaimItem, y: ClaimItem): boolean => (daysApart(x.claim.asOf, y.claim.asOf) ?? 0) > 0;

/**
 * Whether an article gives one value for the thing an item counts at the item's as-of: every figure of its article
 * with the same head, category and currency, dated to an overlapping time, agrees with it. "51 votes" and "60 votes"
 * in one article are two counts of votes; "1,200 troops" sent in 2010 and "5,200" deployed on Monday are the troops
 * at two moments.
 */
export function oneValueIn(item: ClaimItem, sameArticle: readonly ClaimItem[]): boolean {
  return sameArticle.every(
    (x) => !sameKind(x, item) || atOtherTimes(x, item) || compatibleFigures(x.claim, item.claim),
  );
}

/**
 * Two figures of two articles are one count told two ways when they count the same named thing ("troops",
 * "federal employees", "hostages": not a unit, not "people", not a share or a sum), the sentences share two more
 * content words, and each article gives that thing one value only. Whether the values then conflict is the as-of
 * day's call (`pairRelation`).
 * `articleItems` are the figures of each figure's own article.
 *
 * @example sameCount(troops2000, troops3000, [troops2000], [troops3000]) // true
 */
export function sameCount(
  a: ClaimItem,
  b: ClaimItem,
  aArticle: readonly ClaimItem[],
  bArticle: readonly ClaimItem[],
): boolean {
  if (!namesThing(a) || !namesThing(b) || !compatibleHeads(a, b)) return false;
  if (sharedBesidesHead(a, b) < minSharedBesidesHead) return false;
  return oneValueIn(a, aArticle) && oneValueIn(b, bArticle);
}
