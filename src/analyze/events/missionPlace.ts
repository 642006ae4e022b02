import type { ActorSlot } from "./actorSlots.js";
import type { Word } from "./tokenizeSentence.js";

/** Nouns of a state's standing presence in another state: "opened an embassy in Tehran". */
const missionNouns = new Set(["embassy", "embassies", "consulate", "consulates", "legation", "legations"]);
/** Words that may stand between "in" and the place: "in the capital Tehran", "in the city of Basra". */
const placeLead = /^(?:the|capital|city|of)$/;
/** Words from the mission noun to "in": "an embassy in", "a consulate general in". */
const maxMissionGap = 2;

/**
 * "Sri Lanka opened an embassy in Tehran": a mission noun at or right after the verb phrase ending at `stop`, then
 * "in" and a place: the place's state is what the act is aimed at (a capital stands for its state). Returns a slot
 * for that state, on the place's words and marked inferred; null when no mission noun, no place, or the place has no
 * known state. Places are never targets of diplomatic acts otherwise ("held talks in Oslo").
 *
 * @example missionPlace(words("opened an embassy in Tehran"), [Tehran], stop after "embassy") // → country:IRN
 */
export function missionPlace(words: readonly Word[], places: readonly ActorSlot[], stop: number): ActorSlot | null {
  let noun = -1;
  for (let j = stop - 1; j < words.length && j <= stop + maxMissionGap; j++) {
    if (j >= 0 && missionNouns.has((words[j] as Word).norm)) {
      noun = j;
      break;
    }
  }
  if (noun < 0) return null;
  let at = noun + 1;
  if (words[at]?.norm === "general") at++;
  if (words[at]?.norm !== "in") return null;
  at++;
  while (at < words.length && placeLead.test((words[at] as Word).norm)) at++;
  const place = places.find((p) => p.first === at);
  if (!place?.country) return null;
  return { ...place, actor: `country:${place.country}`, evidence: "inferred" };
}
