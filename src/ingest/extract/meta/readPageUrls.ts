import { stringOf } from "./jsonLd.js";
import { metaValues } from "./metaTags.js";
import type { PageSources } from "./pageSources.js";

const WEB_URL = /^https?:\/\//iu;

/**
 * Every address the page states for itself, best first: the canonical link, og:url, the JSON-LD article's url. A
 * relative canonical link is resolved against og:url; only absolute http(s) URLs count.
 *
 * @example readPageUrls(sources)[0] // "https://example.org/2024/05/31/floods"
 */
export function readPageUrls(sources: PageSources): string[] {
  const { document, tags, article } = sources;
  const stated = metaValues(tags, "og:url", "twitter:url");
  const base = stated.find((u) => WEB_URL.test(u.trim()));
  const canonical = [...document.querySelectorAll("link[rel][href]")]
    .filter((link) => (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/u).includes("canonical"))
    .map((link) => link.getAttribute("href") ?? "");
  const fromJsonLd = article === null ? [] : [stringOf(article["url"]) ?? ""];
  const urls: string[] = [];
  for (const candidate of [...canonical, ...stated, ...fromJsonLd]) {
    const url = absolute(candidate.trim(), base);
    if (url !== null && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

function absolute(url: string, base: string | undefined): string | null {
  if (url === "") return null;
  if (WEB_URL.test(url)) return URL.canParse(url) ? url : null;
  if (base === undefined || !URL.canParse(url, base)) return null;
  return new URL(url, base).href;
}
