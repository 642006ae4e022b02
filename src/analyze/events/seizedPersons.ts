import { agentName } from "./actorSlots.js";
import type { ActorSlot } from "./actorSlots.js";

/** Verbs of seizing that take property or, with persons as object, people: "seized 251 people". */
const seizingLemmas = new Set(["seize", "grab", "commandeer"]);
/** Generic agents that are persons taken, not property: "seized 251 people", "seized hostages". */
const personAgents = new Set([
  "civilians",
  "hostages",
  "prisoners",
  "workers",
  "protesters",
  "activists",
  "journalists",
]);

/** Agents of a state whose seizing of persons is an arrest: "police seized the journalist". */
const arrestingAgents = new Set(["police", "government", "judiciary", "military"]);

/**
 * The code of a seizure whose object is persons: CAMEO's abduction (181), or an arrest (173) by a state's police or
 * forces, not a seizure of property (171). "Hamas and allied groups seized 251 people" → 181; "Police seized the
 * journalist" → 173; "Iran seized a tanker" stays 171.
 *
 * @example seizedPersonsCode("171", "seize", slotOf("Hamas"), slotOf("251 people")) // → "181"
 */
export function seizedPersonsCode(
  code: string,
  lemma: string,
  source: ActorSlot | null,
  target: ActorSlot | null,
): string {
  if (code !== "171" || !seizingLemmas.has(lemma) || !target) return code;
  const agent = target.agent?.name;
  if (!target.person && !(agent !== undefined && personAgents.has(agent))) return code;
  const by = source ? agentName(source) : undefined;
  return by !== undefined && arrestingAgents.has(by) ? "173" : "181";
}
