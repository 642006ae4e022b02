import type { ActorSlot } from "./actorSlots.js";
import { cameoRoot } from "./cameoCodes.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";

/** Prepositions after "engage" that name an activity or a partner, not an enemy: "engage in", "engaged with". */
const activityPrepositions = new Set(["in", "with", "on"]);
/** Nouns of fighting that make "engage in" force: "engaged in fierce fighting", "engage in combat". */
const fightNouns = new Set([
  "fighting",
  "fight",
  "fights",
  "combat",
  "battle",
  "battles",
  "clashes",
  "hostilities",
  "firefight",
  "firefights",
  "gunfight",
  "gunfights",
  "skirmishes",
  "warfare",
  "war",
  "shelling",
  "shootout",
  "violence",
  "attacks",
  "gunfire",
  "exchange",
  "exchanges",
  "shootout",
  "shootouts",
  "raids",
  "operations",
  "offensive",
  "military",
  "armed",
  "action",
  "actions",
  "conflict",
  "fire",
  "clash",
  "skirmish",
  "strikes",
  "bombing",
  "bombings",
  "hostile",
  "terrorism",
  "terrorist",
  "insurgency",
  "killing",
  "killings",
  "shooting",
  "gun",
  "guns",
  "fierce",
  "heavy",
  "bloody",
  "deadly",
  "violent",
]);
/** Words of the activity's noun phrase read after the preposition: "engage in a lengthy back-and-forth". */
const maxActivityWords = 8;

/**
 * Whether "engage" (coded as force, 19) names taking part in an activity that is no fight: "Biden and Ryan did
 * engage in a lengthy back-and-forth", "his administration has engaged in political shenanigans", "too engaged in
 * too many places", "wanted to engage in". "Troops engaged the rebels", "engaged with Taliban fighters" and "engaged
 * in heavy fighting" stay force.
 *
 * @example engagedIn(words("they engaged in a lengthy back-and-forth"), slots, match, group at "engaged", "190") // → true
 */
export function engagedIn(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  group: VerbGroup,
  code: string,
): boolean {
  if (match.form.lemma !== "engage" || cameoRoot(code) !== "19") return false;
  // "Russian forces engaged in …", "Israel engaged in …": a state or an armed agent as subject may be fighting.
  const subject = slots.find((s) => s.stop === group.first);
  if (subject && (subject.actor.startsWith("country:") || subject.agent || subject.actor.startsWith("group:")))
    if (!subject.actor.endsWith("-party") && subject.agent?.name !== "government") return false;
  const next = words[match.head + 1]?.norm;
  if (next === undefined || !activityPrepositions.has(next)) return false;
  // "troops engaged with Taliban fighters": an actor after "with" or "on" is an enemy engaged.
  if (next !== "in" && slots.some((s) => s.first >= match.head + 2 && s.first <= match.head + 4)) return false;
  for (let k = match.head + 2; k < words.length && k <= match.head + 1 + maxActivityWords; k++) {
    if (fightNouns.has((words[k] as Word).norm)) return false;
  }
  return true;
}
