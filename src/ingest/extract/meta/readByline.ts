import { authorNames, formatNames } from "./authorNames.js";
import { dereference, isNode, stringOf, typesOf } from "./jsonLd.js";
import { metaValues } from "./metaTags.js";
import type { PageSources } from "./pageSources.js";
import { visibleText } from "./visibleText.js";

/** Elements that hold the visible byline, most specific first. */
const BYLINE_SELECTORS = [
  "[itemprop~=author]",
  "a[rel~=author]",
  "a[href*='/author/']",
  ".byline",
  ".author",
  ".author-name",
  ".autor",
  ".auteur",
  ".byline__name",
  ".article-author",
  "[class*=byline]",
  "[class*=author-name]",
  "[data-testid*=byline]",
];
/** Inside a byline element, the parts that hold just a name. */
const NAME_SELECTORS =
  "[itemprop~=name], a[rel~=author], a[href*='/author'], a[href*='/authors/'], a[href*='/people/'], a[href*='/profile/'], a[href*='/journalist'], a[href*='/by/'], a[href*='/staff/'], a[href*='/contributor']";
/** Comment threads have authors too; they are not the article's. */
const COMMENTS = /comment|disqus/iu;
const MAX_BYLINE_ELEMENTS = 12;

/**
 * The article's authors, as "Jane Doe" or "Jane Doe and John Roe": from the JSON-LD author (string, Person, array or
 * reference), then meta author, article:author when it is a name (not a profile URL), then the page's visible byline
 * (itemprop=author, rel=author, .byline, .author). Only person names: outlets, desks ("Staff"), roles are left out.
 *
 * @example readByline(sources, ["Reuters"]) // "Jane Doe and John Roe"
 */
export function readByline(sources: PageSources, outlets: readonly string[]): string | null {
  const { tags, article } = sources;
  const attempts: (() => string[])[] = [
    () => (article === null ? [] : jsonLdAuthors(sources, article["author"])),
    () =>
      metaValues(
        tags,
        "author",
        "article:author",
        "dc.creator",
        "dcterms.creator",
        "sailthru.author",
        "parsely-author",
      ),
    () => visibleBylines(sources),
  ];
  for (const attempt of attempts) {
    const names = authorNames(attempt(), outlets);
    if (names.length > 0) return formatNames(names);
  }
  return null;
}

/** Names of JSON-LD authors; an Organization author is an outlet, not a byline. */
function jsonLdAuthors(sources: PageSources, author: unknown): string[] {
  const list = Array.isArray(author) ? author : [author];
  const names: string[] = [];
  for (const item of list) {
    const node = dereference(sources.jsonLd, item);
    if (typeof node === "string") names.push(node);
    else if (
      isNode(node) &&
      !typesOf(node).includes("organization") &&
      !typesOf(node).includes("newsmediaorganization")
    ) {
      const name = stringOf(node["name"]);
      if (name !== null) names.push(name);
    }
  }
  return names;
}

/** Texts of the visible byline: the first kind of byline element found in the article that names someone. */
function visibleBylines(sources: PageSources): string[] {
  const scopes = [sources.scope, sources.document.body].filter((s): s is HTMLElement => s !== null);
  for (const scope of new Set(scopes)) {
    for (const selector of BYLINE_SELECTORS) {
      const elements = [...scope.querySelectorAll(selector)]
        .filter((e) => !inComments(e))
        .slice(0, MAX_BYLINE_ELEMENTS);
      const texts = elements.flatMap(namesIn);
      if (authorNames(texts, []).length > 0) return texts;
    }
  }
  return [];
}

/** A byline element's name parts when it marks them, else its whole text. */
function namesIn(element: Element): string[] {
  const content = element.getAttribute("content");
  if (content !== null) return [content];
  const named = [...element.querySelectorAll(NAME_SELECTORS)].map(visibleText).filter((t) => t !== "");
  return named.length > 0 ? named : [visibleText(element)];
}

function inComments(element: Element): boolean {
  for (let e: Element | null = element; e !== null; e = e.parentElement) {
    if (COMMENTS.test(`${e.getAttribute("class") ?? ""} ${e.getAttribute("id") ?? ""}`)) return true;
  }
  return false;
}
