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
    const qStart = Math.max(0, figure.start - reach) + head.index + head[0].indexOf(q);
    // "ticked up to 5%": after a verb of movement "up to" is a particle, not a qualifier.
    if (word === "up to" && movementBefore.test(text.slice(Math.max(0, qStart - 20), qStart)))
      return withAfter(text, out, after);
    out.start = qStart;
    const rangeWord = word === "between" || word === "from";
    if (!rangeWord || figure.high !== null) out.qualifier = rangeWord ? figure.qualifier : (figure.qualifier ?? word);
    else out.start = figure.start;
  }
  return withAfter(text, out, after);
}

/** Verbs of movement before "up to": "ticked up to 5%". */
const movementBefore =
  /\b(?:rose|rise|rises|risen|rising|climbed|climbs|ticked|ticks|went|goes|moved|moves|jumped|jumps|shot|edged|inched|surged|soared|fell|dropped|slipped)\s*$/iu;

/** The figure widened to a qualifier after it ("50 or more", "50+"). */
function withAfter(text: string, out: Figure, after: RegExp): Figure {
  const tail = after.exec(text.slice(out.end, out.end + 16));
  if (tail !== null) {
    const word = tail.groups?.["plus"] !== undefined ? "or more" : (tail.groups?.["q"] ?? "").toLowerCase();
    out.end += tail[0].length;
    out.qualifier ??= word === "plus" ? "or more" : word.replace(/\s+/gu, " ");
  }
  return out;
}
