import type { ActorSlot } from "./actorSlots.js";
import { cameoRoot } from "./cameoCodes.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Roots of aid and of the intent to give it, which "help" codes. */
const aidRoots = new Set(["07", "03"]);
/** Words that open a noun phrase, after which the word is no bare verb: "help the victims", "helped its allies". */
const nounOpeners = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "your",
  "my",
  "this",
  "these",
  "those",
  "some",
  "many",
  "more",
  "thousands",
  "hundreds",
  "millions",
  "to",
  "with",
  "in",
  "on",
  "for",
  "from",
  "out",
]);
/** Pronoun objects of "help", which stand for a beneficiary: "help him rebuild", "helped them leave". */
const objectPronouns = new Set(["him", "her", "them", "us", "me", "you", "it"]);
/** Words of a lower-case object before its bare verb: "help working families pay", "help schools complete". */
const maxObjectWords = 3;
const lowerWord = /^[a-z][a-z-]*$/;
/** Endings of words that are no bare verbs: plurals, adjectives, -ing and -ed forms, adverbs. */
const notBareVerb = /(?:[^s]s|ing|ed|ly|al|ous|ful|ive|ic)$/;

/**
 * Whether "help" (coded as aid, 07, or an intent to aid, 03) makes another act happen rather than giving anything:
 * "help" followed by a bare verb with no actor helped ("operations have helped shut down the trafficking", "helped
 * defeat a job retraining program", "a program to help retrain workers", "help working families get by"). "The United States helped Ukraine defend itself", "helped
 * the victims", "help rebuild Gaza" and "help fund the plan" stay aid: an actor or pronoun after "help" is a
 * beneficiary, and verbs of giving or protecting keep the aid reading.
 *
 * @example causativeHelp(words("Democrats helped defeat a program"), slots, match at "helped", "070") // → true
 */
export function causativeHelp(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  code: string,
): boolean {
  if (match.form.lemma !== "help" || !aidRoots.has(cameoRoot(code))) return false;
  let k = match.head + 1;
  // "helped Ukraine defend itself", "help President Trump win": a named beneficiary may be given aid to do it.
  if (slots.some((s) => s.first === k) || objectPronouns.has(words[k]?.norm ?? "")) return false;
  // "help working families pay": a short lower-case plural object before the bare verb.
  const from = k;
  while (k < words.length && k < from + maxObjectWords && !bareVerb(words, k) && !inSlot(slots, k)) {
    if (nounOpeners.has(words[k]?.norm ?? "") || !lowerWord.test(words[k]?.norm ?? "")) return false;
    k++;
  }
  if (k === from + maxObjectWords) return false;
  if (k > from && !/s$/.test(words[k - 1]?.norm ?? "")) k = from;
  return bareVerb(words, k);
}

/** Bare verbs that still name giving or protecting: "help rebuild Gaza", "help fund the plan", "help Ukraine defend itself". */
const aidVerbs = new Set([
  "rebuild",
  "build",
  "fund",
  "finance",
  "pay",
  "feed",
  "supply",
  "equip",
  "arm",
  "train",
  "defend",
  "protect",
  "secure",
  "recover",
  "survive",
  "cope",
  "evacuate",
  "resettle",
  "treat",
  "repair",
  "restore",
]);

function bareVerb(words: readonly Word[], at: number): boolean {
  const w = words[at]?.norm ?? "";
  if (!lowerWord.test(w) || nounOpeners.has(w) || objectPronouns.has(w) || aidVerbs.has(w)) return false;
  if (notBareVerb.test(w)) return false;
  // "help defeat", "helped shut down", "help retrain", "help organize": the next word opens the verb's object or ends it.
  const next = words[at + 1]?.norm ?? "";
  return next !== "of" && next !== "'s";
}

function inSlot(slots: readonly ActorSlot[], at: number): boolean {
  return slots.some((s) => s.first <= at && at < s.stop);
}
