import type { ArticleMeta } from "../../article.js";
import { readPageSources } from "./meta/pageSources.js";
import { readByline } from "./meta/readByline.js";
import { readLanguage } from "./meta/readLanguage.js";
import { readOutlet } from "./meta/readOutlet.js";
import { readPageUrls } from "./meta/readPageUrls.js";
import { readPublished } from "./meta/readPublished.js";
import { readTitle } from "./meta/readTitle.js";

/**
 * Metadata of an HTML page: <meta>, Open Graph, JSON-LD (schema.org NewsArticle, also inside @graph) and the page's
 * visible byline and date. Fields not found are left out. Runs before body extraction mutates the DOM. Never throws:
 * a field whose reading fails is left out like one not found.
 *
 * @example readHtmlMeta(parseHTML(html).document) // { title: "Floods hit Valencia", byline: "Jane Doe", published: "2024-10-30", … }
 */
export function readHtmlMeta(document: Document): Partial<ArticleMeta> {
  const sources = attempt(() => readPageSources(document));
  if (sources === null) return {};
  const outlets = attempt(() => readOutlet(sources)) ?? [];
  const title = attempt(() => readTitle(sources, outlets));
  const outlet = outlets[0] ?? title?.site ?? null;
  const urls = attempt(() => readPageUrls(sources)) ?? [];
  const language = attempt(() => readLanguage(sources));
  const meta: Partial<ArticleMeta> = {
    title: title?.title ?? null,
    outlet,
    byline: attempt(() => readByline(sources, outlet === null ? outlets : [outlet, ...outlets])),
    published: attempt(() => readPublished(sources, urls, language)),
    language,
    url: urls[0] ?? null,
  };
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== null)) as Partial<ArticleMeta>;
}

/** Runs one field's reader; a bug on a strange page costs that field, not the page. */
function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
