import { type JsonLd, type JsonLdNode, articleNode, readJsonLd } from "./jsonLd.js";
import { type MetaTags, readMetaTags } from "./metaTags.js";

/** What the field readers look at, read once per page. */
export interface PageSources {
  document: Document;
  tags: MetaTags;
  jsonLd: JsonLd;
  /** The JSON-LD node of the article itself (NewsArticle, BlogPosting…), if the page has one. */
  article: JsonLdNode | null;
  /** Where the article's own markup is: <article>, <main>, or the body. */
  scope: Element | null;
}

/** Reads a page's <meta> tags and JSON-LD, and finds the article's element. */
export function readPageSources(document: Document): PageSources {
  const jsonLd = readJsonLd(document);
  const scope =
    document.querySelector("article") ??
    document.querySelector("main") ??
    document.querySelector("[role=main]") ??
    document.body ??
    null;
  return { document, tags: readMetaTags(document), jsonLd, article: articleNode(jsonLd), scope };
}
