import type { Cue } from "./cueAt.js";
import type { Token } from "./tokens.js";

/** Verbs of regarding, a cue only with "as" after their object: "voters see Clinton as the stronger candidate". */
const REGARD: ReadonlySet<string> = new Set([
  ...["see", "sees", "saw", "seeing"],
  ...["view", "views", "viewed", "viewing"],
  ...["regard", "regards", "regarded", "regarding"],
]);
/** How many words the object may take before "as": "see [their own party] as…". */
const MAX_OBJECT_WORDS = 5;
/** Words that end the object before any "as": a clause, a comparison or a preposition of place. */
const OBJECT_STOP =
  /^(?:that|whether|if|how|what|why|when|where|who|which|and|but|or|such|so|same|well|soon|long|much|many|far|in|on|at|from|to)$/u;

/** Words after "as" that make it a conjunction or a comparison, not a predicate: "as soon as", "as he left". */
const NOT_PREDICATE =
  /^(?:soon|well|long|much|far|if|though|usual|expected|planned|possible|he|she|they|we|i|you|it|there)$/u;

/**
 * A verb of regarding as a naming cue when its object is followed by "as": "developers see golf courses as wasted
 * space", "Israel regards all of Jerusalem as its capital". Null for "see the point", "as soon as", "the view as".
 * The cue covers the verb only; what it names is read like "called [X] a Y".
 *
 * @example regardAsCue(tokenize("Voters see Clinton as a fighter"), 1) // { kind: "naming", from: 1, to: 2 }
 */
export function regardAsCue(tokens: readonly Token[], i: number): Cue | null {
  const token = tokens[i];
  if (token === undefined || !token.word || !REGARD.has(token.lower)) return null;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_OBJECT_WORDS + 1; k++) {
    const t = tokens[k] as Token;
    if (t.lower === "as") {
      const next = tokens[k + 1]?.lower ?? "";
      if (k === i + 1 || NOT_PREDICATE.test(next)) return null;
      return { kind: "naming", from: i, to: i + 1 };
    }
    if (!t.word || OBJECT_STOP.test(t.lower)) return null;
  }
  return null;
}
