import type { Cue } from "./cueAt.js";
import type { Phrase } from "./speakerPhrase.js";
import { subjectAfter } from "./speakerPhrase.js";
import type { Token } from "./tokens.js";

/** Forms of "be" that make a participle passive: "Trump is expected to…", "Sanders was asked whether…". */
const BE = new Set([
  "is",
  "was",
  "are",
  "were",
  "be",
  "been",
  "being",
  "'s",
  "’s",
  "isn't",
  "isn’t",
  "wasn't",
  "wasn’t",
]);
/** Words between "be" and its participle besides "-ly" adverbs: "is also expected", "was first reported". */
const BETWEEN = /^(?:not|also|still|now|already|never|often|long|even|just|so|first|later|since|widely)$/u;
/** Irregular participles of cue verbs. */
const IRREGULAR_PARTICIPLE = new Set([
  "told",
  "said",
  "thought",
  "known",
  "seen",
  "shown",
  "given",
  "written",
  "spoken",
]);
/**
 * Participles that name the subject's own state, so the subject holds the stance: "Democrats are worried that…",
 * "she was convinced that…", "he is opposed to…".
 */
const STATES = new Set([
  "worried",
  "convinced",
  "concerned",
  "opposed",
  "pleased",
  "disappointed",
  "surprised",
  "frustrated",
  "determined",
  "committed",
  "prepared",
  "interested",
  "angered",
  "alarmed",
  "encouraged",
  "relieved",
  "satisfied",
  "dismayed",
  "troubled",
  "unconvinced",
  "persuaded",
  "rattled",
  "assured",
]);
/** How many tokens an agent after "by" may run. */
const MAX_AGENT = 12;
/** How far before the participle "be" may stand. */
const MAX_BETWEEN = 2;

/**
 * Whether a cue is a passive participle ("is expected", "was asked", "are said to"): its grammatical subject is
 * what is reported or the one addressed, not who speaks ("Trump is expected to win" names no source). Participles
 * of a state ("are worried that") keep their subject as the holder of the stance.
 *
 * @example isPassiveCue(tokenize("Trump is expected to win."), { kind: "belief", from: 2, to: 3 }) // true
 */
export function isPassiveCue(tokens: readonly Token[], cue: Cue): boolean {
  const participle = tokens[cue.to - 1];
  if (participle === undefined || STATES.has(participle.lower)) return false;
  if (!(participle.lower.endsWith("ed") || IRREGULAR_PARTICIPLE.has(participle.lower))) return false;
  // "Braynard is quoted as saying", "Obama is reported to have called", "Awlaki is shown lecturing": the subject
  // is the speaker of the words the passive reports.
  const next = tokens[cue.to];
  if (next?.lower === "as" || (next?.lower === "to" && tokens[cue.to + 1]?.lower === "have") || isGerund(next))
    return false;
  for (let k = cue.to - 2; k >= 0 && cue.to - 2 - k <= MAX_BETWEEN; k--) {
    const word = (tokens[k] as Token).lower;
    if (BE.has(word)) return true;
    if (!BETWEEN.test(word) && !(word.length > 4 && word.endsWith("ly"))) return false;
  }
  return false;
}

/**
 * The agent of a passive cue, named after "by" right behind it: "he was accused by [a female reporter] of…".
 * Null when no "by" follows.
 *
 * @example passiveAgent(text, tokenize("He was accused by a reporter of lying."), cue)?.text // "a reporter"
 */
export function passiveAgent(text: string, tokens: readonly Token[], cue: Cue): Phrase | null {
  if (tokens[cue.to]?.lower !== "by" || tokens[cue.to + 1]?.word !== true) return null;
  // "accused by a reporter of grabbing her arm": the agent ends before "of" and what it is accused of.
  let hi = cue.to + 1;
  while (hi < tokens.length && hi - cue.to <= MAX_AGENT && !(tokens[hi]?.lower === "of" && isGerund(tokens[hi + 1])))
    hi++;
  return subjectAfter(text, tokens, cue.to, hi);
}

function isGerund(token: Token | undefined): boolean {
  return token !== undefined && !token.cap && token.lower.length > 4 && token.lower.endsWith("ing");
}
