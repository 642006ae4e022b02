import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/**
 * Verbs of saying and naming whose refusal declines to say something, which rejects no one's proposal: "refused to
 * say the words", "refuses to describe ISIS as", "refused to acknowledge the court's role".
 */
const sayingVerbs = new Set([
  "say",
  "describe",
  "acknowledge",
  "admit",
  "concede",
  "use",
  "name",
  "call",
  "label",
  "characterize",
  "characterise",
  "answer",
  "disclose",
  "reveal",
  "identify",
  "specify",
  "explain",
  "elaborate",
  "speculate",
  "confirm",
  "discuss",
  "let",
]);
/** Nouns of a stance taken, whose refusal takes none: "refused to take a position on the deal". */
const stanceNouns = new Set(["position", "stand", "stance", "side", "sides"]);
/** Adverbs between "to" and its verb: "refused to even say". */
const adverbs = new Set(["even", "publicly", "directly", "specifically", "explicitly", "fully", "ever", "so", "also"]);

/**
 * Whether a refusal (coded as a rejection, 120) refuses to say, name or take a stance, which rejects no proposal
 * of another actor: "Obama disgracefully refused to even say the words 'Radical Islam'", "Gorsuch refused to
 * acknowledge the court's role", "she has refused to take a position on the deal". "Hamas refused to accept the
 * proposal" and "refused to release the prisoners" stay rejections.
 *
 * @example refusedStatement(words("Obama refused to say the words"), match at "refused", "120") // → true
 */
export function refusedStatement(words: readonly Word[], match: PatternMatch, code: string): boolean {
  if (match.form.lemma !== "refuse" || code !== "120" || words[match.stop]?.norm !== "to") return false;
  let k = match.stop + 1;
  while (adverbs.has(words[k]?.norm ?? "")) k++;
  const verb = words[k]?.norm ?? "";
  if (sayingVerbs.has(verb)) return true;
  if (verb !== "take") return false;
  const object = words[k + 2]?.norm ?? "";
  return stanceNouns.has(words[k + 1]?.norm ?? "") || stanceNouns.has(object);
}
