import type { Mention } from "../../article.js";
import type { ActorSlot } from "./actorSlots.js";
import { agentName } from "./actorSlots.js";

/** CAMEO 114: a formal protest lodged by a state, an official or an international body. */
const officialComplaint = "114";
/** CAMEO 166: expelling or withdrawing international involvement; 1661 peacekeepers, 1662 inspectors and observers. */
const internationalExpulsionCodes: Readonly<Record<string, string>> = {
  peacekeepers: "1661",
  inspectors: "1662",
};
const internationalExpulsion = "166";
/** Generic agents that speak for a state: their protest is made in words. */
const officialAgents = new Set(["government", "legislature", "judiciary"]);

/** The registry mention a slot stands on, if any. */
function mentionOf(slot: ActorSlot, mentions: readonly Mention[]): Mention | undefined {
  return mentions.find((m) => m.actor === slot.actor && m.start < slot.end && slot.start < m.end);
}

/**
 * Whether an actor protesting speaks for a state or an international body: a state named as such ("India", not
 * "Indians"), an international organisation, an official with a title, or a government agent. Crowds, named groups
 * and a state's people named by a demonym take to the streets instead.
 */
function speaksOfficially(slot: ActorSlot, mentions: readonly Mention[]): boolean {
  const agent = agentName(slot);
  if (agent) return officialAgents.has(agent);
  if (slot.unknown) return false;
  const mention = mentionOf(slot, mentions);
  if (slot.actor.startsWith("country:")) return !!mention && mention.kind !== "demonym";
  if (slot.actor.startsWith("org:")) return slot.country === null;
  if (slot.person) return !!mention?.role;
  return false;
}

/**
 * Picks between CAMEO codes that the same wording takes for different actors:
 *  - "India protested the Chinese incursion": a state's protest is a formal complaint (114), not a demonstration
 *    (14); "Thousands of Indians protested" stays a protest;
 *  - "Jakarta forced the UN refugee agency out": expelling an international body, peacekeepers or inspectors
 *    withdraws international involvement (166, 1661, 1662), not a deportation of persons (174).
 * Returns the code unchanged otherwise.
 *
 * @example refineRoot("141", "protest", indiaSlot, null, mentions) // → "114"
 */
export function refineRoot(
  code: string,
  lemma: string,
  source: ActorSlot | null,
  target: ActorSlot | null,
  mentions: readonly Mention[],
): string {
  // With no one protested against, a complaint (which needs a target) would drop the event: it stays a protest.
  if (
    (code === "140" || code === "141") &&
    lemma === "protest" &&
    source &&
    target &&
    speaksOfficially(source, mentions)
  )
    return officialComplaint;
  if (code === "174" && target) {
    const agent = agentName(target);
    if (agent) return internationalExpulsionCodes[agent] ?? code;
    if (target.actor.startsWith("org:") && target.country === null) return internationalExpulsion;
  }
  return code;
}
