import { stringOf } from "./jsonLd.js";
import { metaValues } from "./metaTags.js";
import type { PageSources } from "./pageSources.js";
import { languageCode } from "./languageCode.js";

/**
 * The page's language as ISO 639-1: <html lang>, og:locale, Content-Language (http-equiv or name), the JSON-LD
 * inLanguage, in that order; the first that names a known language wins.
 *
 * @example readLanguage(sources) // "de" for <html lang="de-AT">
 */
export function readLanguage(sources: PageSources): string | null {
  const { document, tags, article } = sources;
  const candidates = [
    document.documentElement?.getAttribute("lang"),
    document.documentElement?.getAttribute("xml:lang"),
    ...metaValues(tags, "og:locale", "content-language", "language", "dc.language", "dcterms.language"),
    article === null ? null : stringOf(article["inLanguage"]),
  ];
  for (const candidate of candidates) {
    const code = candidate == null ? null : languageCode(candidate);
    if (code !== null) return code;
  }
  return null;
}
