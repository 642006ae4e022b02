/** A JSON-LD node: a plain JSON object as found in a page's <script type="application/ld+json">. */
export type JsonLdNode = { readonly [key: string]: unknown };

/** schema.org types whose node describes the article itself (Article and its news and blog subtypes). */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "article",
  "newsarticle",
  "reportagenews",
  "analysisnewsarticle",
  "opinionnewsarticle",
  "backgroundnewsarticle",
  "reviewnewsarticle",
  "askpublicnewsarticle",
  "blogposting",
  "liveblogposting",
  "socialmediaposting",
  "report",
]);
/** Keys whose value may hold more nodes to look at besides the top level. */
const NESTING_KEYS = ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"] as const;
/** `,}` and `,]`: a trailing comma, which JSON forbids and CMS templates often leave. */
const TRAILING_COMMA = /,(\s*[}\]])/gu;
/** Raw control characters (a newline inside a string is the usual one); JSON forbids them in strings. */
const CONTROL_CHARACTERS = /[\u0000-\u001f]+/gu;
/** A script body wrapped in an HTML comment or CDATA section. */
const WRAPPER = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/gu;

/** The page's JSON-LD: every node, flattened out of arrays, @graph and mainEntity, with @id references resolvable. */
export interface JsonLd {
  nodes: readonly JsonLdNode[];
  /** Nodes by @id, to follow `{"@id": "…#author"}` references (Yoast-style graphs). */
  byId: ReadonlyMap<string, JsonLdNode>;
}

/**
 * Reads every JSON-LD script of the page. A script that is not valid JSON even after removing trailing commas and
 * raw control characters is skipped; this never throws.
 *
 * @example articleNode(readJsonLd(document))?.["headline"]
 */
export function readJsonLd(document: Document): JsonLd {
  const nodes: JsonLdNode[] = [];
  for (const script of document.querySelectorAll("script")) {
    const type = script.getAttribute("type")?.trim().toLowerCase() ?? "";
    if (!type.startsWith("application/ld+json")) continue;
    const parsed = parseLenient(script.textContent ?? "");
    if (parsed !== undefined) collectNodes(parsed, nodes, 0);
  }
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) {
    const id = node["@id"];
    if (typeof id === "string" && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
  }
  return { nodes, byId };
}

function parseLenient(text: string): unknown {
  const body = text.replace(WRAPPER, "").trim();
  if (body === "") return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    try {
      return JSON.parse(body.replace(CONTROL_CHARACTERS, " ").replace(TRAILING_COMMA, "$1")) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** Depth bound: real pages nest two or three levels; a hostile one should not recurse without end. */
const MAX_DEPTH = 6;

function collectNodes(value: unknown, into: JsonLdNode[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  into.push(value);
  for (const key of NESTING_KEYS) {
    const nested = value[key];
    if (nested !== undefined && nested !== null && typeof nested === "object") collectNodes(nested, into, depth + 1);
  }
}

export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The node's types, lower-cased, without a vocabulary prefix ("schema:NewsArticle", "https://schema.org/NewsArticle"). */
export function typesOf(node: JsonLdNode): string[] {
  const type = node["@type"];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === "string")
    .map((t) => (t.split(/[/:#]/u).at(-1) ?? t).toLowerCase());
}

/**
 * The node describing the article: the first of an article type, preferring one with a headline or date; failing
 * that, a node of another type (WebPage, MedicalWebPage…) that has both a headline and a datePublished.
 */
export function articleNode(jsonLd: JsonLd): JsonLdNode | null {
  const articles = jsonLd.nodes.filter((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t)));
  const dated = (n: JsonLdNode) => n["headline"] !== undefined || n["datePublished"] !== undefined;
  const pageLike = jsonLd.nodes.find((n) => n["headline"] !== undefined && n["datePublished"] !== undefined);
  return articles.find(dated) ?? articles[0] ?? pageLike ?? null;
}

/** A reference `{"@id": "…"}` replaced by the node it names, when the page has it. */
export function dereference(jsonLd: JsonLd, value: unknown): unknown {
  if (!isNode(value)) return value;
  const id = value["@id"];
  if (typeof id === "string" && Object.keys(value).length === 1) return jsonLd.byId.get(id) ?? value;
  return value;
}

/** A string value, or the first string of an array ("headline": ["A", "B"] happens). */
export function stringOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.find((v): v is string => typeof v === "string") ?? null;
  return null;
}

/** The `name` of a node, a reference to one, or a plain string. */
export function nameOf(jsonLd: JsonLd, value: unknown): string | null {
  const resolved = dereference(jsonLd, value);
  if (typeof resolved === "string") return resolved;
  if (isNode(resolved)) return stringOf(resolved["name"]);
  return null;
}
