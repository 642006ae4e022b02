import type { Figure } from "./figures.js";
import type { ClaimLexicon } from "./lexicon.js";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const compiled = new WeakMap<ClaimLexicon, { before: RegExp; after: RegExp }>();

/** The lexicon's qualifiers as patterns anchored at the figure: "more than ␣" before, "␣or more" after. */
function qualifierPatterns(lexicon: ClaimLexicon): { before: RegExp; after: RegExp } {
  let patterns = compiled.get(lexicon);
  if (patterns === undefined) {
    const before = lexicon.qualifiers.map((q) => escape(q).replace(/ /gu, "\\s+")).join("|");
    const after = lexicon.qualifiersAfter.map((q) => escape(q).replace(/ /gu, "\\s+")).join("|");
    patterns = {
      before: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?<q>${before}|between|from)\\s+$`, "iu"),
      after: new RegExp(`^(?:[\\s-]+(?<q>${after})\\b|(?<plus>\\+))`, "iu"),
    };
    compiled.set(lexicon, patterns);
  }
  return patterns;
}

/** How far back a qualifier can start. */
const reach = 24;

/**
 * The figure widened to its qualifier ("more than 43,000", "50 or more", "50+") and to "between"/"from" of a range,
 * with the qualifier's words in lower case. Vague amounts keep their own words as qualifier ("hundreds of").
 *
 * @example withQualifier("at least 20 people", figureOf("20"), lexicon).qualifier // "at least"
 */
export function withQualifier(text: string, figure: Figure, lexicon: ClaimLexicon): Figure {
  const { before, after } = qualifierPatterns(lexicon);
  const out = { ...figure };
  const head = before.exec(text.slice(Math.max(0, figure.start - reach), figure.start));
  const q = head?.groups?.["q"];
  if (head !== undefined && head !== null && q !== undefined) {
    const word = q.toLowerCase().replace(/\s+/gu, " ");
    out.start = Math.max(0, figure.start - reach) + head.index + head[0].indexOf(q);
    const rangeWord = word === "between" || word === "from";
    if (!rangeWord || figure.high !== null) out.qualifier = rangeWord ? figure.qualifier : (figure.qualifier ?? word);
    else out.start = figure.start;
  }
  const tail = after.exec(text.slice(figure.end, figure.end + 16));
  if (tail !== null) {
    out.end = figure.end + tail[0].length;
    const word = tail.groups?.["plus"] !== undefined ? "or more" : (tail.groups?.["q"] ?? "").toLowerCase();
    out.qualifier ??= word === "plus" ? "or more" : word.replace(/\s+/gu, " ");
  }
  return out;
}
