import type { ActorSlot } from "./actorSlots.js";
import { cameoRoot } from "./cameoCodes.js";
import { custodyHolder } from "./custodyHolder.js";
import type { NominalMatch, NominalPattern } from "./nominalEvents.js";
import type { Role } from "./roles.js";
import type { Word } from "./tokenizeSentence.js";

const dyingWords = new Set(["died", "dies", "die", "dying"]);
/** Roots of force done to a person, which a death can be the result of. */
const harmRoots = new Set(["18", "19", "20"]);
/** Lower-case nouns that may stand between the victim's actor and "died": "a Palestinian prisoner died". */
const maxVictimNouns = 2;
/** Words that may stand between the cause phrase and the noun: "of severe torture", "from a beating". */
const causeModifier = /^(?:a|an|the|severe|repeated|alleged|brutal|heavy|systematic)$/;
/** Words from the event noun to "by" its agent: "of torture by Israeli police". */
const maxAgentGap = 3;

/**
 * "A Palestinian prisoner died as a result of torture while in Israeli police custody": a death caused by an act of
 * force named only by a noun ("died of torture", "died from torture", "died after torture") is that act, done to the
 * one who died. Its agent stands before the noun ("of Israeli torture"), after "by", or holds the victim in custody.
 * Returns the event as a nominal match, or nothing when no dictionary noun of force is the cause or no actor died.
 *
 * @example causeOfDeath(words("A Palestinian prisoner died of torture in Israeli police custody"), slots, nominals)
 *   // → [{ code "1822", source: Israeli police, target: Palestinian }]
 */
export function causeOfDeath(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  nominals: ReadonlyMap<string, readonly NominalPattern[]>,
): NominalMatch[] {
  const out: NominalMatch[] = [];
  for (let d = 1; d < words.length; d++) {
    if (!dyingWords.has((words[d] as Word).norm)) continue;
    const victim = slots.find(
      (s) =>
        s.stop <= d &&
        s.stop >= d - maxVictimNouns &&
        words.slice(s.stop, d).every((w) => /^[a-z][a-z-]*$/.test(w.norm)),
    );
    if (!victim) continue;
    let at = causeStart(words, d + 1);
    if (at < 0) continue;
    // "of Israeli torture": an actor before the noun is its agent.
    let source: ActorSlot | null = null;
    for (;;) {
      const slot = slots.find((s) => s.first === at);
      if (slot && !source) {
        source = slot;
        at = slot.stop;
        continue;
      }
      if (!causeModifier.test(words[at]?.norm ?? "")) break;
      at++;
    }
    const noun = words[at]?.norm ?? "";
    const pattern = nominals.get(noun)?.find((p) => harmRoots.has(cameoRoot(p.code)));
    if (!pattern) continue;
    source ??= agentAfterBy(words, slots, at + 1) ?? custodyHolder(words, slots, at + 1);
    if (source?.actor === victim.actor && !source.sector) source = null;
    const role = (slot: ActorSlot | null): Role | null => (slot ? { slot, inferred: false } : null);
    out.push({ pattern, head: at, stop: at + 1, source: role(source), target: role(victim), parties: [] });
  }
  return out;
}

/** Index of the word after "of", "from", "after", "following", "as a result of", "due to" at `at`; -1 if none. */
function causeStart(words: readonly Word[], at: number): number {
  const w = words[at]?.norm ?? "";
  if (w === "of" || w === "from" || w === "after" || w === "following") return at + 1;
  if (w === "due" && words[at + 1]?.norm === "to") return at + 2;
  const phrase = words
    .slice(at, at + 4)
    .map((x) => x.norm)
    .join(" ");
  return phrase === "as a result of" ? at + 4 : -1;
}

function agentAfterBy(words: readonly Word[], slots: readonly ActorSlot[], from: number): ActorSlot | null {
  for (let j = from; j < words.length && j <= from + maxAgentGap; j++) {
    if (words[j]?.norm !== "by") continue;
    const next = words[j + 1]?.norm === "the" ? j + 2 : j + 1;
    return slots.find((s) => s.first === next) ?? null;
  }
  return null;
}
