/** Every <meta> of a page by lower-cased key (name, property, itemprop or http-equiv), values in document order. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

const KEY_ATTRIBUTES = ["name", "property", "itemprop", "http-equiv"] as const;

/**
 * Reads the page's <meta> elements once. Keys are lower-cased ("og:title", "article:published_time",
 * "dc.date.issued"), because sites spell them in any case; empty contents are left out.
 *
 * @example firstMeta(readMetaTags(document), "og:title", "twitter:title")
 */
export function readMetaTags(document: Document): MetaTags {
  const tags = new Map<string, string[]>();
  for (const meta of document.querySelectorAll("meta")) {
    const content = collapse(meta.getAttribute("content") ?? "");
    if (content === "") continue;
    for (const attribute of KEY_ATTRIBUTES) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key === undefined || key === "") continue;
      // "property" may hold several space-separated keys (RDFa).
      for (const one of key.split(/\s+/u)) {
        const values = tags.get(one) ?? [];
        values.push(content);
        tags.set(one, values);
      }
    }
  }
  return tags;
}

/** Contents for the keys, in the order of the keys asked for, then document order. */
export function metaValues(tags: MetaTags, ...keys: readonly string[]): string[] {
  return keys.flatMap((key) => tags.get(key) ?? []);
}

/** The first content for any of the keys, in the order asked for. */
export function firstMeta(tags: MetaTags, ...keys: readonly string[]): string | null {
  return metaValues(tags, ...keys)[0] ?? null;
}

/** Whitespace runs (including newlines and no-break spaces) to one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
