/**
 * When two outlets' sums or shares are one amount. A story holds many sums and shares of one named thing ("$5.7
 * billion" demanded and "$1.375 billion" granted for the wall; "30 percent of the vote" won and "two-thirds" needed),
 * so the counted noun does not tell them apart; the words the writer put right around the figure do. A fact-checker
 * reads "his demand for $5.7 billion in funding for a wall" and "his demands for $8.6 billion in funds for his wall"
 * as one amount told two ways: the same word says what the amount is of, and the same word what is done with it.
 */

import type { ClaimCategory } from "../../article.js";
import type { ClaimItem } from "./claimItems.js";
import { compatibleFigures } from "./claimValues.js";
import { contentStems } from "./words.js";

/** Categories whose figures are sums or shares. */
const amountCategories = new Set<ClaimCategory>(["money", "percent"]);

/**
 * Stems that belong to the figure itself, not its frame: units and scales ("billion", "percent"), currencies, and the
 * qualifiers and emphasis writers put before a figure ("roughly", "an astonishing", "an additional").
 */
const figureWords = new Set(
  (
    "percent per cent percentage point thousand million billion trillion dollar euro pound yen yuan franc usd us " +
    "approximately roughly nearly almost around estimat additional extra least total whopp astonish stagger " +
    "mere record"
  ).split(" "),
);

/** Punctuation that ends the figure's phrase. */
const clauseBreak = /[,;:()\u2013\u2014\u2015"“”]|\s-\s|\.(?:\s|$)/u;
/** Content stems before the figure that may hold the frame's verb or noun ("cost an astonishing $32.6 trillion"). */
const reachBefore = 2;
/** Sentence words the two figures' sentences must share, frame words included. */
const minShared = 3;

/** The words around a figure: the content stems just before it, and the first one after it (what it is of). */
export interface AmountFrame {
  before: string[];
  after: string;
}

/** Another figure, in digits or words ("0.7%", "half", "two-thirds"): a frame word does not reach across it. */
const units = "one|two|three|four|five|six|seven|eight|nine";
const fractions = "half|halves|third|quarter|fifth|tenth";
const tens = "ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
/** A stem in digits, or a number word with an optional fraction or unit ("two-third", "twenty-five"; not "two-year"). */
const numberWord = new RegExp(
  `\\d|^(?:${fractions}|dozen|hundr|${units}|${tens})(?:-(?:${fractions}|${units})s?)?$`,
  "u",
);
const isNumber = (w: string): boolean => numberWord.test(w);

/**
 * The frame of a figure in its sentence, or null when the figure's words are not found, punctuation ends its phrase
 * right after it, or another figure stands between it and a frame word ("half of this 0.7% increase").
 *
 * @example amountFrame(item("his demand for $5.7 billion in funding")) // { before: ["demand"], after: "fund" }
 */
export function amountFrame(item: ClaimItem): AmountFrame | null {
  const figure = item.claim.figure;
  const at = figure === undefined ? -1 : item.claim.text.indexOf(figure);
  if (figure === undefined || at === -1) return null;
  const beforeStems = contentStems(item.claim.text.slice(0, at));
  // What the amount is of stands right after it, in its own phrase: "80 percent, in India by 65 percent" has none.
  const afterStems = contentStems(item.claim.text.slice(at + figure.length).split(clauseBreak)[0] ?? "");
  const lastNumber = beforeStems.findLastIndex(isNumber);
  const before = beforeStems
    .slice(lastNumber + 1)
    .filter((w) => !figureWords.has(w))
    .slice(-reachBefore);
  const firstAfter = afterStems.find((w) => isNumber(w) || !figureWords.has(w));
  if (before.length === 0 || firstAfter === undefined || isNumber(firstAfter)) return null;
  return { before, after: firstAfter };
}

function sameFrame(a: AmountFrame, b: AmountFrame): boolean {
  return a.after === b.after && a.before.some((w) => b.before.includes(w));
}

const isAmount = (item: ClaimItem): boolean =>
  item.claim.category !== undefined && amountCategories.has(item.claim.category);

/** Frames sharing the word before or after: "cost the government about $400 billion", "cost Americans $420 billion". */
function nearFrame(a: AmountFrame, b: AmountFrame): boolean {
  return a.after === b.after || a.before.some((w) => b.before.includes(w));
}

/**
 * Whether an article gives one value for the amount an item frames: no other figure of its category and currency,
 * framed with the same word before or after it, disagrees with it. An article that says the plan will "cost the
 * government about $400 billion" and "cost Americans $420 billion" gives the cost two values; "approximately half
 * of this 0.7% increase" frames nothing.
 */
function oneAmountIn(item: ClaimItem, frame: AmountFrame, sameArticle: readonly ClaimItem[]): boolean {
  return sameArticle.every((x) => {
    if (x === item || x.claim.category !== item.claim.category) return true;
    if ((x.claim.currency ?? null) !== (item.claim.currency ?? null)) return true;
    const other = amountFrame(x);
    return other === null || !nearFrame(frame, other) || compatibleFigures(x.claim, item.claim);
  });
}

/**
 * A figure after another of its kind in its sentence ("55 percent in Saudi Arabia, 52 percent in Egypt and 82
 * percent in India"; "$1.6 million in fines, $800,000 for each"): the words before it are the first one's, so they
 * do not frame it. The first figure keeps its frame.
 */
function listed(item: ClaimItem, sameArticle: readonly ClaimItem[]): boolean {
  const at = (x: ClaimItem): number => (x.claim.figure === undefined ? -1 : x.claim.text.indexOf(x.claim.figure));
  return sameArticle.some(
    (x) =>
      x !== item &&
      x.claim.figure !== item.claim.figure &&
      x.claim.text === item.claim.text &&
      x.claim.category === item.claim.category &&
      at(x) < at(item),
  );
}

/**
 * Two sums or shares of two articles are one amount when the writers framed them alike: the same content word right
 * after the figure (what it is of: "in funding", "of the population", "in fines"), a content word in common among the
 * two right before it (what is done with it: "demand", "paid", "cost"), three words of the sentences in common,
 * neither figure following another of its kind in its sentence, and each article giving that amount one value.
 * Whether the values then conflict is the as-of day's call (`pairRelation`).
 *
 * @example sameAmount(demand5700, demand8600, [demand5700], [demand8600]) // true
 */
export function sameAmount(
  a: ClaimItem,
  b: ClaimItem,
  aArticle: readonly ClaimItem[],
  bArticle: readonly ClaimItem[],
): boolean {
  if (!isAmount(a) || a.claim.category !== b.claim.category) return false;
  if ((a.claim.currency ?? null) !== (b.claim.currency ?? null)) return false;
  if (listed(a, aArticle) || listed(b, bArticle)) return false;
  const fa = amountFrame(a);
  const fb = amountFrame(b);
  if (fa === null || fb === null || !sameFrame(fa, fb)) return false;
  const inB = new Set(b.context);
  if (new Set(a.context.filter((w) => inB.has(w))).size < minShared) return false;
  return oneAmountIn(a, fa, aArticle) && oneAmountIn(b, fb, bArticle);
}
