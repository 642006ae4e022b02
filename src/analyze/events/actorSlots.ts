import type { Evidence, Mention } from "../../article.js";
import type { Actor } from "../actors/types.js";
import type { Word } from "./tokenizeSentence.js";
import { isEnglishWord } from "../../ingest/clean/dictionary.js";
import { usStateTag } from "./usStateTag.js";
import { placeUse } from "./placeUse.js";
import { townQualifier } from "./townQualifier.js";
import { closedClass, notNames, officeModifiers, possessive } from "./slotWords.js";

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
  /** A capitalised name the registry does not know ("the Azadliq coalition"), kept by its text. */
  unknown?: { name: string };
  /** The agent noun that widened a state's mention: "Russian police" → police. */
  sector?: string;
}

/**
 * Whether a target slot is the source's own actor. A sector of the source's state is another actor ("Russian police
 * arrested Russian students", "Russia arrested Russian activists"); the bare state after a sector of it is not
 * ("Egyptian officials will host…, an Egyptian official said").
 */
export function sameActor(source: ActorSlot, target: ActorSlot): boolean {
  return source.actor === target.actor && !(target.sector && target.sector !== source.sector);
}

/** The generic agent a slot is or is widened by: "police", "Israeli troops" → military; undefined for none. */
export function agentName(slot: ActorSlot): string | undefined {
  return slot.agent?.name ?? slot.sector;
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
  return !isLocative(mention, text);
}

/** Whether a place mention follows a locative word: "in Gaza", "near Kabul". */
function isLocative(mention: Mention, text: string): boolean {
  return locativeBefore(text, mention.start);
}

/** Whether a locative word stands right before character `start`, over "the": "in Gaza", "in the Darfur region". */
function locativeBefore(text: string, start: number): boolean {
  const match = wordsBefore.exec(text.slice(Math.max(0, start - 30), start));
  const last = match?.groups?.["last"]?.toLowerCase() ?? "";
  // "in the Darfur region", "outside the St. Louis County Justice Center": over the article.
  const before = last === "the" ? (match?.groups?.["previous"]?.toLowerCase() ?? "") : last;
  return locatives.has(before);
}

/** The last two words before a mention: "outside the" in "outside the St. Louis…". */
const wordsBefore = /(?:(?<previous>[A-Za-z]+)\W+)?(?<last>[A-Za-z]+)\W*$/;

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
  const personAt = personStartsAt(words, mentions, actors);
  let w = 0;
  for (const mention of mentions) {
    if (!isParticipant(mention, text)) continue;
    while (w < words.length && (words[w] as Word).end <= mention.start) w++;
    let stop = w;
    while (stop < words.length && (words[stop] as Word).start < mention.end) stop++;
    if (stop === w) continue;
    // "in Oskaloosa, Iowa, to criticize", "in Paris, France,": the state says where the town is and acts no more.
    if (townQualifier(text, words, w, stop, mentions, actors) >= 0) continue;
    // "the Benghazi attacks", "Arizona's John McCain": a place modifying what follows is no participant.
    const placeLike = mention.kind === "place" || mention.kind === "metonym";
    if (
      placeLike &&
      placeUse(text, words, w, stop, { agents, personAt, end: mention.end, metonym: mention.kind === "metonym" })
    )
      continue;
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
    // "Russian police" found by the registry as Russia: the agent noun that ends the mention is its sector.
    const last = stop - w > 1 && actor?.type === "country" ? agents.get((words[stop - 1] as Word).norm) : undefined;
    if (last && slot.country) slot.sector = last;
    // "Syrian rebels", "Israeli troops": the agent noun widens the state's mention.
    const next = words[stop];
    const sector = next ? agents.get(next.norm) : undefined;
    if (next && sector && !mentionStartsAt(mentions, next.start)) {
      slot.stop = stop + 1;
      slot.end = next.end;
      if (slot.country) slot.sector = sector;
      // "Syrian rebel forces": the armed noun after the sector is the same actor.
      const armed = words[stop + 1];
      if (armed && forceNouns.has(armed.norm) && sector !== "government") {
        slot.stop = stop + 2;
        slot.end = armed.end;
      }
    } else if (next && officeModifiers.has(next.norm)) {
      // "European Community foreign ministers", "Iraqi security forces": over one office or sector word.
      const agent = words[stop + 1];
      const name = agent ? agents.get(agent.norm) : undefined;
      if (agent && name && !mentionStartsAt(mentions, agent.start)) {
        slot.stop = stop + 2;
        slot.end = agent.end;
        if (slot.country) slot.sector = name;
      }
    }
    for (let k = slot.first; k < slot.stop; k++) covered.add(k);
    slots.push(slot);
  }
  // Names the registry does not know, widened like a state by an agent noun ("European Community ministers").
  for (const named of unknownNames(text, words, slots, mentions, actors, (w) => isVerb(w) && !agents.has(w), agents)) {
    const next = words[named.stop];
    if (next && agents.has(next.norm)) {
      // One unknown word before an agent is its modifier: "Kurdish villagers" are villagers.
      if (named.stop - named.first === 1) continue;
      named.stop += 1;
      named.end = next.end;
    }
    for (let k = named.first; k < named.stop; k++) covered.add(k);
    slots.push(named);
  }
  const states = slots.filter((s) => !s.unknown);
  words.forEach((word, index) => {
    const name = agents.get(word.norm);
    if (!name || covered.has(index)) return;
    // "opposition parties", "rebel leaders", "police officers": the agent heads the group noun after it.
    const next = words[index + 1]?.norm ?? "";
    // Not a title before a name: "opposition leader Maulana Fazl-ur-Rehman", "the militant group Hamas".
    const after = words[index + 2];
    const titled = !!after && (covered.has(index + 2) || /^[A-Z]/.test(text.slice(after.start, after.end)));
    // "rebel forces", "opposition fighters", "militia troops": the first agent names who the armed men are
    // ("government forces" stay the military).
    const armed = forceNouns.has(next) && name !== "government" && name !== "military";
    const grouped = (groupNouns.has(next) || armed) && !covered.has(index + 1) && !titled;
    // A noun modifying another ("military exercises", "police station", "government forces") is not the agent itself.
    if (!grouped && /^[a-z]/.test(next) && !isVerb(next) && !closedClass.has(next)) return;
    const last = grouped ? index + 1 : index;
    if (grouped) covered.add(index + 1);
    // "Demonstrators in Baghdad", "the government of Sindh": of the state of the place they are in or govern.
    // "Parliament", "the government": else of the state last named in the sentence, if any. Not armed groups of no
    // state: "militants" after "the American people" are not American (CAMEO codes them as rebels of no state
    // unless a demonym, a possessive or a place ties them to one: "Palestinian suicide bombers").
    const country =
      placeCountryAfter(words, last, mentions, actors, name) ??
      (nonStateGroups.has(name)
        ? modifyingState(words, states, index, isVerb)
        : states.filter((s) => s.stop <= index && s.country && !s.person).at(-1)?.country) ??
      null;
    slots.push({
      actor: country ? `agent:${name}:${country}` : `agent:${name}`,
      country,
      person: false,
      first: index,
      stop: last + 1,
      start: word.start,
      end: (words[last] as Word).end,
      evidence: "stated",
      agent: { name },
    });
  });
  return slots.sort((a, b) => a.first - b.first);
}

/** How many words may stand between a state and the group it modifies: "Ithilen's palace guard militia". */
const maxModifierGap = 3;

/**
 * The state of the mention that modifies the agent at word `index` over a possessive and up to three lower-case
 * modifier words ("Palestinian suicide bombers", "Ithilen's palace guard militia"); null when a verb, a function
 * word or punctuation stands between ("Pakistan said militants…").
 */
function modifyingState(
  words: readonly Word[],
  states: readonly ActorSlot[],
  index: number,
  isVerb: (word: string) => boolean,
): string | null {
  const state = states.filter((s) => s.stop <= index && s.country && !s.person).at(-1);
  if (!state || index - state.stop > maxModifierGap) return null;
  for (let k = state.stop; k < index; k++) {
    const word = (words[k] as Word).norm;
    if (word === possessive) continue;
    if (!/^[a-z]/.test(word) || closedClass.has(word) || isVerb(word)) return null;
  }
  return state.country;
}

/**
 * Generic agents that are armed groups outside any state's forces: a state named earlier in the sentence is not
 * theirs (they often fight it), only a demonym or place tied to them ("Pakistani militants", "rebels in Darfur").
 */
const nonStateGroups = new Set([
  "rebels",
  "insurgents",
  "militants",
  "gunmen",
  "guerrillas",
  "separatists",
  "extremists",
  "islamists",
  "jihadists",
  "terrorists",
  "kidnappers",
  "bombers",
  "fighters",
  "militia",
]);
/** Words between an agent noun and the place it is in: "protesters in Baghdad", "students throughout Indonesia". */
const agentPlaceWords = new Set(["in", "from", "throughout", "across"]);
/** Compass adjectives between "in" and a place: "in eastern Congo", "in central Baghdad". */
const compassWords = /^(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?$|^central$/;
/** Nouns for armed men that a group agent before them names: "rebel forces", "opposition fighters". */
const forceNouns = new Set(["forces", "troops", "fighters", "soldiers", "units", "militiamen", "gunmen"]);
/** Agents that are organs of the place after "of": "the government of Sindh", "the army of Chad". */
const organAgents = new Set(["government", "legislature", "military", "police", "judiciary"]);
/**
 * Nouns for a group or its members that an agent noun before them names: "opposition parties", "rebel leaders",
 * "police officers", "militant groups". The agent is the actor, over both words.
 */
const groupNouns = new Set([
  "parties",
  "party",
  "leaders",
  "leader",
  "groups",
  "group",
  "members",
  "supporters",
  "figures",
  "politicians",
  "commanders",
  "commander",
  "officers",
  "units",
  "chiefs",
  "spokesman",
  "spokeswoman",
]);

/**
 * The state of a place or country named right after an agent noun, through "in", "from" and the like ("of" for an
 * organ of the state: "the government of Sindh province").
 */
function placeCountryAfter(
  words: readonly Word[],
  index: number,
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  name: string,
): string | null {
  const through = words[index + 1]?.norm ?? "";
  if (!agentPlaceWords.has(through) && !(through === "of" && organAgents.has(name))) return null;
  // "rebels in eastern Congo", "troops in the south of": over "the" and a compass word.
  let at = words[index + 2]?.norm === "the" ? index + 3 : index + 2;
  if (compassWords.test(words[at]?.norm ?? "")) at++;
  const start = words[at]?.start;
  const mention = mentions.find((m) => m.start === start && !m.channel);
  return mention ? (actors.get(mention.actor)?.country ?? null) : null;
}

/** Words that open a sentence with a capital without being part of a name. */
const openers = new Set([
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "after",
  "before",
  "according",
  "as",
  "when",
  "while",
  "with",
  "for",
  "from",
  "during",
  "this",
  "these",
  "those",
  "its",
  "their",
  "his",
  "her",
  "some",
  "many",
  "several",
  "but",
  "and",
  "if",
  "of",
]);
/** Region and people adjectives that are no actor on their own ("Arab mediators", "Andean towns"). */
const regionAdjectives = new Set([
  // People and faith adjectives ("Muslim immigration", "an LGBT nightclub", "African elephants").
  "african",
  "asian",
  "hispanic",
  "muslim",
  "jewish",
  "lgbt",
  "lgbtq",
  "arab",
  "andean",
  "midwest",
  "balkan",
  "caucasian",
  "levantine",
  "maghrebi",
  "sahelian",
]);

/** A capitalised word ending in a lower-case hyphenated part: "Colorado-sourced", "Party-backed". */
const hyphenModifier = /^[A-Z][A-Za-z.]*(?:-[A-Za-z]+)*-[a-z]+$/;
const openingQuotes = new Set(['"', "“", "``"]);
const closingQuotes = new Set(['"', "”", "''"]);

/** A closing quotation mark at `at`, or after a comma or point there: `“Hannity,”`. */
function closingQuoteAt(words: readonly Word[], at: number): boolean {
  const w = words[at]?.norm ?? "";
  if (closingQuotes.has(w)) return true;
  return (w === "," || w === ".") && closingQuotes.has(words[at + 1]?.norm ?? "");
}

/** Lower-case words that may join two capitalised parts of one name ("Movement for the Liberation of Angola"). */
const nameJoiners = new Set(["of", "for", "the", "and", "de", "du", "la", "al"]);

/**
 * Names the registry does not know: runs of capitalised words (joined by "of", "for", "the"…) that no mention or
 * agent covers, are not a date word, and do not merely open the sentence ("Leaders of the Azadliq coalition" gives
 * "Azadliq"). A run touching a mention or in parentheses is part of that mention ("APEC" in "(APEC)").
 */
function unknownNames(
  text: string,
  words: readonly Word[],
  slots: readonly ActorSlot[],
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  isVerb: (word: string) => boolean,
  agents: ReadonlyMap<string, string>,
): ActorSlot[] {
  // 1 where a capitalised word could start or continue a name, 0 elsewhere (covered, lower case, a date word).
  const capital = new Uint8Array(words.length + 3);
  let any = false;
  words.forEach((word, k) => {
    const code = text.charCodeAt(word.start);
    if (code >= 65 && code <= 90 && !notNames.has(word.norm) && !agents.has(word.norm)) {
      capital[k] = 1;
      any = true;
    }
  });
  if (!any) return [];
  const covered = new Uint8Array(words.length + 2);
  for (const slot of slots) for (let k = slot.first; k < slot.stop; k++) covered[k] = 1;
  let w = 0;
  for (const mention of mentions) {
    while (w < words.length && (words[w] as Word).end <= mention.start) w++;
    for (let k = w; k < words.length && (words[k] as Word).start < mention.end; k++) covered[k] = 1;
  }
  const isCapital = (k: number): boolean => capital[k] === 1 && covered[k] !== 1;
  const out: ActorSlot[] = [];
  for (let k = 0; k < words.length; k++) {
    if (!isCapital(k)) continue;
    let stop = k + 1;
    for (;;) {
      if (isCapital(stop)) stop++;
      else if (nameJoiners.has(words[stop]?.norm ?? "") && isCapital(stop + 1)) stop += 2;
      else if (nameJoiners.has(words[stop]?.norm ?? "") && words[stop + 1]?.norm === "the" && isCapital(stop + 2))
        stop += 3;
      else break;
    }
    const first = k;
    k = stop - 1;
    const before = words[first - 1]?.norm ?? "";
    // A sentence opener ("The", "Witnesses") alone is not a name unless an event verb follows ("Obama ordered");
    // nor is a run touching a known mention.
    if (first === 0 || before === "``" || before === '"' || before === "“") {
      const word = (words[first] as Word).norm;
      if (stop - first === 1 && (!isVerb(words[stop]?.norm ?? "") || word.endsWith("s") || openers.has(word))) continue;
    }
    if ((first > 0 && covered[first - 1] === 1) || covered[stop] === 1 || before === "(") continue;
    // "Sen. Charles Schumer, D-N.Y.,", "Bedminster, N.J.": a state's abbreviation or a party tag alone is no actor.
    if (stop - first === 1 && usStateTag((words[first] as Word).norm)) continue;
    // "Newtown, Conn.": a town before a state's abbreviation is a place, no actor.
    if (words[stop]?.norm === "," && usStateTag(words[stop + 1]?.norm ?? "")) continue;
    // "Oskaloosa, Iowa,", "Lyon, France.": a town before its state or country is a place, no actor.
    if (words[stop]?.norm === "," && qualifiedBy(text, words, stop + 1, mentions, actors)) continue;
    // "Colorado-sourced marijuana", "Tea Party-backed": a compound adjective, no name.
    if (hyphenModifier.test(text.slice((words[stop - 1] as Word).start, (words[stop - 1] as Word).end))) continue;
    // "No Collusion, No Obstruction": a slogan, no name.
    if ((words[first] as Word).norm === "no") continue;
    // “Hannity,”: a title in quotation marks (a show, a book, a slogan), no actor.
    if (openingQuotes.has(before) && closingQuoteAt(words, stop)) continue;
    // The opener of the sentence is not part of the name: "The Bush administration" → "Bush".
    let from = first;
    while (from < stop && (from === 0 || from > first) && openers.has(words[from]?.norm ?? "")) from++;
    if (from >= stop) continue;
    // One capitalised word that is an English word ("He", "Who", "Nobody", "Western") is not an unknown name.
    const single = stop - from === 1 ? (words[from] as Word).norm : null;
    if (single !== null && (isEnglishWord(single) || regionAdjectives.has(single))) continue;
    const head = words[from] as Word;
    const last = words[stop - 1] as Word;
    const name = text.slice(head.start, last.end);
    out.push({
      actor: `named:${name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")}`,
      country: null,
      person: false,
      first: from,
      stop,
      start: head.start,
      end: last.end,
      evidence: "stated",
      unknown: { name },
    });
  }
  return out;
}

/**
 * Places where something happens ("in Jericho", "near Kabul"), as slots: the target of last resort when a verb
 * names no actor it acts on ("fired shells at targets in Jericho", "imposed a curfew in Cizre"). A place modifying a
 * noun ("the Benghazi attacks") is no stand-in: the act was not done to the place, and coding it so was wrong more
 * often than right on judged news.
 */
export function placeSlots(
  text: string,
  words: readonly Word[],
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
): ActorSlot[] {
  const slots: ActorSlot[] = [];
  let w = 0;
  for (const mention of mentions) {
    if (mention.kind !== "place" || mention.channel) continue;
    while (w < words.length && (words[w] as Word).end <= mention.start) w++;
    let stop = w;
    while (stop < words.length && (words[stop] as Word).start < mention.end) stop++;
    if (stop === w) continue;
    // "in Oskaloosa, Iowa": a town's state is where something happens when the town is.
    const town = isParticipant(mention, text) ? townQualifier(text, words, w, stop, mentions, actors) : -1;
    if (isParticipant(mention, text) && !(town >= 0 && locativeBefore(text, (words[town] as Word).start))) continue;
    slots.push({
      actor: mention.actor,
      country: actors.get(mention.actor)?.country ?? null,
      person: false,
      first: w,
      stop,
      start: mention.start,
      end: mention.end,
      evidence: mention.evidence,
    });
  }
  return slots;
}

/** Whether a person's mention starts at word k of the sentence. Asked only of words after a place. */
function personStartsAt(
  words: readonly Word[],
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
): (k: number) => boolean {
  return (k) => {
    const start = words[k]?.start;
    return mentions.some((m) => m.start === start && actors.get(m.actor)?.type === "person");
  };
}

/** Whether the mention starting at word `at` qualifies the town before its comma: "Oskaloosa, Iowa,". */
function qualifiedBy(
  text: string,
  words: readonly Word[],
  at: number,
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
): boolean {
  const mention = mentions.find((m) => m.start === words[at]?.start);
  if (!mention) return false;
  let stop = at;
  while (stop < words.length && (words[stop] as Word).start < mention.end) stop++;
  return townQualifier(text, words, at, stop, mentions, actors) >= 0;
}

function mentionStartsAt(mentions: readonly Mention[], start: number): boolean {
  return mentions.some((m) => m.start === start);
}
