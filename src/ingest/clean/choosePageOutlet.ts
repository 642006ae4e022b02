import { wordsOf } from "./words.js";

/** What a page says about who published it, gathered while cleaning. */
export interface OutletCues {
  /** "Headline | Outlet" page-title suffix. */
  titleSuffix: string | null;
  /** Owner of the "© 2025 Outlet" line. */
  copyright: string | null;
  /** The outlet name printed first on the page, above the menu. */
  masthead: string | null;
  /** The outlet in a byline ("Name – Outlet", "By Name, Outlet") or a credit line under the headline. */
  credit: string | null;
  /** The agency in the dateline: "CAIRO (Reuters) –". */
  dateline: string | null;
  /** Outlets a disclaimer names as the original publisher ("republished from X"): never this page's outlet. */
  republishedFrom: string[];
}

/** Cues before any is found. */
export function noOutletCues(): OutletCues {
  return { titleSuffix: null, copyright: null, masthead: null, credit: null, dateline: null, republishedFrom: [] };
}

/** Words that do not tell outlets apart: "The", company forms. */
const IGNORED = new Set(["the", "ltd", "limited", "inc", "llc", "plc", "group"]);
const LINKING = new Set(["of", "and", "&"]);
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * The outlet that published the page. The page's own marks (title suffix, copyright line, masthead) come first;
 * credits (byline, dateline agency) name who wrote the story and count only when the page names no one, or to
 * spell out the same outlet in full ("VBN" → "Vantage Broadcast Network"). An outlet named as the original of a
 * republished story is never the answer.
 *
 * @example choosePageOutlet({ titleSuffix: null, copyright: "VBN", masthead: null, credit: "Vantage Broadcast Network", dateline: "VBN", republishedFrom: [] }) // "Vantage Broadcast Network"
 */
export function choosePageOutlet(cues: OutletCues): string | null {
  const allowed = (name: string | null): name is string =>
    name !== null && !cues.republishedFrom.some((original) => sameOutlet(original, name));
  const page = [cues.titleSuffix, cues.copyright, cues.masthead].find(allowed);
  const credits = [cues.credit, cues.dateline].filter(allowed);
  if (page === undefined) return credits[0] ?? null;
  return credits.find((c) => c.length > page.length && sameOutlet(c, page)) ?? page;
}

/**
 * Whether two names are the same outlet: equal once "The" and company forms are dropped, one the acronym of the
 * other ("GWS", "Gulf Wire Service"), or one the start of the other ("BBC", "BBC News"; two words or an acronym).
 *
 * @example sameOutlet("The Harbour Post Ltd", "Harbour Post") // true
 */
export function sameOutlet(a: string, b: string): boolean {
  const wa = significantWords(a);
  const wb = significantWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long, shortName] = wa.length <= wb.length ? [wa, wb, a] : [wb, wa, b];
  // "BBC" starts "BBC News"; a lone ordinary word ("Harbour") is too little to say so.
  const enough = short.length === long.length || short.length >= 2 || ACRONYM.test(shortName.trim());
  if (enough && short.every((w, i) => long[i] === w)) return true;
  return isAcronymOf(a, b) || isAcronymOf(b, a);
}

function significantWords(name: string): string[] {
  return wordsOf(name)
    .map((w) => w.toLowerCase())
    .filter((w) => !IGNORED.has(w));
}

function isAcronymOf(acronym: string, name: string): boolean {
  const trimmed = acronym.trim();
  if (!ACRONYM.test(trimmed)) return false;
  const initials = wordsOf(name)
    .filter((w) => !IGNORED.has(w.toLowerCase()) && !LINKING.has(w.toLowerCase()))
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
  return initials === trimmed;
}
