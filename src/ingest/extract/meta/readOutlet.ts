import { isNode, nameOf, typesOf } from "./jsonLd.js";
import { collapse, metaValues } from "./metaTags.js";
import type { PageSources } from "./pageSources.js";

const MAX_OUTLET_CHARS = 80;
/** A URL or a social-media handle in og:site_name: an address, not a name ("https://www.example.in", "@example"). */
const NOT_A_NAME = /^(?:https?:\/\/|www\.|@)/iu;

/**
 * The outlet names the page states, best first: og:site_name, the article's JSON-LD publisher, application-name,
 * the JSON-LD WebSite's name. (The <title> suffix is the last resort; `readTitle` finds it.)
 *
 * @example readOutlet(sources)[0] // "The Daily Planet"
 */
export function readOutlet(sources: PageSources): string[] {
  const { tags, jsonLd, article } = sources;
  const publisher = article === null ? null : firstPublisher(sources, article["publisher"]);
  const website = jsonLd.nodes.find((node) => typesOf(node).includes("website"));
  const candidates = [
    ...metaValues(tags, "og:site_name"),
    publisher,
    ...metaValues(tags, "application-name", "apple-mobile-web-app-title"),
    website === undefined ? null : nameOf(jsonLd, website["name"]),
  ];
  // Some pages name their WebSite node (or application-name) after the page: that is the headline, not the outlet.
  const titles = new Set(metaValues(tags, "og:title", "twitter:title").map((t) => collapse(t).toLowerCase()));
  const outlets: string[] = [];
  for (const candidate of candidates) {
    const name = candidate === null ? "" : collapse(candidate);
    if (name === "" || name.length > MAX_OUTLET_CHARS || NOT_A_NAME.test(name) || titles.has(name.toLowerCase()))
      continue;
    if (!outlets.includes(name)) outlets.push(name);
  }
  return outlets;
}

function firstPublisher(sources: PageSources, publisher: unknown): string | null {
  const list = Array.isArray(publisher) ? publisher : [publisher];
  for (const item of list) {
    const name = typeof item === "string" || isNode(item) ? nameOf(sources.jsonLd, item) : null;
    if (name !== null && collapse(name) !== "") return name;
  }
  return null;
}
