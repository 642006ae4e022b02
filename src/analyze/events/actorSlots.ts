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

/** Words before a place that make it where something happens ("in Gaza"), not what is acted on ("struck Gaza", "aid to Gaza"). */
const locatives = new Set([
  "in",
  "at",
  "near",
  "from",
  "into",
  "outside",
  "inside",
  "across",
  "around",
  "throughout",
  "via",
  "toward",
  "towards",
  "over",
  "of",
]);

/** Mentions that cannot be a source or target: media used as channels and places where something happens. */
function isParticipant(mention: Mention, text: string): boolean {
  if (mention.channel) return false;
  if (mention.kind !== "place") return true;
  const before =
    /([A-Za-z]+)\W*$/.exec(text.slice(Math.max(0, mention.start - 20), mention.start))?.[1]?.toLowerCase() ?? "";
  return !locatives.has(before);
}

/**
 * The actor slots of one sentence, in word order: the registry mentions that fall inside it, plus generic agent
 * nouns ("insurgents", "police") where no mention stands. An agent right after a state ("Syrian rebels") is that
 * state's mention, not a second actor.
 */
export function actorSlots(
  text: string,
  words: readonly Word[],
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  agents: ReadonlyMap<string, string>,
  isVerb: (word: string) => boolean,
): ActorSlot[] {
  const slots: ActorSlot[] = [];
  const covered = new Set<number>();
  let w = 0;
  for (const mention of mentions) {
    if (!isParticipant(mention, text)) continue;
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
  const states = [...slots];
  words.forEach((word, index) => {
    const name = agents.get(word.norm);
    if (!name || covered.has(index)) return;
    // A noun modifying another ("military exercises", "police station", "government forces") is not the agent itself.
    const next = words[index + 1]?.norm ?? "";
    if (/^[a-z]/.test(next) && !isVerb(next) && !closedClass.has(next)) return;
    // "Parliament", "the government": of the state last named in the sentence, if any.
    const country = states.filter((s) => s.stop <= index && s.country && !s.person).at(-1)?.country ?? null;
    slots.push({
      actor: country ? `agent:${name}:${country}` : `agent:${name}`,
      country,
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

/** Words after which an agent noun stands on its own: prepositions, auxiliaries, conjunctions, relative pronouns. */
const closedClass = new Set([
  "in",
  "on",
  "at",
  "by",
  "for",
  "with",
  "from",
  "of",
  "to",
  "into",
  "against",
  "near",
  "after",
  "before",
  "during",
  "over",
  "and",
  "or",
  "but",
  "who",
  "which",
  "that",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "should",
  "may",
  "might",
  "can",
  "must",
  "did",
  "do",
  "does",
  "also",
  "said",
  "say",
  "says",
  "had",
  "not",
  "n't",
  "reportedly",
  "there",
  "here",
  "yesterday",
  "today",
  "on",
  "late",
  "early",
  "last",
]);

function mentionStartsAt(mentions: readonly Mention[], start: number): boolean {
  return mentions.some((m) => m.start === start);
}
