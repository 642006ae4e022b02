import type { Evidence, Mention } from "../../article.js";
import type { Actor } from "../actors/types.js";
import type { Word } from "./tokenizeSentence.js";

/** An actor standing at some words of the sentence: a registry mention or a generic agent ("rebels"). */
export interface ActorSlot {
  actor: string;
  /** ISO alpha-3 of the actor's state, when known. */
  country: string | null;
  person: boolean;
  /** First word index and one past the last. */
  first: number;
  stop: number;
  start: number;
  end: number;
  evidence: Evidence;
  /** A generic agent found by the event coder, not a registry actor. */
  agent?: { name: string };
}

/** Mentions that cannot be a source or target: media used as channels and places where something happens. */
function isParticipant(mention: Mention): boolean {
  return !mention.channel && mention.kind !== "place";
}

/**
 * The actor slots of one sentence, in word order: the registry mentions that fall inside it, plus generic agent
 * nouns ("insurgents", "police") where no mention stands. An agent right after a state ("Syrian rebels") is that
 * state's mention, not a second actor.
 */
export function actorSlots(
  words: readonly Word[],
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  agents: ReadonlyMap<string, string>,
): ActorSlot[] {
  const slots: ActorSlot[] = [];
  const covered = new Set<number>();
  let w = 0;
  for (const mention of mentions) {
    if (!isParticipant(mention)) continue;
    while (w < words.length && (words[w] as Word).end <= mention.start) w++;
    let stop = w;
    while (stop < words.length && (words[stop] as Word).start < mention.end) stop++;
    if (stop === w) continue;
    const actor = actors.get(mention.actor);
    const slot: ActorSlot = {
      actor: mention.actor,
      country: actor?.country ?? null,
      person: actor?.type === "person",
      first: w,
      stop,
      start: mention.start,
      end: mention.end,
      evidence: mention.evidence,
    };
    // "Syrian rebels", "Israeli troops": the agent noun widens the state's mention.
    const next = words[stop];
    if (next && agents.has(next.norm) && !mentionStartsAt(mentions, next.start)) {
      slot.stop = stop + 1;
      slot.end = next.end;
    }
    for (let k = slot.first; k < slot.stop; k++) covered.add(k);
    slots.push(slot);
  }
  words.forEach((word, index) => {
    const name = agents.get(word.norm);
    if (!name || covered.has(index)) return;
    // A noun modifying another ("police station", "army chief") is not the agent itself.
    const next = words[index + 1];
    if (next && /^[a-z]/.test(next.norm) && agents.has(next.norm)) return;
    slots.push({
      actor: `agent:${name}`,
      country: null,
      person: false,
      first: index,
      stop: index + 1,
      start: word.start,
      end: word.end,
      evidence: "stated",
      agent: { name },
    });
  });
  return slots.sort((a, b) => a.first - b.first);
}

function mentionStartsAt(mentions: readonly Mention[], start: number): boolean {
  return mentions.some((m) => m.start === start);
}
