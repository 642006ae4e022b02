import { sameActor } from "./actorSlots.js";
import type { ActorSlot } from "./actorSlots.js";
import type { Word } from "./tokenizeSentence.js";

/** Possessives of a non-person owner: "their patrol", "its embassy". */
const possessives = new Set(["its", "their"]);
/** Prepositions a verb may take before the possessed noun: "opened fire on their patrol". */
const objectPrepositions = new Set(["on", "at", "against", "to", "into", "upon"]);

/** Words that join the verb's clause to an earlier one whose subject the possessive may take up. */
const subordinators = new Set(["when", "as", "after", "while", "before", "because"]);

/**
 * "Two Israeli soldiers were wounded when Palestinian gunmen opened fire on their patrol": when a verb acts on a
 * thing owned through "its"/"their", and its clause (the source at `sources`) is joined by "when", "as", "after"…
 * to an earlier one, the subject of that earlier clause (the sentence's first actor) owns it and is acted on. Null
 * when no possessive follows the verb phrase ending at `stop`, the possessive names an actor ("its own rebels"), or
 * no such actor stands before the joining word ("Iran condemned the attack on its embassy": the source's own).
 *
 * @example possessiveTarget(words, slots, stop after "fire", [gunmen]) // → Israeli soldiers
 */
export function possessiveTarget(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  stop: number,
  sources: readonly ActorSlot[],
): ActorSlot | null {
  const at = objectPrepositions.has(words[stop]?.norm ?? "") ? stop + 1 : stop;
  if (!possessives.has(words[at]?.norm ?? "") || !/^[a-z][a-z-]*$/.test(words[at + 1]?.norm ?? "")) return null;
  // "its own rebels", "their forces": what the possessive names is an actor itself, found as such or not at all.
  if (words[at + 1]?.norm === "own" || slots.some((s) => s.first === at + 1)) return null;
  const source = sources[0];
  if (!source) return null;
  // The subject of the earlier clause: the sentence's first actor ("Arnor is about to restore ties with Gondor
  // … after crowds burned down its embassy" is Arnor's embassy).
  const owner = slots[0];
  if (!owner || owner.stop > source.first || owner.person || sources.some((x) => sameActor(x, owner))) return null;
  const between = words.slice(owner.stop, source.first).map((w) => w.norm);
  return between.some((w) => subordinators.has(w)) ? owner : null;
}
