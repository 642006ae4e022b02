import type { ActorSlot } from "./actorSlots.js";
import type { Word } from "./tokenizeSentence.js";

/** Nouns of being held: "in Israeli police custody", "in Syrian detention". */
const custodyNouns = new Set(["custody", "detention", "jail", "jails", "prison", "prisons"]);
/** Words from a verb phrase to "in … custody": "tortured to death while in". */
const maxCustodyGap = 8;
/** Words that end the clause: past them, custody is another clause's. */
const clauseEnds = new Set([",", ";", ":", "(", "which", "who", "said", "says", "according", "but", "after", "before"]);

/**
 * "was tortured in Israeli police custody": the actor that holds a person in custody, named right before the custody
 * noun after "in" ("in Israeli police custody", "in the custody of Egypt"), within a few words after `from` in the same
 * clause. It is who acts on the person held. Null when no such actor is named ("died in custody").
 *
 * @example custodyHolder(words("was beaten in Israeli police custody"), slots, 3) // → Israeli police
 */
export function custodyHolder(words: readonly Word[], slots: readonly ActorSlot[], from: number): ActorSlot | null {
  for (let j = from; j < words.length && j <= from + maxCustodyGap; j++) {
    const w = (words[j] as Word).norm;
    if (clauseEnds.has(w)) return null;
    if (w !== "in") continue;
    let at = j + 1;
    if (words[at]?.norm === "the") at++;
    // "in the custody of Egypt"
    if (custodyNouns.has(words[at]?.norm ?? "") && words[at + 1]?.norm === "of") {
      const after = words[at + 2]?.norm === "the" ? at + 3 : at + 2;
      return slots.find((s) => s.first === after) ?? null;
    }
    // "in Israeli police custody", "in Egypt's custody"
    const slot = slots.find((s) => s.first === at);
    if (!slot) continue;
    const next = words[slot.stop]?.norm === "'s" ? slot.stop + 1 : slot.stop;
    if (custodyNouns.has(words[next]?.norm ?? "")) return slot;
  }
  return null;
}
