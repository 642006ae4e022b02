import type { ActorSlot } from "./actorSlots.js";
import type { Role } from "./roles.js";
import type { Word } from "./tokenizeSentence.js";

/** An event named by a noun: "talks between Israel and Hamas", "sanctions against Russia", "Israeli strikes on Gaza". */
export interface NominalPattern {
  code: string;
  /** The head noun as written in the dictionary, for messages. */
  noun: string;
  /** The prepositions that introduce the target ("on", "against") or both parties ("between"). */
  prepositions: ReadonlySet<string>;
}

/** A nominal event found in a sentence, with its roles. */
export interface NominalMatch {
  pattern: NominalPattern;
  /** Index of the head noun and one past the last word used. */
  head: number;
  stop: number;
  source: Role | null;
  target: Role | null;
  /** "between X and Y": both parties, coded both ways. */
  parties: readonly Role[];
}

/** Words that may stand between the source and its noun: "Israeli air strikes", "US-led military operations". */
const maxModifiers = 2;
/** Words from the preposition to the target: "against the Russian government". */
const maxTargetGap = 3;
/** Words from the noun phrase to "by": "attacks on Gaza by Israeli jets". */
const maxAgentGap = 4;
const modifierWord = /^[a-z][a-z-]*$/;

/**
 * Nominal events of a sentence: a dictionary noun followed by one of its prepositions. The target stands after the
 * preposition; the source is the actor just before the noun ("Israeli strikes", "Russia's attack") or after "by".
 * "between X and Y" names both parties. Called only for sentences with no verbal event, so the verb stays first.
 *
 * @example nominalEvents(words("Sanctions against Russia by the EU"), …) // → [{ code: "163", target: Russia, … }]
 */
export function nominalEvents(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  nominals: ReadonlyMap<string, readonly NominalPattern[]>,
): NominalMatch[] {
  const out: NominalMatch[] = [];
  for (let head = 0; head < words.length; head++) {
    const patterns = nominals.get((words[head] as Word).norm);
    if (!patterns || slots.some((s) => s.first <= head && head < s.stop) || negatedNoun(words, head)) continue;
    const preposition = words[head + 1]?.norm ?? "";
    const pattern = patterns.find((p) => p.prepositions.has(preposition));
    if (!pattern) continue;
    if (preposition === "between") {
      const parties = partiesAfter(words, slots, head + 2);
      if (parties.length < 2) continue;
      const last = parties.at(-1) as Role;
      out.push({ pattern, head, stop: last.slot.stop, source: null, target: null, parties });
      continue;
    }
    const targetSlot = slots.find((s) => s.first >= head + 2 && s.first <= head + 1 + maxTargetGap);
    if (targetSlot && !words.slice(head + 2, targetSlot.first).every((w) => modifierWord.test(w.norm))) continue;
    const target: Role | null = targetSlot ? { slot: targetSlot, inferred: false } : null;
    const source = sourceBefore(words, slots, head) ?? agentAfter(words, slots, targetSlot?.stop ?? head + 2);
    if (!source && !target) continue;
    if (source && target && source.slot.actor === target.slot.actor) continue;
    out.push({ pattern, head, stop: targetSlot?.stop ?? head + 2, source, target, parties: [] });
  }
  return out;
}

/** Words that deny the noun after them: "no one-on-one meeting between", "without talks with". */
const nounNegations = new Set(["no", "without", "not", "never"]);

/**
 * "There should be no one-on-one meeting between X and Y", "We are not a threat to…": the event is denied, over a
 * few modifiers and an article after "not".
 */
function negatedNoun(words: readonly Word[], head: number): boolean {
  for (let j = head - 1; j >= 0 && head - j <= maxModifiers + 1; j--) {
    const w = (words[j] as Word).norm;
    if (nounNegations.has(w)) return true;
    if (w === "a" || w === "an") return words[j - 1]?.norm === "not" || words[j - 1]?.norm === "never";
    if (!modifierWord.test(w) || w === "the") return false;
  }
  return false;
}

/** "Israeli air strikes", "Russia's attack": the actor right before the noun, over a few lower-case modifiers. */
function sourceBefore(words: readonly Word[], slots: readonly ActorSlot[], head: number): Role | null {
  let at = head;
  for (let k = 0; k <= maxModifiers; k++) {
    const slot = slots.find((s) => s.stop === at || (words[at - 1]?.norm === "'s" && s.stop === at - 1));
    if (slot) return { slot, inferred: false };
    const w = words[at - 1]?.norm ?? "";
    if (!modifierWord.test(w) || w === "the" || w === "a" || w === "an") return null;
    at--;
  }
  return null;
}

/** "attacks on Gaza by Israeli jets": the agent after "by". */
function agentAfter(words: readonly Word[], slots: readonly ActorSlot[], from: number): Role | null {
  for (let j = from; j < words.length && j <= from + maxAgentGap; j++) {
    if (words[j]?.norm !== "by") continue;
    const slot = slots.find((s) => s.first > j && s.first <= j + 3);
    return slot ? { slot, inferred: false } : null;
  }
  return null;
}

/** "between Israel and Hamas", "between Syria, Iran and Iraq": the actors listed from word `from` on. */
export function partiesAfter(words: readonly Word[], slots: readonly ActorSlot[], from: number): Role[] {
  const parties: Role[] = [];
  let at = from;
  for (;;) {
    const slot = slots.find((s) => s.first >= at && s.first <= at + 1);
    if (!slot) break;
    parties.push({ slot, inferred: false });
    const next = words[slot.stop]?.norm ?? "";
    if (next !== "and" && next !== ",") break;
    at = slot.stop + 1;
  }
  return parties;
}
