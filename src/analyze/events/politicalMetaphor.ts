import type { ActorSlot } from "./actorSlots.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Verbs of force or coercion that politics uses as figures: "fight the law", "kill the bill", "defeat Cantor". */
const forceVerbs = new Set([
  "fight",
  "battle",
  "attack",
  "target",
  "defeat",
  "kill",
  "block",
  "shoot",
  "hit",
  "slam",
  "strike",
  "combat",
  "torpedo",
  "sink",
  "crush",
  "beat",
  "whip",
  "trounce",
  "rout",
  "ambush",
  "assault",
  "gut",
]);
/**
 * Things of politics and law, and ideas and words, that force is no more than a figure against: "fighting the law",
 * "defeat this bill", "attacking the fundamentals".
 */
const politicalObjects = new Set([
  "bill",
  "bills",
  "legislation",
  "measure",
  "measures",
  "plan",
  "plans",
  "policy",
  "policies",
  "proposal",
  "proposals",
  "program",
  "programs",
  "programme",
  "nomination",
  "nominee",
  "nominees",
  "amendment",
  "amendments",
  "election",
  "race",
  "campaign",
  "primary",
  "idea",
  "ideas",
  "rule",
  "rules",
  "regulation",
  "regulations",
  "law",
  "laws",
  "agenda",
  "deal",
  "filibuster",
  "vote",
  "votes",
  "resolution",
  "reform",
  "reforms",
  "initiative",
  "mandate",
  "ordinance",
  "referendum",
  "ballot",
  "budget",
  "tax",
  "taxes",
  "veto",
  "candidacy",
  "decision",
  "ruling",
  "claims",
  // Ideas, values and words, which only words can be aimed at: "attacking the fundamentals", "attacked his record".
  "fundamentals",
  "values",
  "principles",
  "freedom",
  "freedoms",
  "record",
  "comments",
  "remarks",
  "statement",
  "statements",
  "stance",
  "views",
  "credibility",
  "integrity",
  "character",
  "religion",
  "marriage",
]);
/** Verbs of winning against a rival, figures when the sentence speaks of an election: "defeated in the primary". */
const winningVerbs = new Set(["defeat", "beat", "whip", "trounce", "rout", "crush", "unseat", "topple"]);
/** Words that put a sentence in an electoral frame. */
const electionWords = new Set([
  "election",
  "elections",
  "primary",
  "primaries",
  "race",
  "caucus",
  "caucuses",
  "ballot",
  "runoff",
  "run-off",
  "vote",
  "votes",
  "polls",
  "nomination",
  "reelection",
  "re-election",
  "recall",
  "midterm",
  "midterms",
  "electorate",
  "voters",
]);
/** Words between the verb and its object's head noun: particles, determiners, modifiers ("shoot down the new plan"). */
const maxObjectWords = 6;
/** Words that end the object's noun phrase. */
const phraseEnd = new Set([
  ",",
  ".",
  ";",
  ":",
  "that",
  "which",
  "who",
  "and",
  "or",
  "but",
  "because",
  "while",
  "if",
  "as",
  "in",
  "on",
  "at",
  "over",
  "for",
  "with",
  "from",
  "to",
  "into",
  "after",
  "before",
  "during",
  "near",
  "by",
  "across",
  "inside",
  "outside",
]);
const lowerWord = /^[a-z][a-z-]*$/;

/**
 * A verb of force or coercion used as a political figure of speech: its object is a bill, a law, a plan, a policy,
 * a nomination, an election… ("The Justice Department is fighting the law", "we've got to defeat this piece of
 * legislation", "Democrats helped defeat a job retraining program", "ways to target U.S. policies"); or a verb of
 * winning in a sentence about an election ("Cantor was defeated in a recall election", "Sanders whipped Clinton in
 * the New Hampshire primary"). CAMEO codes no force here, and whom a criticism of a plan is aimed at cannot be told,
 * so nothing is coded. "Rebels attacked the town", "Israel struck Gaza" stay events.
 *
 * @example politicalMetaphor(words("Democrats vowed to kill the bill"), slots, match at "kill") // → true
 */
export function politicalMetaphor(words: readonly Word[], slots: readonly ActorSlot[], match: PatternMatch): boolean {
  const lemma = match.form.lemma;
  if (!forceVerbs.has(lemma) && !winningVerbs.has(lemma)) return false;
  if (winningVerbs.has(lemma) && words.some((w) => electionWords.has(w.norm))) return true;
  if (!forceVerbs.has(lemma)) return false;
  return politicalObjectAfter(words, slots, match.head + 1);
}

/** Whether the noun phrase from `from` (the verb's object, after particles) is headed by a political thing. */
function politicalObjectAfter(words: readonly Word[], slots: readonly ActorSlot[], from: number): boolean {
  for (let k = from; k < words.length && k < from + maxObjectWords; k++) {
    const w = (words[k] as Word).norm;
    if (politicalObjects.has(w)) return true;
    if (phraseEnd.has(w)) return false;
    // An actor may stand as a possessive or a modifier ("Obama's plan", "U.S. policies"), not as the object itself.
    const slot = slots.find((s) => s.first === k);
    if (slot) {
      const next = words[slot.stop]?.norm ?? "";
      if (next !== "'s" && next !== "'" && !lowerWord.test(next)) return false;
      k = slot.stop - 1;
      continue;
    }
    if (!lowerWord.test(w) && w !== "'s" && w !== '"' && w !== "“" && w !== "'") return false;
  }
  return false;
}
