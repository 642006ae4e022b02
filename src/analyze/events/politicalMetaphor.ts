import { agentName } from "./actorSlots.js";
import type { ActorSlot } from "./actorSlots.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Nouns of attack that words can make: "made a thinly-veiled attack on Trump". */
const attackNouns = new Set(["attack", "attacks", "assault", "broadside", "broadsides", "salvo"]);
/** Modifiers that make an attack one of words: "a thinly-veiled attack", "a blistering attack", "a personal attack". */
const verbalModifiers = new Set([
  "verbal",
  "rhetorical",
  "thinly-veiled",
  "veiled",
  "scathing",
  "blistering",
  "withering",
  "stinging",
  "personal",
  "political",
  "partisan",
  "sharp",
  "harsh",
  "public",
  "written",
]);

/**
 * "Biden made a thinly-veiled attack on Trump", "launched a blistering attack on the bill": an attack noun in the
 * pattern whose modifier makes it one of words, which is criticism, not force. "launched a fierce attack on
 * Ukraine" stays force.
 */
function verbalAttack(words: readonly Word[], match: PatternMatch): boolean {
  for (let k = match.head + 1; k < match.stop; k++) {
    if (attackNouns.has(words[k]?.norm ?? "") && verbalModifiers.has(words[k - 1]?.norm ?? "")) return true;
  }
  return false;
}

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
  // Matters of a dispute: "battle over every little detail", "fight over spending".
  "detail",
  "details",
  "issue",
  "issues",
  "spending",
  "funding",
  "cuts",
  "benefits",
  "deficit",
  "debt",
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
/** Words of candidates and political careers that put a sentence about winning in politics: "the Tea Party candidate". */
const candidacyWords = new Set([
  "candidate",
  "candidates",
  "candidacy",
  "challenger",
  "challengers",
  "incumbent",
  "incumbents",
  "nominee",
  "campaign",
  "political",
  "seat",
  "congressman",
  "congresswoman",
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
  if (verbalAttack(words, match)) return true;
  const lemma = match.form.lemma;
  if (!forceVerbs.has(lemma) && !winningVerbs.has(lemma)) return false;
  if (forceVerbs.has(lemma) && !slots.some(armed)) {
    // "targeted Sen. Charles Schumer … for not speaking out", "are often attacked for supporting him": blame.
    if (blameFor(words, match)) return true;
    // "messaging and actions attacking undocumented immigrants", "a campaign last week targeting the senator".
    if (match.form.kind === "ing" && wordyThingBefore(words, slots, match.head)) return true;
  }
  if (winningVerbs.has(lemma) && words.some((w) => electionWords.has(w.norm))) return true;
  // "the Tea Party candidate who defeated Cantor", "beaten by a political novice": a rival in politics, with no armed
  // actor in the sentence ("the campaign to defeat the rebels" by an army stays force).
  if (winningVerbs.has(lemma) && !slots.some(armed) && words.some((w) => candidacyWords.has(w.norm))) return true;
  if (!forceVerbs.has(lemma)) return false;
  // "fighting to protect Social Security", "battled to keep the plant open": an effort, no force.
  if (
    effortVerbs.has(lemma) &&
    words[match.stop]?.norm === "to" &&
    purposeVerbAt(words, slots, match.stop + 1) &&
    !slots.some(armed)
  )
    return true;
  // "a Congress known to battle over every little detail", "fought over the budget": a dispute about a thing.
  const particle = words[match.stop]?.norm ?? "";
  if (effortVerbs.has(lemma) && disputeParticles.has(particle))
    return politicalObjectAfter(words, slots, match.stop + 1);
  return politicalObjectAfter(words, slots, match.head + 1);
}

/** Verbs of force that also name a political effort or dispute: "fight to protect", "battle over the budget". */
const effortVerbs = new Set(["fight", "battle", "struggle"]);
/** Prepositions after a verb of dispute that name what is disputed: "battle over", "fight about". */
const disputeParticles = new Set(["over", "about", "for"]);
/** Words after "to" that are no verb: "fought to the death", "battled to a standstill". */
const nonVerbs = new Set(["the", "a", "an", "this", "that", "its", "their", "his", "her", "death", "end", "last"]);

/** Agents that fight with arms: "troops fighting to hold the city" is force. */
const armedAgents = new Set([
  "military",
  "rebels",
  "insurgents",
  "militants",
  "gunmen",
  "guerrillas",
  "separatists",
  "fighters",
  "militia",
  "jihadists",
  "terrorists",
]);

/** An armed agent, or a group that is no political party ("Hamas"), in whose sentence a fight is force. */
function armed(slot: ActorSlot): boolean {
  const agent = agentName(slot);
  if (slot.actor.startsWith("group:")) return !slot.actor.endsWith("-party");
  return agent !== undefined && armedAgents.has(agent);
}

/** A bare verb right after "fight to": a lower-case word that is no determiner and no actor. */
function purposeVerbAt(words: readonly Word[], slots: readonly ActorSlot[], at: number): boolean {
  const w = words[at]?.norm ?? "";
  return lowerWord.test(w) && !nonVerbs.has(w) && !slots.some((s) => s.first === at);
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

/** Words from the verb to the "for" of what is blamed: "targeted Sen. Charles Schumer, D-N.Y., for not speaking out". */
const maxBlameGap = 10;

/** "attacked for supporting him", "targeted Schumer … for not speaking out": "for" and a reason after the verb. */
function blameFor(words: readonly Word[], match: PatternMatch): boolean {
  for (let k = match.head + 1; k < words.length && k <= match.head + maxBlameGap; k++) {
    const w = (words[k] as Word).norm;
    if (w === "." || w === ";" || w === "to" || w === "with") return false;
    if (w !== "for") continue;
    const next = words[k + 1]?.norm ?? "";
    return (
      next === "not" || next === "failing" || (/^[a-z]{3,}ing$/.test(next) && next !== "morning" && next !== "evening")
    );
  }
  return false;
}

/** Things made of words, paper or media, which aim at no one by force: "messaging attacking", "letters targeting". */
const wordyThings = new Set([
  "commercial",
  "commercials",
  "campaign",
  "campaigns",
  "letter",
  "letters",
  "lawsuit",
  "lawsuits",
  "messaging",
  "message",
  "messages",
  "rhetoric",
  "tweet",
  "tweets",
  "speech",
  "speeches",
  "report",
  "statement",
  "statements",
  "video",
  "videos",
  "policy",
  "policies",
  "bill",
  "bills",
  "law",
  "laws",
  "measures",
  "legislation",
  "investigation",
  "probe",
  "inquiry",
  "audit",
  "audits",
  "subpoena",
  "subpoenas",
  "ad",
  "ads",
  "advertisement",
  "advertisements",
  "amendment",
  "amendments",
  "ordinance",
  "ordinances",
]);
/** Words read back from an -ing form to the noun it modifies: "a campaign on Tuesday targeting". */
const maxThingGap = 5;

/** An -ing form of force after a noun of words or media, with only lower-case words between ("on Tuesday" aside). */
function wordyThingBefore(words: readonly Word[], slots: readonly ActorSlot[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - maxThingGap; k--) {
    const w = (words[k] as Word).norm;
    if (wordyThings.has(w)) return true;
    if (w === "," || w === ";" || w === ":" || w === "." || w === "that" || w === "who") return false;
    // An actor between: "Facebook ads targeting" is read by the noun; "Russia targeting" is an actor acting.
    if (slots.some((s) => s.first <= k && k < s.stop) && k === head - 1) return false;
  }
  return false;
}
