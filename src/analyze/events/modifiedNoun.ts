import type { ActorSlot } from "./actorSlots.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";
import { usStateTag } from "./usStateTag.js";
import { articleWords } from "./articleWords.js";

/**
 * Bare verb forms that are also nouns of a person's role, which a name before them modifies: "the Fox News host",
 * "the White House guard", "a Hamas escort".
 */
const roleNouns = new Set([
  "host",
  "guard",
  "escort",
  "judge",
  "monitor",
  "broker",
  "sponsor",
  "ally",
  "partner",
  "advocate",
  "witness",
  "spy",
  "rival",
  "champion",
]);
/**
 * Bare verb forms that modify the noun after them, with the nouns they modify: "Riot police fired tear gas", "riot
 * gear". The form opens a noun phrase, often at the start of a sentence, and reports no riot.
 */
const modifierForms = new Map([
  [
    "riot",
    new Set([
      "police",
      "policemen",
      "gear",
      "squad",
      "squads",
      "officers",
      "troops",
      "shields",
      "control",
      "units",
      "unit",
    ]),
  ],
]);
/** Words after a noun that end its noun phrase: "the Fox News host, who", "the Fox News host urged". */
const phraseEnders = new Set([",", ".", ";", ":", ")", "!", "?", "—", "–", "--", "who", "whose", "'s"]);
/** -ing forms that are common nouns of events: "the Connecticut shooting", "a suicide bombing". */
const eventNounsInIng = new Set(["shooting", "shootings", "bombing", "bombings", "killing", "killings", "stabbing"]);
/** Words that open the noun phrase of an -ing noun: determiners and prepositions ("for active shooting drills"). */
const phraseOpeners = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "its",
  "their",
  "his",
  "her",
  "'s",
  "for",
  "of",
  "after",
  "before",
  "since",
  "in",
  "at",
  "on",
  "from",
  "following",
  "during",
  "over",
  "about",
]);
/** Lower-case words that cannot modify a noun before it: verbs and function words ("kept shooting", "they shooting"). */
const notModifiers = new Set([
  "i",
  "we",
  "you",
  "they",
  "he",
  "she",
  "it",
  "who",
  "which",
  "to",
  "and",
  "or",
  "but",
  "not",
  "was",
  "were",
  "is",
  "are",
  "be",
  "been",
  "being",
  "has",
  "have",
  "had",
  "kept",
  "keep",
  "keeps",
  "began",
  "begin",
  "begins",
  "started",
  "start",
  "starts",
  "continued",
  "continue",
  "continues",
  "stopped",
  "stop",
  "stops",
  "resumed",
  "resume",
  "said",
  "says",
]);
/** Words of modifiers read back from an -ing noun: "the Sandy Hook school shooting". */
const maxModifiers = 5;
/** Words after an -ing that make it a verb with an object: "shooting protesters", "killing 26", "bombing them". */
const objectWords = /^(?:\d[\d,.]*|the|a|an|his|her|their|its|him|them|us|me|people|civilians)$/;
const lowerWord = /^[a-z][a-z-]*$/;

/**
 * Whether a verb form stands as a noun modified by the words before it, in ways `nounReading` does not read:
 * - a bare form that is also a noun of a person's role, after an article and a name: "the Fox News host urged the
 *   GOP", "Sean Hannity, the Fox News host," (then the end of the phrase or another verb);
 * - a bare form that modifies the noun after it: "Riot police fired tear gas", "riot gear";
 * - an -ing noun of an event after its modifiers: "the Connecticut shooting in which 26 people were killed", "the
 *   Sandy Hook school shooting", "the Newtown, Conn. shooting", "training for active shooting situations".
 * "The Democrats host a dinner" and "troops began shooting protesters" stay verbs.
 *
 * @example modifiedNoun(words("the Fox News host urged the GOP"), slots, match at "host", group) // → true
 */
export function modifiedNoun(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  group: VerbGroup,
): boolean {
  if (group.first !== match.head || group.governor || group.passive) return false;
  const head = match.head;
  const next = words[head + 1]?.norm;
  if (match.form.kind === "base") {
    if (modifierForms.get(words[head]?.norm ?? "")?.has(next ?? "")) return true;
    if (!roleNouns.has(words[head]?.norm ?? "")) return false;
    const name = slots.find((s) => s.stop === head);
    if (!name || !articleWords.has(words[name.first - 1]?.norm ?? "")) return false;
    return next === undefined || phraseEnders.has(next) || /^[a-z]{3,}ed$/.test(next);
  }
  if (match.form.kind !== "ing" || !eventNounsInIng.has(words[head]?.norm ?? "")) return false;
  if (next !== undefined && (objectWords.test(next) || slots.some((s) => s.first === head + 1))) return false;
  let modifiers = 0;
  let k = head - 1;
  while (k >= 0 && modifiers <= maxModifiers) {
    const w = (words[k] as Word).norm;
    const slot = slots.find((s) => s.first <= k && k < s.stop);
    if (slot && !slot.agent) {
      modifiers++;
      k = slot.first - 1;
      continue;
    }
    // "the Newtown, Conn. shooting": a town and its state.
    if (usStateTag(w) || (w === "," && usStateTag(words[k + 1]?.norm ?? ""))) {
      if (w !== ",") modifiers++;
      k--;
      continue;
    }
    if (phraseOpeners.has(w)) return modifiers > 0;
    if (!lowerWord.test(w) || notModifiers.has(w) || /ed$/.test(w) || slot) return false;
    modifiers++;
    k--;
  }
  return false;
}
