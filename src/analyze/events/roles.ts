import type { Actor } from "../actors/types.js";
import { agentName, sameActor } from "./actorSlots.js";
import type { ActorSlot } from "./actorSlots.js";
import type { Word } from "./tokenizeSentence.js";
import { articleWords } from "./articleWords.js";

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
/** A compound that makes an actor modify a noun: "Iran-backed", "Saudi-led", "Hamas-run". */
const compoundModifier =
  /-(?:backed|led|run|based|funded|sponsored|allied|aligned|affiliated|linked|controlled|supported)$/;
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
/** Words that open a sentence with a fronted phrase: "After talks with Russia, Iran…". */
const frontedOpeners = new Set(["after", "following", "during", "despite", "before", "in", "on", "with", "amid"]);
/** Words that open a fronted subordinate clause: "When Iraq attacked Kuwait, Egypt…". */
export const clauseSubordinators = new Set([
  "when",
  "as",
  "while",
  "because",
  "since",
  "although",
  "though",
  "if",
  "once",
  "until",
  "whereas",
  "after",
  "before",
  "whenever",
]);
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
  const subjectEnd = beforeParenthetical(words, slots, first);
  if (subjectEnd !== first) return findSource(words, slots, subjectEnd, actors);
  const preceding = slots.filter((s) => s.stop <= first);
  if (preceding.length === 0) return [];
  const pronoun = words[first - 1]?.norm ?? "";
  // "Hamas, the group that has run Gaza since 2007, has repeated its offer to…": no actor inside an aside closed
  // before the verb is its subject.
  const outside = personPronouns.has(pronoun)
    ? preceding
    : preceding.filter((s) => !insideAside(words, slots, s, first));
  const before = outside.length > 0 ? outside : preceding;
  if (personPronouns.has(pronoun) || otherPronouns.has(pronoun)) {
    const wantPerson = personPronouns.has(pronoun);
    // "Hamas, the group that has governed Gaza since 2007, has said it will…": "it" is no actor inside an aside
    // ("Tom Kirsch, an attorney for Jackson's wife, said she…" may be).
    const fitting = before.filter(
      (s) =>
        s.stop <= first - 1 &&
        (s.person === wantPerson || actors.get(s.actor) === undefined) &&
        (wantPerson || !insideAside(words, slots, s, first)),
    );
    const chosen = fitting.at(-1) ?? before.filter((s) => s.stop <= first - 1).at(-1);
    return chosen ? [{ slot: chosen, inferred: true }] : [];
  }
  let chosen = -1;
  for (let k = before.length - 1; k >= 0; k--) {
    const slot = before[k] as ActorSlot;
    // "Hamas, the Iran-backed group that is holding…": an actor in a compound modifier is not the doer; in an
    // appositive ("Hamas, the Iran-backed group") the actor it stands in apposition to is, even after a preposition.
    if (isModifier(words, slot)) {
      const head = before[k - 1];
      if (
        head &&
        slot.first - head.stop === 2 &&
        words[head.stop]?.norm === "," &&
        articleWords.has(words[head.stop + 1]?.norm ?? "")
      ) {
        chosen = k - 1;
        break;
      }
      continue;
    }
    if (!prepositionalObject(words, slot)) {
      chosen = k;
      break;
    }
  }
  // With no subject outside a prepositional phrase, the last actor that is no compound modifier, else the last.
  if (chosen < 0) chosen = before.findLastIndex((s) => !isModifier(words, s));
  if (chosen < 0) chosen = before.length - 1;
  // "the European Union (EU) agree": the name before a bracketed short form is the subject, and what it joins.
  const inBrackets = before[chosen] as ActorSlot;
  const named = before[chosen - 1];
  if (
    named &&
    words[inBrackets.first - 1]?.norm === "(" &&
    words[inBrackets.stop]?.norm === ")" &&
    named.stop === inBrackets.first - 1
  )
    chosen--;
  const roles: Role[] = [{ slot: before[chosen] as ActorSlot, inferred: false }];
  // "Brazil and the United States", "The US, Russia, and Switzerland"
  for (let k = chosen - 1; k >= 0; k--) {
    const next = roles[0]?.slot as ActorSlot;
    const slot = before[k] as ActorSlot;
    const between = words.slice(slot.stop, next.first).map((w) => w.norm);
    // "After talks with Russia, Iran attacked": a comma alone before the subject closes a fronted phrase that
    // opens the sentence, when the actor before it is a prepositional object (a list ends in "and").
    // "When Iraq attacked Kuwait, Egypt sent troops": after a fronted clause, a comma alone joins no list.
    const frontedClause = k === chosen - 1 && !between.includes("and") && clauseSubordinators.has(words[0]?.norm ?? "");
    const listEnd =
      (k < chosen - 1 && !frontedClause) ||
      between.includes("and") ||
      !prepositions.has(words[slot.first - 1]?.norm ?? "") ||
      !frontedOpeners.has(words[0]?.norm ?? "");
    if (
      ((between.length > 0 &&
        between.length <= 3 &&
        between.every((w) => conjoining.has(w)) &&
        between.some((w) => w === "and" || w === ",")) ||
        titledPerson(between, next, slot)) &&
      listEnd &&
      !frontedClause
    ) {
      roles.unshift({ slot, inferred: false });
    } else break;
  }
  return roles;
}

/** Title words before a person's name: "Indian Prime Minister", "the Bulgarian head of state". */
const maxTitleWords = 4;
/** Words that are no part of a title: they open a clause or a phrase of their own. */
const nonTitleWords = new Set([
  ...prepositions,
  ...clauseOpeners,
  "and",
  "or",
  "it",
  "they",
  "he",
  "she",
  "was",
  "were",
]);
/**
 * "Japanese Prime Minister Shinzo Abe and Indian Prime Minister Narendra Modi signed": two persons joined by "and",
 * the second named after its title. The words between are "and" (or ", and") then a few lower-case title words, none
 * a past or -ing form.
 */
function titledPerson(between: readonly string[], next: ActorSlot, slot: ActorSlot): boolean {
  if (!next.person || !slot.person) return false;
  const at = between[0] === "," ? 1 : 0;
  if (between[at] !== "and") return false;
  const title = between.slice(at + 1);
  return (
    title.length > 0 &&
    title.length <= maxTitleWords &&
    title.every((w) => /^[a-z][a-z.-]*$/.test(w) && !nonTitleWords.has(w) && !/(?:ed|ing)$/.test(w))
  );
}

/** Compass adjectives between a preposition and its actor: "in eastern Turkey", "in the southern Sudan". */
const compassWords = /^(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)$/;

/** Whether an actor is a preposition's object: "in Iraq", "in eastern Turkey", "in the southern Sudan". */
function prepositionalObject(words: readonly Word[], slot: ActorSlot): boolean {
  const before = words[slot.first - 1]?.norm ?? "";
  if (prepositions.has(before)) return true;
  if (!compassWords.test(before)) return false;
  const earlier = words[slot.first - 2]?.norm ?? "";
  return prepositions.has(earlier) || (earlier === "the" && prepositions.has(words[slot.first - 3]?.norm ?? ""));
}

/** Words that open a parenthetical between a subject and its verb: an appositive, a relative or reporting clause. */
const parentheticalOpeners = new Set([
  "a",
  "an",
  "the",
  "which",
  "who",
  "whose",
  "according",
  "itself",
  "its",
  "his",
  "her",
  "their",
  "one",
  "long",
  "once",
  "backed",
  "led",
  "supported",
  "already",
  "meanwhile",
  "however",
  "officials",
  "sources",
]);
/** Prepositions that open an aside: "Turkey, after talks with Greece, attacked", "Iran, despite warnings, …". */
const asidePrepositions = new Set(["after", "despite", "following", "in", "under", "amid", "with", "without", "like"]);

/**
 * A participle ("Turkey, angered by the decision, …", "Iran, citing threats, …") or a preposition opening an aside;
 * not "and" or a name, which make a list ("Iran, Iraq and Syria").
 */
function asideOpener(word: string): boolean {
  return asidePrepositions.has(word) || /^[a-z]{3,}(?:ed|ing)$/.test(word);
}

/** Words that make a parenthetical a report: "Israel, the report said, struck…", "Iran, officials say, attacked…". */
const reportingWords = new Set(["said", "says", "say", "told", "reported", "according", "added", "claimed"]);
/** Longest parenthetical read: "Israel, which has long opposed the deal with Iran, struck Gaza". */
const maxParenthetical = 16;

/**
 * "Turkey, a NATO member, attacked Syria", "Israel, the report said, struck Gaza": where a verb follows a comma that
 * closes a parenthetical opened by a comma right after an actor, the subject ends before the opening comma. Returns
 * that word index, or `first` unchanged when the words before the verb are no such parenthetical ("Iran, Iraq and
 * Syria signed": a list, not an aside).
 */
export function beforeParenthetical(words: readonly Word[], slots: readonly ActorSlot[], first: number): number {
  if (words[first - 1]?.norm !== ",") return first;
  for (let open = first - 2; open >= 1 && open >= first - 1 - maxParenthetical; open--) {
    const w = (words[open] as Word).norm;
    if (w === ";" || w === ":" || w === "(" || w === ")") return first;
    if (w !== ",") continue;
    if (!slots.some((s) => s.stop === open)) return first;
    const inside = words.slice(open + 1, first - 1).map((x) => x.norm);
    const opener = inside[0] ?? "";
    // A list of actors ("Iran, Iraq, and Syria") is conjoined subjects, not an aside.
    if (inside.includes("and") && !parentheticalOpeners.has(opener)) return first;
    if (parentheticalOpeners.has(opener) || asideOpener(opener) || inside.some((x) => reportingWords.has(x)))
      return open;
    return first;
  }
  return first;
}

/**
 * Whether an actor stands inside a parenthetical closed before word `end`: "Hamas, the group that has run Gaza
 * since 2007, has said…" holds Gaza in an aside of Hamas.
 */
function insideAside(words: readonly Word[], slots: readonly ActorSlot[], slot: ActorSlot, end: number): boolean {
  for (let c = slot.stop; c < end && c <= slot.stop + maxParenthetical; c++) {
    if (words[c]?.norm !== ",") continue;
    const open = beforeParenthetical(words, slots, c + 1);
    if (open !== c + 1 && open < slot.first) return true;
  }
  return false;
}

/** Words that join a second verb phrase to the first one's subject: "condemned Ukraine and attacked Georgia". */
const verbJoiners = new Set(["and", "but"]);
/** Words from the first verb to the actor it acts on: "signed the deal with Ukraine and attacked Georgia". */
const maxObjectWords = 4;
/** A regular past tense or participle: a verb the event dictionary need not know ("excoriated"). */
const regularPast = /^[a-z]{3,}ed$/;

/**
 * "Russia excoriated Ukraine and attacked Georgia": a verb phrase joined by "and"/"but" right after the actor the
 * previous verb acts on shares that verb's subject. Returns the word index of the previous verb (find the subject
 * from there), or -1 when the actor before "and" is no verb's object ("Russia and Ukraine attacked Georgia").
 */
export function coordinatedVerb(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  first: number,
  isVerb: (word: string) => boolean,
): number {
  let j = first - 1;
  if (!verbJoiners.has(words[j]?.norm ?? "")) return -1;
  if (words[j - 1]?.norm === ",") j--;
  const object = slots.find((s) => s.stop === j);
  if (!object) return -1;
  for (let k = object.first - 1; k >= 0 && k >= object.first - maxObjectWords; k--) {
    const w = (words[k] as Word).norm;
    if (!/^[a-z][a-z-]*$/.test(w) || slots.some((s) => s.first <= k && k < s.stop)) return -1;
    if (isVerb(w) || regularPast.test(w)) return k;
  }
  return -1;
}

/** Whether an actor stands in a compound modifier of a noun: "Iran-backed", "Saudi-led". */
function isModifier(words: readonly Word[], slot: ActorSlot): boolean {
  const last = words[slot.stop - 1]?.norm ?? "";
  return last.includes("-") && compoundModifier.test(last);
}

/** Generic agents that are a state's own armed or police forces. */
const forceAgents = new Set(["military", "police", "peacekeepers"]);

/**
 * The first actor after word `from`, in the same clause, other than the sources in `exclude`. With `ownState`, the forces of that
 * state ("withdrew some US forces from Panama") are what the source moves, not what it acts on.
 */
export function findTarget(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  from: number,
  exclude: readonly ActorSlot[],
  throughThat = false,
  ownState: string | null = null,
): Role | null {
  // "urged it to coordinate with the European Union": a pronoun object is what the act is done to, not an actor after.
  if (objectPronouns.has(words[from]?.norm ?? "")) return null;
  let limit = Math.min(words.length, from + maxTargetDistance);
  let relative = false;
  for (let j = from; j < limit; j++) {
    const w = (words[j] as Word).norm;
    if (throughThat && w === "that" && j - from <= 3) continue;
    // "organized a general strike that shut down Khatmandu": a relative clause on the object still names what the
    // act reaches, when no actor stands before it.
    if (relativeWords.has(w) && !relative && objectRelative(words, slots, j)) {
      relative = true;
      limit = Math.min(words.length, j + 1 + maxTargetDistance);
      continue;
    }
    // "denounced as an ugly crime Serbia's…": "as" before a noun phrase does not open a clause.
    if (w === "as" && /^(a|an|the|its|their|his|her)$/.test(words[j + 1]?.norm ?? "")) continue;
    if (clauseOpeners.has(w) || (w === "," && reportingTail(words, j))) {
      limit = j;
      break;
    }
    // "opposed the trade deal and questioned Clinton's refusal": past an object, a second verb has its own.
    if (verbJoiners.has(w) && j > from && secondVerbAt(words, slots, from, j)) {
      limit = j;
      break;
    }
  }
  let where: ActorSlot | null = null;
  for (const slot of slots) {
    if (slot.first < from || slot.first >= limit || exclude.some((s) => sameActor(s, slot))) continue;
    // "withdrew its forces from Panama", "its peacekeeping forces": the source's own agents are not what it acts on.
    const agent = agentName(slot);
    if (slot.agent && ownedBySource(words, slot)) continue;
    // "The government of Sindh ordered patrols by police": forces of no named state are the acting state's own.
    const ownForce = slot.country === ownState || (slot.country === null && !!slot.agent);
    if (agent && ownState && ownForce && forceAgents.has(agent)) continue;
    // "blocked streets in Hong Kong in defiance of Chinese authorities": where it happened gives way to the actor
    // a stance is taken toward later in the clause.
    if (!where && locativeSlot(words, slot)) {
      where = slot;
      continue;
    }
    if (where && !stanceObject(words, slot)) continue;
    return { slot, inferred: false };
  }
  return where ? { slot: where, inferred: false } : null;
}

/** Nouns of a stance toward an actor: "in defiance of", "in protest against", "in solidarity with". */
const stanceNouns = new Set(["defiance", "protest", "solidarity", "support", "retaliation", "opposition", "response"]);
/** Prepositions after a stance noun: "in defiance of Chinese authorities". */
const stancePrepositions = new Set(["of", "against", "with", "to", "for"]);

/** Whether an actor is the object of "in <stance noun> of/against/with", over "the" ("in protest against the junta"). */
function stanceObject(words: readonly Word[], slot: ActorSlot): boolean {
  const at = words[slot.first - 1]?.norm === "the" ? slot.first - 1 : slot.first;
  return (
    stancePrepositions.has(words[at - 1]?.norm ?? "") &&
    stanceNouns.has(words[at - 2]?.norm ?? "") &&
    words[at - 3]?.norm === "in"
  );
}

/** Words before a place that say where something happened: "in Nepal", "near the Afghan border". */
const whereWords = new Set(["in", "near", "inside", "outside", "throughout", "across"]);

/** Relative pronouns that open a clause on a thing: "a strike that shut down Khatmandu", "a plan which gives". */
const relativeWords = new Set(["that", "which"]);
/** Words from the object noun phrase's determiner to the relative pronoun: "a general strike that". */
const maxObjectPhrase = 4;

/**
 * Whether "that"/"which" at `at` opens a relative clause on a common-noun object of the verb, not a complement of the
 * verb ("warned that") nor a clause on an actor: a determiner or number, then only lower-case words that no actor
 * covers up to it ("[organized] a general strike that", "the 2005 deal which"); the noun may be the verb pattern's.
 */
function objectRelative(words: readonly Word[], slots: readonly ActorSlot[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - maxObjectPhrase; k--) {
    const w = (words[k] as Word).norm;
    if (slots.some((s) => s.first <= k && k < s.stop)) return false;
    if (articleWords.has(w) || /^\d/.test(w)) return k < at - 1;
    if (!/^[a-z][a-z-]*$/.test(w)) return false;
  }
  return false;
}

/** Object pronouns right after a verb: "urged it to", "told them". ("her" may be a possessive: "her government".) */
const objectPronouns = new Set(["it", "them", "him", "us"]);

/** Whether a state or place slot stands right after a "where" preposition (over "the"), not a person or an agent. */
function locativeSlot(words: readonly Word[], slot: ActorSlot): boolean {
  if (slot.person || slot.agent) return false;
  const before = words[slot.first - 1]?.norm ?? "";
  return whereWords.has(before) || (before === "the" && whereWords.has(words[slot.first - 2]?.norm ?? ""));
}

/** Adverbs that may stand between "and" and a second verb: "and repeatedly blasting Trump". */
const joinedVerbAdverbs = new Set(["also", "then", "later", "even", "still"]);
/** Words that are no object's noun: articleWords, prepositions ("met with — and apologized to — Gattine"), amounts. */
const notObjects = new Set([
  "the",
  "a",
  "an",
  "with",
  "to",
  "on",
  "at",
  "in",
  "of",
  "for",
  "from",
  "by",
  "about",
  "against",
  "into",
  "over",
  // Amounts, which leave the noun to the actor after "and": "killed three and wounded five Palestinians".
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "dozens",
  "scores",
  "hundreds",
  "thousands",
  "several",
  "many",
  "some",
  "more",
  "least",
  "nearly",
  "around",
]);
/** A past or -ing verb form, by its ending: "questioned", "blasting". */
const verbEnding = /^[a-z]{3,}(?:ed|ing)$/;

/**
 * Whether "and" at `joiner` joins a second verb phrase to a verb whose object already stands between `from` and it:
 * "opposed the trade deal and questioned…", "discussing campaign politics and repeatedly blasting…". An object that
 * is only a number or an actor ("killed three and wounded five Palestinians", "hit Gaza and Rafah") joins nothing.
 */
function secondVerbAt(words: readonly Word[], slots: readonly ActorSlot[], from: number, joiner: number): boolean {
  let object = false;
  for (let k = from; k < joiner; k++) {
    const w = (words[k] as Word).norm;
    if (/^[a-z][a-z-]*$/.test(w) && !notObjects.has(w) && !slots.some((s) => s.first <= k && k < s.stop)) object = true;
  }
  if (!object) return false;
  let k = joiner + 1;
  while (k < words.length && (joinedVerbAdverbs.has((words[k] as Word).norm) || /ly$/.test((words[k] as Word).norm)))
    k++;
  const next = words[k]?.norm ?? "";
  return verbEnding.test(next) && !slots.some((s) => s.first <= k && k < s.stop);
}

/** Words from a comma to the reporting verb of a trailing attribution: ", a senior Israeli defence official said". */
const maxReportingTail = 7;

/**
 * ", a senior Bree official said": the comma at `comma` opens an attribution whose speaker is no one acted on. True
 * when a reporting verb follows within a few words, with no punctuation between.
 */
function reportingTail(words: readonly Word[], comma: number): boolean {
  for (let k = comma + 1; k < words.length && k <= comma + maxReportingTail; k++) {
    const w = (words[k] as Word).norm;
    if (reportingWords.has(w)) return k > comma + 1;
    if (!/^[a-z0-9][a-z0-9.'-]*$/.test(w)) return false;
  }
  return false;
}

/** "its forces", "their own troops", "its peacekeeping forces": a possessive over at most two modifiers. */
function ownedBySource(words: readonly Word[], slot: ActorSlot): boolean {
  for (let k = slot.first - 1; k >= 0 && k >= slot.first - 3; k--) {
    const w = (words[k] as Word).norm;
    if (ownPossessives.has(w)) return true;
    if (!/^[a-z][a-z-]*$/.test(w) || articleWords.has(w)) return false;
  }
  return false;
}

/** Words before an event noun that name who carried it out: "in the Hamas-led attack", "in an Israeli air strike". */
const eventAgentPrepositions = new Set(["in", "during"]);
/** Nouns for a course of armed action that the event dictionary does not code alone: "Israel's military campaign". */
const operationNouns = new Set(["campaign", "operation", "operations", "war", "offensive", "bombardment", "shelling"]);
/** Words between an actor and its event noun: "Hamas-led attack", "Israeli air strike", "Russian missile strike". */
const maxEventModifiers = 2;

/**
 * The agent named through the attack a passive verb happened in: "were killed in an Israeli air strike",
 * "taken hostage in the Hamas-led attack". The actor must stand right before one of `eventNouns` (an event noun of
 * material conflict), within a few modifiers; a place ("killed in Gaza") or an actor not before such a noun is no
 * agent.
 */
export function agentOfEvent(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  from: number,
  eventNouns: ReadonlySet<string>,
): Role | null {
  for (let j = from; j < words.length && j < from + 4; j++) {
    const w = (words[j] as Word).norm;
    if (!eventAgentPrepositions.has(w)) continue;
    const slot = slots.find((s) => s.first > j && s.first <= j + 3);
    if (!slot) return null;
    // "in Israel's military campaign": the possessive before the event noun.
    const from = words[slot.stop]?.norm === "'s" ? slot.stop + 1 : slot.stop;
    for (let k = from; k <= from + maxEventModifiers && k < words.length; k++) {
      const noun = (words[k] as Word).norm;
      if (eventNouns.has(noun) || operationNouns.has(noun)) return { slot, inferred: false };
      if (!/^[a-z][a-z-]*$/.test(noun)) break;
    }
    return null;
  }
  return null;
}

/** The agent of a passive verb: "was attacked by Israeli troops". */
export function sourceAfterBy(words: readonly Word[], slots: readonly ActorSlot[], from: number): Role | null {
  return actorAfter(words, slots, from, "by");
}

/** Words from a passive verb to "by" its agent over prepositional phrases: "on Monday at a meeting of … in …". */
const maxAgentDistance = 18;
/** A word of a prepositional phrase: a name, a number, an abbreviation, a clitic; no punctuation. */
const farPhraseWord = /^(?:[a-z0-9][a-z0-9.-]*|'s)$/;
/** Finite auxiliaries that open another verb group: "… were released by", "… has been freed by". */
const finiteAuxiliaries = new Set(["was", "were", "is", "are", "has", "have", "had"]);
/** Words from a passive verb to a comma-fronted agent: "accused of misusing …, much of it …, by Haitian officials". */
const maxDistantAgent = 30;
/** Words that may stand between "by" and the agent: "by current Haitian government officials". */
const agentModifiers = /^(?:the|a|an|current|former|local|senior|top|some|several|other|two|three|its|their)$/;

/**
 * The agent of a passive verb named after an aside, at the end of the sentence: "Aristide has been accused of
 * misusing $50 million in public funds, much of it believed to have been embezzled, by current Haitian government
 * officials." The "by" must follow a comma, the actor must end the sentence or its clause, and no clause opener
 * ("said", "which", "who"…) may stand between the verb and the comma. Null when there is no such agent.
 */
export function agentAfterAside(words: readonly Word[], slots: readonly ActorSlot[], from: number): Role | null {
  for (let j = from; j < words.length && j < from + maxDistantAgent; j++) {
    const w = (words[j] as Word).norm;
    if (clauseOpeners.has(w) || w === "by") return null;
    if (w !== "," || words[j + 1]?.norm !== "by") continue;
    let k = j + 2;
    while (k < words.length && agentModifiers.test((words[k] as Word).norm)) k++;
    const slot = slots.find((s) => s.first === k);
    if (!slot) return null;
    const after = words[slot.stop]?.norm;
    return after === undefined || /^[.,;:!?]$/.test(after) ? { slot, inferred: false } : null;
  }
  return null;
}

/**
 * The actor a preposition governs after word `from`, in the same clause: "by Israeli troops", "from the Georgian
 * government". Null when the preposition or an actor right after it is missing.
 */
export function actorAfter(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  from: number,
  preposition: string,
): Role | null {
  // "was accused on Monday at a meeting of the UN Security Council in New York by the United States": an agent past
  // a run of prepositional phrases, read further for "by" but only over words of one phrase (no comma, no "and").
  const reach = preposition === "by" ? maxAgentDistance : 10;
  for (let j = from; j < words.length && j < from + reach; j++) {
    const w = (words[j] as Word).norm;
    if (clauseOpeners.has(w) && w !== "as") return null;
    if (j >= from + 10 && (!farPhraseWord.test(w) || w === "and" || w === "or" || /^[a-z]{3,}(?:ed|ing)$/.test(w)))
      return null;
    // "civilians imprisoned for … were released by Putin": past a finite verb, "by" names that verb's agent.
    if (preposition === "by" && finiteAuxiliaries.has(w)) return null;
    if (w !== preposition) continue;
    const slot = slots.find((s) => s.first > j && s.first <= j + 3);
    return slot ? { slot, inferred: false } : null;
  }
  return null;
}
