import type { Figure } from "./figures.js";

const monthSource = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;

/** "Oct. 7", "March 3": a day of the month, not a figure. Case-sensitive so the verb "may" is no month. */
export const monthBefore = new RegExp(String.raw`\b${monthSource}\.?,?\s+$`, "u");
/** "7 October", "3rd of May". */
export const monthAfter = new RegExp(String.raw`^\s*(?:of\s+)?${monthSource}\b`, "u");
/** "3 p.m.", "0900 GMT", "10 o'clock". */
export const clockAfter =
  /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|ET\b|EST\b|EDT\b|BST\b|CET\b|local\s+time\b|o['’]clock\b|hrs\b|hours\s+GMT\b)/u;
/** "a 6-year-old", "6 years old", "aged 6", "ages 18 to 24". */
export const ageAfter = /^[\s-]*(?:years?|yrs?|months?|weeks?|days?)[\s-]*old\b/iu;
export const ageBefore = /\b(?:aged?|ages)\s+$/iu;
/**
 * A label before the number makes it an identifier, not a count: "Resolution 2334", "page 5", "No. 1",
 * "Flight 17", "Section 230", "Article 5".
 */
export const identifierBefore =
  /(?:\b(?:no|nos|pages?|p|pp|chapter|section|article|paragraph|para|resolution|route|flight|room|line|level|grade|episode|volume|vol|platform|gate|terminal|highway|interstate|district|ward|unit|block|building|apartment|apt|suite|floor|lot|rule|amendment|title|bill|proposition|prop|number|model|version|category|class|phase|round|game|match|act|exhibit|figure|table|item|verse|seat|channel|code|zone|sector|series|tier|squad|battalion|brigade|division|regiment|corps|precinct|pier|dock|hangar|bus|train|tram|bay|lane|exit|mile|kilometre|kilometer|km|marker|box|ext|extension|ref|docket|decree|annex|appendix|clause|part|step|stage)\.?|#)\s*$/iu;
/** A capitalised word right before the number names a thing: "Boeing 737", "Windows 10", "Camp 22". */
export const capitalizedBefore = /(?:^|[^\p{L}\p{N}'’.])(\p{Lu}[\p{L}\p{N}'’.-]*)\s+$/u;
/** Words that make a small spelled number point back to things already counted: "the two men", "both three". */
export const anaphoricBefore =
  /\b(?:the|these|those|both|all|its|their|his|her|our|my|your|whose|first|last|other|next|previous|every)\s+$/iu;
/** Phone numbers: "(202) 555-0100", "+44 20 7946 0958", "555-1234". */
export const phonePattern = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b|\b\d{3}-\d{4}\b/gu;

/** Years the bare four-digit rule treats as calendar years. */
const firstYear = 1000;
const lastYear = 2100;

/**
 * Why a figure is no count at all (a year, a date, a clock time, an age, an identifier, a score, a phone
 * number), or null when it may be one. `sentenceStart` keeps a capitalised first word ("Some 250") from
 * reading as a label.
 *
 * @example notAFigure("Resolution 2334 says", figureOf("2334"), 0) // "identifier"
 */
export function notAFigure(text: string, figure: Figure, sentenceStart: number): string | null {
  const before = text.slice(Math.max(0, figure.start - 40), figure.start);
  const after = text.slice(figure.end, figure.end + 24);
  const unqualified = figure.qualifier === null;
  if (
    figure.kind === "count" &&
    figure.bareFourDigits &&
    unqualified &&
    figure.quantity >= firstYear &&
    figure.quantity <= lastYear
  )
    return "year";
  if (figure.dashRange && figure.high !== null && figure.high <= figure.quantity) return "score or tally";
  if (figure.letterScale && figure.kind !== "money") return "unit letter";
  if (figure.spelled && figure.quantity === 1 && figure.kind === "count") return "one";
  if (monthBefore.test(before) || monthAfter.test(after)) return "date";
  if (clockAfter.test(after)) return "clock time";
  if (ageAfter.test(after) || ageBefore.test(before)) return "age";
  if (unqualified && figure.kind !== "money" && identifierBefore.test(before)) return "identifier";
  if (unqualified && figure.kind === "count") {
    const label = capitalizedBefore.exec(before);
    if (label !== null) {
      const labelStart = figure.start - before.length + label.index + label[0].indexOf(label[1] ?? "");
      if (/\p{L}/u.test(text.slice(sentenceStart, labelStart))) return "identifier";
    }
  }
  if (figure.spelled && figure.quantity < 10 && unqualified && anaphoricBefore.test(before)) return "anaphoric";
  return null;
}
