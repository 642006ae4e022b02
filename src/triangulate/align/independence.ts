/** Copies (syndicated or republished articles) count once: each article maps to the original it copies. */

/**
 * The id an article counts as: its original when it is a copy (following chains), else itself.
 *
 * @example rootOf("copy", new Map([["copy", "wire"]])) // "wire"
 */
export function rootOf(article: string, copyOf: ReadonlyMap<string, string>): string {
  let current = article;
  const seen = new Set<string>();
  while (!seen.has(current)) {
    seen.add(current);
    const next = copyOf.get(current);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

/** How many independent reports a list of article ids holds (copies of one original count once). */
export function independentCount(articles: readonly string[], copyOf: ReadonlyMap<string, string>): number {
  return new Set(articles.map((a) => rootOf(a, copyOf))).size;
}
