import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/**
 * Common nouns of things, groups and works that "called" after them names: "a group called Political Chips", "a
 * program called Fast and Furious", "his book called Crippled America".
 */
const namedNouns = new Set([
  "group",
  "groups",
  "organization",
  "organisation",
  "company",
  "firm",
  "outfit",
  "movement",
  "coalition",
  "network",
  "program",
  "programme",
  "initiative",
  "project",
  "operation",
  "campaign",
  "plan",
  "policy",
  "bill",
  "measure",
  "book",
  "film",
  "movie",
  "documentary",
  "show",
  "series",
  "podcast",
  "column",
  "blog",
  "website",
  "site",
  "app",
  "page",
  "account",
  "video",
  "ad",
  "song",
  "album",
  "play",
  "event",
  "rally",
  "conference",
  "town",
  "village",
  "neighborhood",
  "area",
  "region",
  "place",
  "drug",
  "product",
  "tactic",
  "practice",
  "phenomenon",
  "process",
  "doctrine",
  "theory",
]);
/** Pronoun subjects of "what … called": "what he called a witch hunt". */
const pronouns = new Set(["he", "she", "they", "we", "i", "you", "it"]);

/**
 * Whether "called" (coded as a telephone call, 04, or an appeal, 02) names what comes after it: "a Kansas City-area
 * group called Political Chips" (a reduced relative after a common noun), "what he called a witch hunt". "Apple
 * called Ms. Brewer" and "the ministry called for calm" stay events.
 *
 * @example namedCalled(words("a group called Political Chips"), match at "called") // → true
 */
export function namedCalled(words: readonly Word[], match: PatternMatch): boolean {
  if (match.form.lemma !== "call" || words[match.head]?.norm !== "called") return false;
  const before = words[match.head - 1]?.norm ?? "";
  if (namedNouns.has(before) && words[match.head + 1]?.norm !== "for" && words[match.head + 1]?.norm !== "on")
    return true;
  return pronouns.has(before) && words[match.head - 2]?.norm === "what";
}
