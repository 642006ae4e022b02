/** A one-line reading of a story event: "Source → what → Target", from actor names and the CAMEO label. */

import type { StoryEvent } from "../align/types.js";
import type { NamedActor } from "./actorName.js";
import { actorName } from "./actorName.js";

/** CAMEO's catch-all suffix ("Demand, not specified below"): says nothing to a reader. */
const notSpecified = /,?\s*not specified below\s*$/i;
/** Longest evidence sentence used as a summary before it is cut. */
const maxSentence = 160;

/** The CAMEO label as a verb phrase: "Use conventional military force, not specified below" → "use conventional military force". */
export function labelPhrase(label: string): string {
  const plain = label.replace(notSpecified, "").trim();
  return plain.charAt(0).toLowerCase() + plain.slice(1);
}

function cut(sentence: string): string {
  const flat = sentence.replace(/\s+/g, " ").trim();
  return flat.length <= maxSentence ? flat : `${flat.slice(0, maxSentence - 1).trimEnd()}…`;
}

/**
 * Summarises a story event: "Ingrid Halvorsen → make a visit → Marcus Doyle, in Washington"; a joint event as
 * "Norway ↔ United States: engage in negotiation, in Oslo". With one actor the other side is left out; with none,
 * the first report's sentence stands in.
 *
 * @example eventSummary(event, new Map([["country:ISR", { id: "country:ISR", name: "Israel", country: "ISR" }]]))
 */
export function eventSummary(event: StoryEvent, actors: ReadonlyMap<string, NamedActor>): string {
  const source = event.source === null ? null : actorName(event.source, actors);
  const target = event.target === null ? null : actorName(event.target, actors);
  if (source === null && target === null) return cut(event.evidence[0]?.text ?? event.label);
  const place = event.place !== null && event.place !== target && event.place !== source ? `, in ${event.place}` : "";
  if (event.mutual && source !== null && target !== null) {
    // A joint event reads the same whichever party a report named first.
    const [a, b] = [source, target].sort((x, y) => x.localeCompare(y));
    return `${a} ↔ ${b}: ${labelPhrase(event.label)}${place}`;
  }
  const parts = [source, labelPhrase(event.label), target].filter((p): p is string => p !== null);
  return `${parts.join(" → ")}${place}`;
}
