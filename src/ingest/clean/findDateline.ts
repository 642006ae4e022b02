import { findOutletName } from "./findOutletName.js";

export interface Dateline {
  /** The place, as written: "WASHINGTON", "GAZA CITY", "Beirut". */
  dateline: string | null;
  /** The agency credited in brackets: "(MNTV)", "(Reuters)". */
  outlet: string | null;
  /** The prefix as written, dash included; removed from the paragraph. */
  prefix: string;
  /** The paragraph without the prefix. */
  rest: string;
}

const CAPS_WORD = "\\p{Lu}[\\p{Lu}.'’-]*\\p{Lu}\\.?";
const TITLE_WORD = "\\p{Lu}[\\p{L}.'’-]*";
/** "WASHINGTON", "GAZA CITY", "ST. LOUIS": the place in capitals. */
const CAPS_PLACE = `${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}`;
/** "Beirut", "Gaza City": a place in title case, accepted only with a region, a date or an outlet credit. */
const TITLE_PLACE = `${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,3}`;
/** ", United States", ", Calif.", ", Gaza Strip". */
const REGION = `,\\s*${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,3}`;
/** ", March 3", "Oct 7", "3 March 2025". */
const DATE =
  ",?\\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?(?:\\s+\\d{4})?)";
/** "(MNTV)", "(Reuters)", "(AP Photo)". */
const CREDIT = "\\(([^()\\n]{1,40})\\)";
const DASH = "\\s*[-–—]+\\s+";

/** "WASHINGTON, United States (MNTV) –", "GAZA CITY, Oct 7 (Reuters) -", "JERUSALEM —", "KHARTOUM:". */
export const CAPS_DATELINE = new RegExp(
  `^(${CAPS_PLACE})((?:${REGION}){0,2})(${DATE})?\\s*(?:${CREDIT})?(?:${DASH}|\\s*:\\s+)`,
  "u",
);
/** "Beirut, Lebanon (CNN) —", "Beirut (Reuters) -", "Cairo, March 3 -": title case needs a date or a credit. */
export const TITLE_DATELINE = new RegExp(
  `^(${TITLE_PLACE})((?:${REGION}){0,2})(?:(${DATE})\\s*(?:${CREDIT})?|\\s*${CREDIT})${DASH}`,
  "u",
);
/** "(Reuters) - The talks…": a credit with no place. */
export const CREDIT_ONLY_DATELINE = new RegExp(`^${CREDIT}${DASH}`, "u");

/** Capitalised openers that are labels or acronyms, not places. */
const NOT_PLACES = new Set([
  "BREAKING",
  "UPDATE",
  "UPDATED",
  "EXCLUSIVE",
  "ANALYSIS",
  "OPINION",
  "WATCH",
  "LIVE",
  "EDITORIAL",
  "NOTE",
  "NATO",
  "UN",
  "EU",
  "US",
  "UK",
  "IDF",
  "UNRWA",
  "WHO",
  "IAEA",
  "OPEC",
  "ICC",
  "ICJ",
  "IMF",
  "CIA",
  "FBI",
  "AU",
]);

/** The rest must read as a sentence of at least this many words. */
const MIN_REST_WORDS = 3;

/**
 * Reads the dateline opening a first paragraph. The dateline is the place (the first group, before any region,
 * date or credit); a bracketed credit gives the outlet.
 *
 * @example findDateline("WASHINGTON, United States (MNTV) – The talks…")?.dateline // "WASHINGTON"
 */
export function findDateline(paragraph: string): Dateline | null {
  const credit = CREDIT_ONLY_DATELINE.exec(paragraph);
  if (credit !== null) return build(paragraph, credit[0], null, credit[1]);
  const caps = CAPS_DATELINE.exec(paragraph);
  if (caps !== null && caps[1] !== undefined && !NOT_PLACES.has(caps[1])) {
    return build(paragraph, caps[0], caps[1], caps[4]);
  }
  const title = TITLE_DATELINE.exec(paragraph);
  if (title !== null && title[1] !== undefined) {
    return build(paragraph, title[0], title[1], title[4] ?? title[5]);
  }
  return null;
}

function build(paragraph: string, prefix: string, place: string | null, credit: string | undefined): Dateline | null {
  const rest = paragraph.slice(prefix.length);
  if (rest.split(/\s+/u).length < MIN_REST_WORDS) return null;
  const outlet = credit === undefined ? null : findOutletName(credit.replace(/\s+photo$/iu, ""));
  return { dateline: place, outlet, prefix: prefix.trimEnd(), rest };
}
