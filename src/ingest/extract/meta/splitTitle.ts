import { collapse } from "./metaTags.js";

/** Between a headline and the site name in a <title>: " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ". */
export const TITLE_SEPARATOR = /(\s+(?:[|–—·•»]|-{1,2}|::)\s+)/u;
/** A site name is short: "BBC News", "The Times of India", "Süddeutsche Zeitung". */
const MAX_SITE_WORDS = 5;
const MAX_SITE_CHARS = 40;
/** A site name starts with a capital or a digit ("9News"); "live updates" does not name a site. */
const SITE_START = /^[\p{Lu}\p{N}]/u;

export interface TitleParts {
  headline: string;
  /** The site name the title carried, or null when none was told apart. */
  site: string | null;
}

/**
 * Splits a page title into headline and site name: "Headline | Site", "Headline - Site - Section", "Site: Headline"
 * are recognised from the site names and headlines read elsewhere on the page; without them, a short capitalised
 * last part after " | " or " - " is taken as the site.
 *
 * @example splitTitle("Floods hit Valencia | The Daily Planet", [], []) // { headline: "Floods hit Valencia", site: "The Daily Planet" }
 * @example splitTitle("Floods hit Valencia - live updates", [], []) // { headline: "Floods hit Valencia - live updates", site: null }
 */
export function splitTitle(
  title: string,
  knownSites: readonly string[],
  knownHeadlines: readonly string[],
): TitleParts {
  const text = collapse(title);
  const pieces = text.split(TITLE_SEPARATOR);
  // pieces alternate: segment, separator, segment, …
  const segments = pieces.filter((_, i) => i % 2 === 0);
  if (segments.length < 2) return { headline: text, site: null };
  const join = (from: number, to: number) => pieces.slice(from * 2, to * 2 - 1).join("");
  const sites = new Set(knownSites.map((s) => key(s)));
  const headlines = new Set(knownHeadlines.map((h) => key(h)));

  // A known site name at the end or the start.
  for (let cut = segments.length - 1; cut >= 1; cut--) {
    if (sites.has(key(join(cut, segments.length)))) return { headline: join(0, cut), site: join(cut, segments.length) };
  }
  for (let cut = 1; cut < segments.length; cut++) {
    if (sites.has(key(join(0, cut)))) return { headline: join(cut, segments.length), site: join(0, cut) };
  }
  // A known headline at the start: what follows is the site (possibly after a section name).
  for (let cut = segments.length - 1; cut >= 1; cut--) {
    if (headlines.has(key(join(0, cut)))) {
      const last = segments.at(-1) ?? "";
      return { headline: join(0, cut), site: looksLikeSite(last) ? last : null };
    }
  }
  const last = segments.at(-1) ?? "";
  const head = join(0, segments.length - 1);
  if (looksLikeSite(last) && words(head) >= words(last)) return { headline: head, site: last };
  return { headline: text, site: null };
}

function looksLikeSite(text: string): boolean {
  return SITE_START.test(text) && text.length <= MAX_SITE_CHARS && words(text) <= MAX_SITE_WORDS;
}

function words(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** Compared ignoring case, punctuation spacing and quote styles. */
function key(text: string): string {
  return collapse(text).toLowerCase().replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"');
}
