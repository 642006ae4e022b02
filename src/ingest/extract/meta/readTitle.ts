import { stringOf } from "./jsonLd.js";
import { collapse, metaValues } from "./metaTags.js";
import type { PageSources } from "./pageSources.js";
import { splitTitle } from "./splitTitle.js";
import { visibleText } from "./visibleText.js";

export interface PageTitle {
  title: string | null;
  /** The site name the <title> ended (or began) with, if it had one. */
  site: string | null;
}

/** A headline has at least this many words; fewer is a logo or a section name ("Politics"). */
const MIN_H1_WORDS = 3;
const MAX_TITLE_CHARS = 400;

/**
 * The headline: og:title, twitter:title, the JSON-LD headline, the article's <h1>, then the <title> without its
 * " | Site" part. A site suffix is removed from the meta titles too when it names a known outlet.
 *
 * @example readTitle(sources, ["The Daily Planet"]) // { title: "Floods hit Valencia", site: "The Daily Planet" }
 */
export function readTitle(sources: PageSources, outlets: readonly string[]): PageTitle {
  const { tags, article, document } = sources;
  const stated = [
    ...metaValues(tags, "og:title", "twitter:title"),
    ...(article === null ? [] : [stringOf(article["headline"]), stringOf(article["name"])]),
  ]
    .map((t) => (t === null ? "" : collapse(t)))
    .filter((t) => t !== "" && t.length <= MAX_TITLE_CHARS && !isOutlet(t, outlets));
  const h1 = readH1(sources, outlets);
  const candidates = h1 === null ? stated : [...stated, h1];
  const pageTitle = collapse(document.querySelector("title")?.textContent ?? "");
  const fromTitle = pageTitle === "" ? null : splitTitle(pageTitle, outlets, candidates);
  const first = candidates[0];
  if (first !== undefined) {
    // "Headline | Site" in og:title: drop the part that names the outlet.
    const site = fromTitle?.site ?? null;
    const known = site === null ? outlets : [...outlets, site];
    const split = splitTitle(first, known, []);
    const named = split.site !== null && isOutlet(split.site, known);
    return { title: named ? split.headline : first, site };
  }
  if (fromTitle === null || isOutlet(fromTitle.headline, outlets))
    return { title: null, site: fromTitle?.site ?? null };
  return { title: fromTitle.headline, site: fromTitle.site };
}

function readH1(sources: PageSources, outlets: readonly string[]): string | null {
  const { scope, document } = sources;
  const inScope = scope?.querySelector("h1") ?? null;
  const headings = inScope === null ? [...document.querySelectorAll("h1")] : [inScope];
  for (const heading of headings) {
    const text = visibleText(heading);
    if (text.split(" ").length >= MIN_H1_WORDS && text.length <= MAX_TITLE_CHARS && !isOutlet(text, outlets))
      return text;
  }
  return null;
}

function isOutlet(text: string, outlets: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return outlets.some((o) => o.toLowerCase() === lower);
}
