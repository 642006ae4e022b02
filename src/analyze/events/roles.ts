import type { Actor } from "../actors/types.js";
import type { ActorSlot } from "./actorSlots.js";
import type { Word } from "./tokenizeSentence.js";

/** An actor slot in a role, and whether the role was inferred (a pronoun, a shared subject). */
export interface Role {
  slot: ActorSlot;
  inferred: boolean;
}

/** A slot right after one of these is a prepositional object ("in Iraq", "of Baghdad"), seldom a subject. */
const prepositions = new Set([
  "in",
  "of",
  "from",
  "at",
  "on",
  "against",
  "with",
  "for",
  "by",
  "near",
  "into",
  "over",
  "to",
  "between",
  "among",
  "across",
  "toward",
  "towards",
]);
const personPronouns = new Set(["he", "she"]);
const otherPronouns = new Set(["it", "they", "we"]);
/** Words that open a new clause: a target is not looked for past them. */
const clauseOpeners = new Set([
  ";",
  ":",
  "that",
  "which",
  "who",
  "while",
  "but",
  "as",
  "because",
  "after",
  "before",
  "when",
  "where",
  "since",
  "although",
  "said",
  "says",
  "told",
  "according",
  "reported",
  "(",
]);
const maxTargetDistance = 14;
/** Possessives that make an agent the source's own ("its troops", "their forces"). */
const ownPossessives = new Set(["its", "their", "his", "her", "our"]);
/** Words that may stand between two conjoined subjects: "Israel and Lebanon", "Kagame and his party". */
const conjoining = new Set(["and", ",", "the", "his", "her", "its", "their"]);

/**
 * The subject actor(s) of a verb group starting at word `first`: the nearest actor before it that is not a
 * prepositional object, with the actors conjoined to it ("Israel and Lebanon"); a pronoun subject ("it said it
 * would") takes the nearest fitting actor before it, inferred.
 */
export function findSource(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  first: number,
  actors: ReadonlyMap<string, Actor>,
): Role[] {
  const before = slots.filter((s) => s.stop <= first);
  if (before.length === 0) return [];
  const pronoun = words[first - 1]?.norm ?? "";
  if (personPronouns.has(pronoun) || otherPronouns.has(pronoun)) {
    const wantPerson = personPronouns.has(pronoun);
    const fitting = before.filter(
      (s) => s.stop <= first - 1 && (s.person === wantPerson || actors.get(s.actor) === undefined),
    );
    const chosen = fitting.at(-1) ?? before.filter((s) => s.stop <= first - 1).at(-1);
    return chosen ? [{ slot: chosen, inferred: true }] : [];
  }
  let chosen = before.length - 1;
  for (let k = before.length - 1; k >= 0; k--) {
    if (!prepositions.has(words[(before[k] as ActorSlot).first - 1]?.norm ?? "")) {
      chosen = k;
      break;
    }
  }
  const roles: Role[] = [{ slot: before[chosen] as ActorSlot, inferred: false }];
  // "Brazil and the United States", "The US, Russia, and Switzerland"
  for (let k = chosen - 1; k >= 0; k--) {
    const next = roles[0]?.slot as ActorSlot;
    const slot = before[k] as ActorSlot;
    const between = words.slice(slot.stop, next.first).map((w) => w.norm);
    if (
      between.length > 0 &&
      between.length <= 3 &&
      between.every((w) => conjoining.has(w)) &&
      between.some((w) => w === "and" || w === ",")
    ) {
      roles.unshift({ slot, inferred: false });
    } else break;
  }
  return roles;
}

/** The first actor after word `from`, in the same clause, other than the source. */
export function findTarget(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  from: number,
  exclude: readonly string[],
  throughThat = false,
): Role | null {
  let limit = Math.min(words.length, from + maxTargetDistance);
  for (let j = from; j < limit; j++) {
    const w = (words[j] as Word).norm;
    if (throughThat && w === "that" && j - from <= 3) continue;
    // "denounced as an ugly crime Serbia's…": "as" before a noun phrase does not open a clause.
    if (w === "as" && /^(a|an|the|its|their|his|her)$/.test(words[j + 1]?.norm ?? "")) continue;
    if (clauseOpeners.has(w)) {
      limit = j;
      break;
    }
  }
  for (const slot of slots) {
    if (slot.first < from || slot.first >= limit || exclude.includes(slot.actor)) continue;
    // "withdrew its forces from Panama": the source's own agents are not what it acts on.
    if (slot.agent && ownPossessives.has(words[slot.first - 1]?.norm ?? "")) continue;
    return { slot, inferred: false };
  }
  return null;
}

/** The agent of a passive verb: "was attacked by Israeli troops". */
export function sourceAfterBy(words: readonly Word[], slots: readonly ActorSlot[], from: number): Role | null {
  for (let j = from; j < words.length && j < from + 10; j++) {
    const w = (words[j] as Word).norm;
    if (clauseOpeners.has(w) && w !== "as") return null;
    if (w !== "by") continue;
    const slot = slots.find((s) => s.first > j && s.first <= j + 3);
    return slot ? { slot, inferred: false } : null;
  }
  return null;
}
