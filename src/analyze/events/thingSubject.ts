import type { ActorSlot } from "./actorSlots.js";
import { cameoRoot } from "./cameoCodes.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";

/**
 * Roots of acts only an actor can do to another: intents, meetings, endorsement, cooperation, aid, yielding. A law
 * "allows", a pledge "helped", a bill "supports": what a thing does is no such act. Statements, criticism and
 * demands are left out: "the report accused Israel" is coded from its authors.
 */
const agentOnlyRoots = new Set(["03", "04", "05", "06", "07", "08"]);
/**
 * Lower-case nouns of things that stand as the subject of such a verb only to describe what they say or do:
 * laws and their parts, policies and programmes, decisions, pledges, systems.
 */
const thingNouns = new Set([
  "law",
  "laws",
  "bill",
  "bills",
  "legislation",
  "measure",
  "measures",
  "amendment",
  "amendments",
  "provision",
  "provisions",
  "act",
  "statute",
  "ordinance",
  "regulation",
  "regulations",
  "rule",
  "rules",
  "policy",
  "policies",
  "program",
  "programs",
  "programme",
  "programmes",
  "plan",
  "plans",
  "proposal",
  "proposals",
  "order",
  "orders",
  "decision",
  "decisions",
  "ruling",
  "rulings",
  "pledge",
  "pledges",
  "system",
  "ads",
  "advertisements",
  "commercials",
  "sieve",
  "loophole",
  "loopholes",
]);
/** Adverbs and auxiliaries that may stand between the subject noun and its verb: "the law also allows". */
const lowerWord = /^[a-z][a-z-]*$/;

/**
 * Whether the subject of the verb is a thing, which cannot cooperate, meet, aid or yield: "the law allows
 * businesses to refuse service", "a bill that supports the agents", "decisions that help Republicans",
 * "the campaign pledge … that helped catapult Democrats", "programs allowing medical marijuana", "a measure … which allows
 * recreational marijuana". The subject is the word before the verb group, or the antecedent of "that"/"which"
 * before it, or (for a participle that follows a noun) that noun. "Israel allowed aid trucks in" and "the
 * government allowed the march" stay events.
 *
 * @example thingSubject(words("the law allows businesses to refuse"), slots, match at "allows", group, "080") // → true
 */
export function thingSubject(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  group: VerbGroup,
  code: string,
): boolean {
  if (!agentOnlyRoots.has(cameoRoot(code)) || group.passive || group.governor) return false;
  // "Trump's decision to pull out of Syria": the infinitive's subject is the decider, not the decision.
  if (words[group.first]?.norm === "to") return false;
  let at = group.first - 1;
  if (["that", "which"].includes(words[at]?.norm ?? "")) at--;
  // "state-run programs allowing medical marijuana": only a participle right after its noun.
  if (match.form.kind === "ing" && group.first === match.head && at === match.head - 1)
    return thingAt(words, slots, at);
  if (match.form.kind === "ing") return false;
  return thingAt(words, slots, at);
}

function thingAt(words: readonly Word[], slots: readonly ActorSlot[], at: number): boolean {
  const w = words[at]?.norm ?? "";
  if (!lowerWord.test(w) || slots.some((s) => s.first <= at && at < s.stop)) return false;
  return thingNouns.has(w);
}
