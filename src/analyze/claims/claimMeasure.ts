import type { ClaimCategory, ClaimMeasure, Span } from "../../article.js";

/** Categories whose counts run on while a story goes on: tolls, the wounded, the displaced, hostages held. */
const runningCategories = new Set<ClaimCategory>(["killed", "injured", "displaced", "hostages"]);
/** What a running count counts: people detained, missing, evacuated; cases, deaths, refugees. */
const runningThing =
  /\b(?:detain\w*|arrest\w*|held|missing|evacuat\w*|displac\w*|refugees?|fled|deaths?|dead|casualt\w*|cases|infect\w*|hospitali[sz]ed|rescued|released|freed|hostages?|captives?|prisoners?)\b/iu;
/** Words of the clause that make the figure a running total: "so far", "to date", "since the war began", "death toll", "rose to 64,000". */
const runningCue =
  /\b(?:(?:so\s+far|thus\s+far|to\s+date|since|cumulative|running\s+total|toll|tally)\b|(?:rose|risen|climbed|grew|reached|passed|surpassed|topped)\s+(?:to\s+)?(?=[\d$€£]))/iu;
/** Words right before or after the figure that say the count went down: "down to", "fell to", "59 remain", "still held". */
const fellBefore =
  /\b(?:down\s+to|(?:fell|fallen|dropped|declined|decreased|reduced|shrunk|shrank|eased)\s+to|the\s+remaining|remaining|still\s+(?:holds?|holding|has|have))\s+$/iu;
const fellAfter =
  /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:remain(?:s|ed|ing)?|(?:are|were|is)\s+still|still\s+(?:being\s+)?(?:held|detained|missing|in\s+captivity|displaced|alive)|left\s+(?:alive|in\s+captivity))\b/iu;
/** How far before the figure a falling cue may start. */
const fellReach = 30;
/** A closed past period read off the text: a year or month that ended before the article appeared. */
const yearOrMonth = /^\d{4}(?:-\d{2})?$/u;

export interface MeasureInputs {
  category: ClaimCategory;
  what: string;
  /** Whether the figure has a start (`since`) or the clause says "since …". */
  since: boolean;
  currency: string | null;
  asOf: string | null;
  asOfStated: boolean;
  published: string | null;
}

/** Whether a stated as-of is a year or month over before publication ("$2.8 million in 2011"). */
function closedPeriod(asOf: string | null, asOfStated: boolean, published: string | null): boolean {
  if (!asOfStated || asOf === null || published === null || !yearOrMonth.test(asOf)) return false;
  return asOf < published.slice(0, asOf.length);
}

/**
 * Whether a figure is a running quantity (a toll, a count of the displaced, hostages or detained, a cumulative
 * total: it moves while the story goes on) or a fixed fact (a budget, a price, a cut, a past period's total: it does
 * not), or null when the text does not tell. Read from the counted thing, the clause and the as-of date.
 *
 * @example claimMeasure("more than 64,000 Palestinians have been killed", { category: "killed", … }) // "running"
 * @example claimMeasure("a $716 billion cut to Medicare", { category: "money", currency: "USD", … }) // "fixed"
 */
export function claimMeasure(clause: string, inputs: MeasureInputs): ClaimMeasure | null {
  // A count of a year or month already over ("killed 220,000 in 2004") is that period's total: a fixed fact.
  if (closedPeriod(inputs.asOf, inputs.asOfStated, inputs.published)) return "fixed";
  if (inputs.since || runningCue.test(clause)) return "running";
  if (runningCategories.has(inputs.category) || runningThing.test(inputs.what)) return "running";
  return inputs.currency !== null || inputs.category === "money" ? "fixed" : null;
}

/**
 * Whether the text says a count went down to the figure: "down to 59", "the remaining 59 hostages", "59 remain",
 * "59 are still held". A later, smaller running count is then an update, not a contradiction.
 *
 * @example countFell("Of the 251 hostages seized, 59 remain.", { start: 32, end: 34 }, { start: 0, end: 42 }) // true
 */
export function countFell(text: string, figure: Span, clause: Span): boolean {
  const before = text.slice(Math.max(clause.start, figure.start - fellReach), figure.start);
  const rawAfter = text.slice(figure.end, clause.end);
  // Stop at the next figure or clause mark: "251 hostages seized, 59 remain" does not say 251 fell.
  const stop = rawAfter.search(/[\d,;:.()]/u);
  const after = stop === -1 ? rawAfter : rawAfter.slice(0, stop);
  return fellBefore.test(before) || fellAfter.test(after);
}
