/** JSON-LD nodes visited at most per page: a hostile script cannot make the search run long. */
const MAX_JSON_NODES = 20_000;

/**
 * The longest schema.org `articleBody` in the page's JSON-LD scripts, or null. Scripts that are not valid
 * JSON are skipped.
 *
 * @example jsonLdBody(['{"@type":"NewsArticle","articleBody":"Ministers met…"}']) // "Ministers met…"
 */
export function jsonLdBody(scripts: readonly string[]): string | null {
  let best: string | null = null;
  let budget = MAX_JSON_NODES;
  const visit = (value: unknown): void => {
    if (budget-- <= 0 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    for (const [key, inner] of Object.entries(value)) {
      if (key === "articleBody" && typeof inner === "string") {
        if (best === null || inner.length > best.length) best = inner;
      } else {
        visit(inner);
      }
    }
  };
  for (const script of scripts) {
    if (!script.includes("articleBody")) continue;
    try {
      visit(JSON.parse(script));
    } catch {
      // Not JSON (sites ship broken JSON-LD): nothing to read.
    }
  }
  return best;
}
