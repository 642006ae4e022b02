import { weekdayNames } from "../times/words.js";
import type { ActorSlot } from "./actorSlots.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";

/** Natural hazards and accidents: what kills or destroys in a sentence about them is no actor's use of force. */
const hazards = new Set([
  "earthquake",
  "earthquakes",
  "quake",
  "quakes",
  "tremor",
  "tremors",
  "aftershock",
  "aftershocks",
  "tsunami",
  "storm",
  "storms",
  "hurricane",
  "typhoon",
  "cyclone",
  "tornado",
  "tornadoes",
  "flood",
  "floods",
  "flooding",
  "flash-floods",
  "landslide",
  "landslides",
  "mudslide",
  "mudslides",
  "avalanche",
  "eruption",
  "volcano",
  "wildfire",
  "wildfires",
  "blaze",
  "fire",
  "fires",
  "heatwave",
  "drought",
  "blizzard",
  "snowstorm",
  "lightning",
  "rains",
  "downpours",
  "monsoon",
  "outbreak",
  "epidemic",
  "pandemic",
  "virus",
  "cholera",
  "crash",
  "derailment",
  "collision",
  "accident",
]);

/** Words that make the noun phrase after them an adjunct, not the subject: "After the earthquake, rebels attacked". */
const adjunctPrepositions = new Set([
  "after",
  "following",
  "since",
  "before",
  "during",
  "despite",
  "amid",
  "like",
  "unlike",
  "by",
  "of",
  "with",
  "from",
  "than",
]);
/** Prepositions after which an actor inside the subject is where the hazard happened: "an earthquake in Ica". */
const placePrepositions = new Set(["in", "on", "at", "near", "off", "across", "along", "outside", "around"]);
/**
 * Words naming the agent of a passive: "killed by the quake", "died in the floods", "were killed when an earthquake
 * shook", "as floods swept".
 */
const agentPrepositions = new Set(["by", "in", "during", "after", "following", "when", "as"]);
/** Relatives whose antecedent is the subject of the verb after them: "an earthquake that killed 67 people". */
const relatives = new Set(["that", "which"]);
const determiners = new Set(["the", "a", "an", "this", "that", "its", "their"]);
/** Words after a hazard that show it ends its noun phrase: "the quake that", "floods hit". */
const phraseEnders = new Set([
  "that",
  "which",
  "has",
  "had",
  "was",
  "hit",
  "struck",
  "swept",
  "tore",
  "ripped",
  "shook",
]);
/** Words after a hazard that are time, not part of its noun phrase: "the quake Wednesday", "floods overnight". */
const timeAfter = new Set([...weekdayNames, "overnight"]);

/**
 * Whether a violent act read from a sentence is the work of a natural hazard or an accident, not of an actor:
 * "A magnitude 6.8 earthquake struck southern Peru, killing at least 67 people", "Floods killed 30 people in
 * Pakistan", "Dozens were killed by the quake". The hazard must be the clause's subject (its first noun phrase,
 * not after "After …"), or the agent after a passive verb. "After the earthquake, rebels attacked the town" and
 * "militias attacked earthquake victims" stay events.
 *
 * @example naturalCause(words, slots, group, head) // true for "Floods killed 30 people"
 */
export function naturalCause(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  group: VerbGroup,
  head: number,
): boolean {
  if (group.passive) return passiveAgentIsHazard(words, head);
  // "districts where landslides had blocked the roads": the hazard right before the verb group is its subject.
  const before = group.first - 1;
  if (hazards.has(words[before]?.norm ?? "") && !slots.some((s) => s.first <= before && before < s.stop)) return true;
  // "after an earthquake that killed at least 67 people": the hazard is the relative clause's subject.
  if (relatives.has(words[group.first - 1]?.norm ?? "") && hazards.has(words[group.first - 2]?.norm ?? "")) return true;
  const subject = subjectHazard(words, group.first);
  if (subject < 0) return false;
  // A participle after a comma goes on with the clause's subject: "…struck southern Peru, killing 67".
  if (group.adjunct === "participle") return true;
  // A main verb: no actor may stand between the hazard and the verb but where it happened ("an earthquake in Ica").
  return !slots.some((slot) => slot.first > subject && slot.first < group.first && !afterPlacePreposition(words, slot));
}

/** The index of a hazard heading the clause before `end` ("A magnitude 6.8 earthquake"), or -1. */
function subjectHazard(words: readonly Word[], end: number): number {
  let clauseStart = 0;
  for (let i = end - 1; i >= 0; i--) {
    const w = words[i]?.norm;
    if (w === ";" || w === ":") {
      clauseStart = i + 1;
      break;
    }
  }
  return hazardFrom(words, clauseStart, end, false);
}

/**
 * The first hazard from `from` before `end` that heads its phrase, or -1 at an adjunct preposition. The first noun
 * phrase ends at a comma: an introduction ("In Peru, an earthquake…") is skipped once, and the subject must then
 * come within six words.
 */
function hazardFrom(words: readonly Word[], from: number, end: number, afterComma: boolean): number {
  const stop = afterComma ? Math.min(end, from + 6) : end;
  for (let i = from; i < stop; i++) {
    const w = words[i]?.norm ?? "";
    if (adjunctPrepositions.has(w)) return -1;
    if (hazards.has(w)) return headsPhrase(words, i) ? i : -1;
    if (w === ",") return afterComma ? -1 : hazardFrom(words, i + 1, end, true);
  }
  return -1;
}

/** "earthquake struck", "quake in Ica", "floods killed": the hazard word ends its noun phrase ("earthquake victims" does not). */
function headsPhrase(words: readonly Word[], at: number): boolean {
  const next = words[at + 1];
  if (next === undefined) return true;
  const text = next.norm;
  if (!/^[a-z]/.test(text) || timeAfter.has(text)) return true;
  return /(?:ed|s)$/.test(text) || placePrepositions.has(text) || phraseEnders.has(text);
}

function afterPlacePreposition(words: readonly Word[], slot: ActorSlot): boolean {
  let i = slot.first - 1;
  while (i >= 0 && determiners.has(words[i]?.norm ?? "")) i--;
  return placePrepositions.has(words[i]?.norm ?? "");
}

/** "were killed by the quake", "died in the floods": a hazard right after the passive verb is its agent. */
function passiveAgentIsHazard(words: readonly Word[], head: number): boolean {
  for (let i = head + 1; i < words.length && i <= head + 3; i++) {
    if (!agentPrepositions.has(words[i]?.norm ?? "")) continue;
    for (let j = i + 1; j < words.length && j <= i + 4; j++) {
      const w = words[j]?.norm ?? "";
      if (hazards.has(w)) return true;
      if (w === "," || w === ".") break;
    }
  }
  return false;
}

/** Natural hazards that, named anywhere in an article, make it a disaster report: no accidents, no "fire". */
const disasterWords =
  /\b(?:earthquakes?|quakes?|tremors?|aftershocks?|tsunamis?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|floods?|flooding|landslides?|mudslides?|avalanches?|eruptions?|wildfires?|heatwaves?|blizzards?|snowstorms?|monsoons?)\b/i;

/**
 * Whether an article reports a natural disaster: then a casualty count with no agent ("at least 380 people were
 * injured, the institute said") is the disaster's toll, not an attack by someone unnamed.
 *
 * @example reportsDisaster("An earthquake struck Peru. At least 67 people were killed.") // → true
 */
export function reportsDisaster(text: string): boolean {
  return disasterWords.test(text);
}
