import type { Token } from "./tokens.js";

/**
 * Cue words whose next word shows another sense than speaking: "adding to her lead", "appeared on CNN", "will
 * appear at the convention", "signed on in May", "showed up", "reporting from Kabul". Keyed by the cue word; the
 * value matches the next word.
 */
const OTHER_SENSE: ReadonlyMap<string, RegExp> = new Map([
  ...["add", "adds", "added", "adding"].map((w) => [w, /^to$/u] as const),
  ...["appear", "appears", "appeared", "appearing"].map((w) => [w, /^(?:on|in|at|before|with|alongside)$/u] as const),
  ...["sign", "signs", "signed", "signing"].map((w) => [w, /^(?:on|up|into)$/u] as const),
  ...["show", "shows", "showed", "showing"].map((w) => [w, /^up$/u] as const),
  ...["report", "reports", "reported", "reporting"].map((w) => [w, /^from$/u] as const),
]);

/** Numbers and comparatives that count a noun: "758 [pledged] delegates", "fewer [pledged] delegates". */
const COUNT = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|fewer|more)$/u;
/** A year, which dates a clause rather than counting a noun: "an ad in 2008 questioned whether…". */
const YEAR = /^(?:1[89]|20)\d\d$/u;
/** Prepositions before a counted noun phrase: "among [pledged] delegates", "of [signed] ballots". */
const COUNT_PREPOSITION = /^(?:among|of|with|by|for|from|between)$/u;
/** Plural nouns: a lower-case word ending in "s" that is no pronoun or function word ("delegates", not "his"). */
const PLURAL_NOUN = /^\p{Ll}[\p{L}-]*[^s'’]s$/u;
const NOT_PLURAL_NOUN =
  /^(?:this|his|its|hers|ours|yours|theirs|was|has|is|does|as|us|thus|always|perhaps|less|unless)$/u;

/**
 * An "-ed" cue word between a count (or a preposition) and a plural noun is an adjective: "758 pledged delegates",
 * "among pledged delegates". A year is no count ("an ad in 2008 questioned whether…").
 */
function isCountedParticiple(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  const count = tokens[i - 1]?.lower ?? "";
  if (!token.lower.endsWith("ed") || next === undefined || !next.word) return false;
  if (!(COUNT.test(count) || COUNT_PREPOSITION.test(count)) || YEAR.test(count)) return false;
  return PLURAL_NOUN.test(next.text) && !NOT_PLURAL_NOUN.test(next.lower);
}

/**
 * Whether the cue word at token `i` is used here in a sense other than reporting: a particle or preposition after it
 * ("adding to her lead", "appeared on CNN", "signed up") or, for an "-ed" form, a count before it and a plural noun
 * after it ("758 pledged delegates").
 *
 * @example isOtherSense(tokenize("Clinton won, adding to her lead"), 3) // true
 */
export function isOtherSense(tokens: readonly Token[], i: number): boolean {
  const next = OTHER_SENSE.get((tokens[i] as Token).lower);
  if (next !== undefined && next.test(tokens[i + 1]?.lower ?? "")) return true;
  return isCountedParticiple(tokens, i);
}
