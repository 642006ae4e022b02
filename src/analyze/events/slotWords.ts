// Word sets and word tests that the actor slots, `placeUse` and `townQualifier` share, kept apart so that none of
// those files imports another.
import { monthNames, weekdayNames } from "../times/words.js";
import type { Word } from "./tokenizeSentence.js";

/** The possessive clitic as the sentence tokenizer gives it (curly apostrophes made straight). */
export const possessive = "'s";

/** Office and sector words between an actor and its agent noun: "EC foreign ministers", "Iraqi security forces". */
export const officeModifiers = new Set([
  "foreign",
  "defense",
  "defence",
  "interior",
  "finance",
  "trade",
  "justice",
  "health",
  "security",
  "intelligence",
  "military",
  "government",
  "state",
  "federal",
  "border",
  "riot",
  "special",
  "senior",
  "top",
  "local",
  "provincial",
  "regional",
  "peacekeeping",
  "naval",
  "navy",
  "army",
  "air",
  "ground",
  "elite",
]);

/**
 * Abbreviated months with their point ("Sept. 11"; the tokenizer keeps it), which the times module's full names do
 * not cover. Without the point only "Sept": "Jan Brewer" is a name.
 */
const monthAbbreviations = [
  ...["jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].map((m) => `${m}.`),
  "sept",
];
/** Holidays and seasons of the calendar, times and no actors: "a Ramadan dinner", "a deal by Christmas". */
const holidayNames = [
  "ramadan",
  "christmas",
  "easter",
  "thanksgiving",
  "eid",
  "hanukkah",
  "passover",
  "diwali",
  "lent",
  "halloween",
  "ramadhan",
  "yom",
  "kippur",
  "rosh",
  "hashanah",
  "xmas",
];
/** Media words written in capitals, which name no actor: "a new TV ad". */
const mediaWords = ["tv", "dvd", "op-ed"];
/** Capitalised words that are not names of actors: weekdays, months, holidays, media words, "I". */
export const notNames = new Set([
  ...weekdayNames,
  ...monthNames,
  ...monthAbbreviations,
  ...holidayNames,
  ...mediaWords,
  "i",
]);

/** Words after which an agent noun stands on its own: prepositions, auxiliaries, conjunctions, relative pronouns. */
export const closedClass = new Set([
  "in",
  "on",
  "at",
  "by",
  "for",
  "with",
  "from",
  "of",
  "to",
  "into",
  "against",
  "near",
  "after",
  "before",
  "during",
  "over",
  "and",
  "or",
  "but",
  "who",
  "which",
  "that",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "should",
  "may",
  "might",
  "can",
  "must",
  "did",
  "do",
  "does",
  "also",
  "said",
  "say",
  "says",
  "had",
  "not",
  "n't",
  "reportedly",
  "there",
  "here",
  "yesterday",
  "today",
  "on",
  "late",
  "early",
  "last",
  "as",
  "when",
  "while",
  "since",
  "because",
  "until",
  "where",
]);

/** Whether the word is written with a capital letter first. */
export function startsCapital(text: string, word: Word | undefined): boolean {
  if (!word) return false;
  const code = text.charCodeAt(word.start);
  return code >= 65 && code <= 90;
}
