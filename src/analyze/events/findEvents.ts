import type { Article, ArticleEvent, Evidence, Mention, Sentence, Span } from "../../article.js";
import type { Actor } from "../actors/types.js";
import { actorSlots, agentName, placeSlots, sameActor } from "./actorSlots.js";
import type { ActorSlot } from "./actorSlots.js";
import { cameoRoot } from "./cameoCodes.js";
import { deriveCode, isConflict, isCooperation } from "./deriveCode.js";
import type { EventDictionary, VerbForm } from "./eventDictionary.js";
import { matchPatterns } from "./matchPatterns.js";
import { patternWordNumbers } from "./patternWords.js";
import { nominalEvents } from "./nominalEvents.js";
import { partiesBetween } from "./betweenParties.js";
import { possessiveTarget } from "./possessiveTarget.js";
import { missionPlace } from "./missionPlace.js";
import { sharedObjectVerb, sharedPartner } from "./sharedObject.js";
import { custodyHolder } from "./custodyHolder.js";
import { causeOfDeath } from "./causeOfDeath.js";
import { mainClauseFirst } from "./mainClauseFirst.js";
import { announcedDecision } from "./announcedDecision.js";
import { reportedSubject, reportingTail } from "./reportingTail.js";
import type { PatternMatch } from "./matchPatterns.js";
import {
  actorAfter,
  agentAfterAside,
  agentOfEvent,
  beforeParenthetical,
  coordinatedVerb,
  findSource,
  findTarget,
  sourceAfterBy,
} from "./roles.js";
import type { Role } from "./roles.js";
import { codingPieces } from "./codingPieces.js";
import { tokenizeSentence } from "./tokenizeSentence.js";
import type { Word } from "./tokenizeSentence.js";
import { verbGroup } from "./verbGroup.js";
import type { VerbGroup } from "./verbGroup.js";
import { irrealisAct } from "./irrealisAct.js";
import { commonNounSubject } from "./commonNounSubject.js";
import { commaNounSubject } from "./commaNounSubject.js";
import { kinOfActor } from "./kinOfActor.js";
import { seizedPersonsCode } from "./seizedPersons.js";
import { movementReading } from "./movementReading.js";
import { refineRoot } from "./rootRefinements.js";
import { particleReading } from "./particleReading.js";
import { statementOffer } from "./statementOffer.js";
import { naturalCause, reportsDisaster } from "./naturalCause.js";
import { predictionWarning } from "./predictionWarning.js";
import { politicalMetaphor } from "./politicalMetaphor.js";
import { ordinaryNewsReading } from "./ordinaryNewsReading.js";
import {
  agreementWithView,
  avoidedAct,
  concerningReading,
  coordinatedPassive,
  documentRelease,
  figurativeForce,
  nameCalling,
  warningOfFacts,
  inanimateAt,
  nounReading,
  relativeAntecedent,
  relativeSubject,
  underPressure,
} from "./falseReadings.js";

/** What the event coder reads from the article: text, sentences, actor mentions, times and publication date. */
export type EventInput = Pick<Article, "text" | "sentences" | "mentions" | "actors" | "times"> & {
  meta: Pick<Article["meta"], "published">;
};

/** Codes whose actors act on each other when no target is named ("Israel and Lebanon renewed negotiations"). */
/**
 * Roots whose place ("in Oslo") is never what the act is done to: statements, appeals, talks and cooperation. An
 * intent (03) keeps it: "agreed to set up a centre in Tokyo" is about Japan.
 */
const wherePlaceRoots = new Set(["01", "02", "04", "05", "06"]);
const reciprocalRoots = new Set(["03", "04", "05", "06", "19"]);
/**
 * Verbs of giving, whose coordinated subjects give to a third party, not to each other: "Chile and Bolivia offered
 * rescue teams" (to Peru, unnamed).
 */
const givingVerbs = new Set(["offer", "send", "pledge", "promise", "provide", "donate", "give", "supply", "dispatch"]);
/** After an accusation or denial, what follows is what is alleged, not an event ("accused Rwanda of making…"). */
const allegingRoots = new Set(["11"]);
/** Prepositions after an event noun that introduce what it acts on: "an invasion of", "strikes on". */
const objectPrepositions = new Set(["of", "on", "against", "into"]);
const meetingCodes = new Set(["040", "042", "043", "044"]);
/**
 * Codes that act on persons, not on ground: a place where it happened is no stand-in target ("took hostages in
 * Gaza" does not abduct Gaza; "shelled targets in Jericho" does act on Jericho). Arrest, expulsion, abduction,
 * sexual assault, torture, killing by physical assault, assassination, release of persons.
 */
const personalCodes = /^(?:17[34]|18[1256]|084[12])/;
/** Legal and administrative acts of a state's authorities: investigation, lawsuits, convictions, bans, arrests, expulsions. */
const legalCodes = /^(?:09|11[56]|17[234])/;
/** Roots of non-violent acts whose object may be the source's own forces ("withdrew US troops", "deployed…"). */
const forceMovingRoots = new Set(["03", "05", "06", "07", "08", "12", "15", "16"]);
/**
 * Generic agents that fight or are held by the actor that acts on them: given the source's state only because it
 * was named before them ("Israel says it has killed 20,000 fighters"). Organs of a state and its people keep it
 * ("Russia dissolved parliament", "Liberian police dispersed demonstrators").
 */
const foreignAgents = new Set([
  "fighters",
  "militants",
  "rebels",
  "insurgents",
  "guerrillas",
  "militia",
  "terrorists",
  "jihadists",
  "islamists",
  "extremists",
  "separatists",
  "gunmen",
  "bombers",
  "kidnappers",
  "hostages",
  "prisoners",
]);
/** Generic agents that are a state's people, not its armed men or officials: they act where they live. */
const populationAgents = new Set([
  "civilians",
  "protesters",
  "rioters",
  "students",
  "workers",
  "activists",
  "dissidents",
  "refugees",
  "journalists",
  "opposition",
]);
/** Roots of intents and meetings, whose place in the source's own state is where they happen ("host talks in Cairo"). */
const hostingRoots = new Set(["03", "04"]);
/** Roots of material conflict whose event nouns can name who did a passive verb ("killed in an Israeli strike"). */
const violentRoots = new Set(["18", "19", "20"]);
/** Roots of acts a natural hazard can do in words: force, and blocking or seizing ("landslides blocked the roads"). */
const hazardRoots = new Set([...violentRoots, "14", "17"]);
/** Roots of threats, coercion and force, which a verb of force used as a political figure would wrongly code. */
const metaphorRoots = new Set(["13", "15", "17", "18", "19", "20"]);
/** Roots of coercion and force done to a person held: "was beaten in Israeli police custody". */
const custodyRoots = new Set(["17", "18", "19", "20"]);
/** Roots of complaints, rejections and protests, which a reporting tail aims at the clause it reports. */
const tailRoots = new Set(["11", "12", "14"]);
/** A protest made in words: disapproval, not a demonstration. */
const spokenProtestCode = "110";
/** Roots of acts done with a partner: intents, meetings, diplomatic and material cooperation. */
const cooperativeRoots = new Set(["03", "04", "05", "06"]);
const violentNounCache = new WeakMap<EventDictionary, ReadonlySet<string>>();

/** What one word is to the event coder: its verb forms, whether it names an event, its pattern-word number. */
interface EventWord {
  /** The verb forms it may be (`dictionary.forms`), if any. */
  forms: readonly VerbForm[] | undefined;
  /** A verb form or an event noun: a sentence with none codes nothing. */
  event: boolean;
  /** Its `patternWordNumbers` entry, -1 when no verb pattern looks for it. */
  number: number;
}

const eventWordCache = new WeakMap<EventDictionary, ReadonlyMap<string, EventWord>>();

/**
 * Every verb form (with its forms), event noun and word of a verb pattern of the dictionary in one map: one look-up
 * per word tells a sentence codes nothing, and gives what the pattern matcher needs.
 */
function eventWords(dictionary: EventDictionary): ReadonlyMap<string, EventWord> {
  let words = eventWordCache.get(dictionary);
  if (!words) {
    const map = new Map<string, EventWord>();
    for (const [word, number] of patternWordNumbers(dictionary))
      map.set(word, { forms: undefined, event: false, number });
    const entry = (word: string, forms: readonly VerbForm[] | undefined): EventWord => ({
      forms,
      event: true,
      number: map.get(word)?.number ?? -1,
    });
    for (const noun of dictionary.nominals.keys()) map.set(noun, entry(noun, undefined));
    for (const [form, forms] of dictionary.forms) map.set(form, entry(form, forms));
    words = map;
    eventWordCache.set(dictionary, words);
  }
  return words;
}

/** Whether the sentence names an act of force by a noun ("in an Israeli strike", "the attack"). */
function violentNounIn(words: readonly Word[], dictionary: EventDictionary): boolean {
  const nouns = violentNouns(dictionary);
  return words.some((w) => nouns.has(w.norm));
}

function violentNouns(dictionary: EventDictionary): ReadonlySet<string> {
  let nouns = violentNounCache.get(dictionary);
  if (!nouns) {
    const found = new Set<string>();
    for (const [noun, patterns] of dictionary.nominals)
      if (patterns.some((p) => violentRoots.has(cameoRoot(p.code)))) found.add(noun);
    nouns = found;
    violentNounCache.set(dictionary, nouns);
  }
  return nouns;
}

/**
 * Codes who did what to whom in each sentence, PETRARCH-style: finds the event verb phrase from the verb-pattern
 * dictionary, reads negation, modality and governing verbs ("threatened to strike" is a threat, 138), takes the
 * subject actor as source and the object or prepositional actor as target (flipped in the passive), and dates the
 * event by its sentence's time expression, else by the publication date (marked inferred). Never throws on text.
 *
 * @example findEvents(article, loadEventDictionary())
 *   // "Israel struck Gaza on Monday." → [{ source: "country:ISR", target: "…", code: "190", goldstein: -10, … }]
 */
export function findEvents(article: EventInput, dictionary: EventDictionary): ArticleEvent[] {
  const actors = new Map(article.actors.map((a) => [a.id, a]));
  const events: ArticleEvent[] = [];
  // Read once per article, and only when a sentence asks (most never code agentless force).
  let reported: boolean | undefined;
  const disaster = (): boolean => (reported ??= reportsDisaster(article.text));
  let m = 0;
  for (const sentence of article.sentences) {
    const inside: Mention[] = [];
    while (m < article.mentions.length && (article.mentions[m] as Mention).start < sentence.start) m++;
    for (let k = m; k < article.mentions.length && (article.mentions[k] as Mention).start < sentence.end; k++) {
      inside.push(article.mentions[k] as Mention);
    }
    for (const piece of codingPieces(article.text, sentence)) {
      const within = piece === sentence ? inside : inside.filter((x) => x.start >= piece.start && x.end <= piece.end);
      events.push(...sentenceEvents(article, piece, within, actors, dictionary, disaster));
    }
  }
  return events;
}

function sentenceEvents(
  article: EventInput,
  sentence: Sentence,
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  dictionary: EventDictionary,
  disaster: () => boolean,
): ArticleEvent[] {
  const words = tokenizeSentence(article.text, sentence.start, sentence.end);
  // No event verb or event noun at all: nothing to code, and no actor slots to build.
  // One look-up per word, whose verb forms the pattern matcher reuses.
  const heads = eventWords(dictionary);
  const formsOf = new Array<readonly VerbForm[] | undefined>(words.length);
  // A plain array: a typed array per sentence costs more to make than these few writes save.
  const numbers = new Array<number | undefined>(words.length);
  let any = false;
  for (let j = 0; j < words.length; j++) {
    const found = heads.get((words[j] as Word).norm);
    if (found === undefined) continue;
    numbers[j] = found.number;
    if (!found.event) continue;
    any = true;
    if (found.forms) formsOf[j] = found.forms;
  }
  if (!any) return [];
  // "Relatives of the hostages urged…": the hostages are no actor of the sentence.
  const slots = actorSlots(article.text, words, mentions, actors, dictionary.agents, (w) =>
    dictionary.forms.has(w),
  ).filter((slot) => !kinOfActor(words, slot));
  if (slots.length === 0) return [];
  const matches = matchPatterns(words, slots, dictionary, formsOf, numbers);
  if (matches.length === 0) return nominalSentenceEvents(article, sentence, words, slots, mentions, actors, dictionary);
  const places = placeSlots(article.text, words, mentions, actors);
  const groups = matches.map((match) => verbGroup(words, match, matches, slots, dictionary));
  // A governing verb is read into the event it governs ("threatened to strike"), unless that verb codes nothing.
  const governors = new Set(
    groups.flatMap((g, k) => (g.governor && matches[k]?.pattern.code ? [g.governor.match] : [])),
  );

  const out: ArticleEvent[] = [];
  let previousSource: Role | null = null;
  // Word index of an accusation or denial whose clause the later verbs report; -1 when none.
  let alleging = -1;
  let allegingHead = -1;
  // Verb forms read as nouns ("left talks with"), whose event nouns the nominal reading may still code.
  const nounReadings = new Set<PatternMatch>();
  // The verb word of each event in `out`, tagged when the next verb is read (and once at the end).
  const headOf: number[] = [];
  let lastHead = -1;
  matches.forEach((match, index) => {
    while (headOf.length < out.length) headOf.push(lastHead);
    lastHead = match.head;
    const group = groups[index] as VerbGroup;
    // "Russia excoriated Ukraine and attacked Georgia": the second verb's subject is the first verb's.
    const sharedAt = coordinatedVerb(words, slots, group.first, (w) => dictionary.forms.has(w));
    // "condemned Ukraine and attacked Georgia": a verb joined to the accusation itself is no part of what it alleges.
    if (alleging >= 0 && sharedAt >= 0 && sharedAt === allegingHead) alleging = -1;
    // "Israel, which has long opposed the deal, struck Gaza": a verb past the aside that held the accusation is
    // the sentence's own.
    if (alleging >= 0 && beforeParenthetical(words, slots, group.first) < alleging) alleging = -1;
    if (governors.has(match) || match.pattern.code === "" || alleging >= 0 || group.adjunct === "complement") return;
    if (reducedRelative(words, match, group, slots, dictionary) && matches.some((m) => m.head > match.stop)) return;
    // "announced Wednesday it would prohibit all aid": a decision taken is the act, not a threat or a promise.
    // Only for acts of conflict and a modal ("will", "would"): "announced it will return weapons" is a promise.
    if (
      group.future &&
      !group.governor &&
      !group.negated &&
      isConflict(match.pattern.code) &&
      announcedDecision(words, group.first)
    )
      group.future = false;
    const bare = group.first === match.head && match.form.kind === "base";
    const required =
      (group.obligation || bare) && !group.governor && !group.negated
        ? requirement(words, slots, group, actors, dictionary)
        : null;
    const code = required
      ? deriveCode(required.frame, match.pattern.code, dictionary)
      : modalCode(match.pattern.code, group, dictionary);
    if (!code) return;
    // "Qatar … has come under pressure from Washington": the actor after "from" acts on the one under pressure.
    // "from Washington" is a place to the actor finder ("from" is locative): the capital stands for its state.
    const pressure = group.passive || group.governor ? null : underPressure(words, [...slots, ...places], match.head);
    if (pressure) {
      const under = findSource(words, slots, pressure.first, actors)[0] ?? null;
      const by = pressure.from;
      const from: Role =
        by.actor.startsWith("place:") && by.country
          ? { slot: { ...by, actor: `country:${by.country}` }, inferred: true }
          : { slot: by, inferred: false };
      const place = findPlace(mentions, actors, match.head, words);
      out.push(...emit(article, sentence, words, match, group, code, [from], under, place, dictionary));
      return;
    }
    // "liquefied natural gas", "head wounds", "additional orders for": a verb form that stands as a noun.
    if (nounReading(words, slots, match, group)) {
      nounReadings.add(match);
      return;
    }
    // "avoided threatening retaliation", "nobody is going to sign": what did not happen.
    if (avoidedAct(words, group)) return;
    // "a bill that would allow…", "would have helped", "would see the hostages freed": what did not or may not happen.
    if (irrealisAct(words, slots, group, match.head)) return;
    // "welcomed by unions and condemned by trading partners": passive too; with no agent named, no one condemned.
    const firstConjunct = coordinatedPassive(words, match, group);
    if (firstConjunct >= 0) {
      if (!sourceAfterBy(words, slots, match.stop)) return;
      // Read as the first conjunct's passive: its subject is what the agent acts on.
      group.passive = true;
      group.first = firstConjunct;
    }
    // "called Trump an idiot" is no phone call; "released a statement" frees no one.
    if (nameCalling(words, match) || documentRelease(words, match, code, slots)) return;
    // "agreed with the position of…", "regulations surrounding retail marijuana": an opinion, a topic.
    if (agreementWithView(words, match, code) || concerningReading(words, slots, match, group)) return;
    // "600 workers walk out into the dark": a walk, no strike.
    if (movementReading(words, match)) return;
    // "pushed back hard", "wound up winning", "offered a strong critique": a particle, a homograph, a statement.
    if (particleReading(words, match) || statementOffer(words, match, code)) return;
    // "the law allows…", "engaged in a back-and-forth", "insisted it was…", "helped defeat…": no act (ordinary news).
    if (ordinaryNewsReading(words, slots, match, group, code)) return;
    // "tariffs have hit Norway", "struck many here as absurd", "came under fire over": no force is used.
    if (violentRoots.has(cameoRoot(code)) && figurativeForce(words, slots, match, group)) return;
    // "fighting the law", "defeat this piece of legislation", "was defeated in a recall election": politics, no force.
    if (metaphorRoots.has(cameoRoot(code)) && politicalMetaphor(words, slots, match)) return;
    if (required) {
      const place = findPlace(mentions, actors, match.head, words);
      out.push(
        ...emit(article, sentence, words, match, group, code, [required.speaker], required.subject, place, dictionary),
      );
      previousSource = required.speaker;
      return;
    }

    // "ordered the army to shell Gaza": forces commanded to act are not the target; "ordered La Prensa to close" is.
    const governed = group.governor;
    const commandedForces =
      governed?.frame === "command" &&
      isConflict(code) &&
      !!governed.object &&
      ownForces(governed.object, words, slots);
    const appealed =
      governed &&
      !commandedForces &&
      (governed.frame === "appeal" || governed.frame === "demand" || governed.frame === "command" || governed.object);
    let sources: Role[];
    let target: Role | null;
    // The code of a verb read in another sense from its clause (a protest in words), when one is.
    let spoken: string | null = null;
    const patient = group.governor ? null : reducedPassive(words, match, group, slots);
    if ((group.passive && !group.governor) || patient) {
      // "backed by Russia": a pattern's {target} right after the verb may be the agent, after "by".
      const byAt = words[match.head + 1]?.norm === "by" ? match.head + 1 : match.stop;
      const holder = custodyRoots.has(cameoRoot(code)) ? custodyHolder(words, slots, match.stop) : null;
      const agent =
        sourceAfterBy(words, slots, byAt) ??
        agentOfEvent(words, slots, match.stop, violentNouns(dictionary)) ??
        agentAfterAside(words, slots, match.stop) ??
        // "was tortured in Israeli police custody": who holds the victim acts on it.
        (holder ? { slot: holder, inferred: false } : null);
      sources = agent ? [agent] : [];
      target = patient
        ? { slot: patient, inferred: false }
        : (findSource(words, slots, group.first, actors)[0] ??
          // "Sanctions were imposed on Iran by the US": the fronted pattern's target (matchPatterns).
          (match.target && !sources.some((s) => sameActor(s.slot, match.target as ActorSlot))
            ? { slot: match.target, inferred: false }
            : null));
    } else {
      sources =
        group.adjunct === "participle" && previousSource
          ? [{ ...previousSource, inferred: true }]
          : findSource(words, slots, sharedAt >= 0 ? sharedAt : group.first, actors);
      // "Police clashed with students demonstrating against the government": a participle right after an actor,
      // even a prepositional object, modifies it; that actor is its subject.
      const modified =
        match.form.kind === "ing" && group.first === match.head && sharedAt < 0
          ? slots.find((s) => s.stop === match.head)
          : undefined;
      if (modified && !sources.some((s) => s.slot === modified)) sources = [{ slot: modified, inferred: false }];
      // "The tariffs that the United States imposed … have hit": an actor of a relative clause is not the subject
      // of the verb after it; a thing as that subject uses no force.
      // "a request that struck many here as absurd": the same for a thing right before "that".
      const thing = sharedAt >= 0 ? -1 : relativeSubject(words, slots, group.first);
      if (thing >= 0 && violentRoots.has(cameoRoot(code)) && inanimateAt(words, thing)) return;
      const antecedent =
        sharedAt < 0 && sources[0] && !sources[0].inferred
          ? relativeAntecedent(words, sources[0].slot, group.first)
          : -1;
      if (antecedent >= 0) {
        if (violentRoots.has(cameoRoot(code)) && inanimateAt(words, antecedent)) return;
        sources = [];
      }
      // "…, as other countries would use the measure to justify": a clause of its own with a common-noun subject.
      if (sharedAt < 0 && sources[0] && !sources[0].inferred && commonNounSubject(words, slots, group.first))
        sources = [];
      // "…, a human rights group protested here Wednesday": a common noun after a comma is the subject.
      if (sharedAt < 0 && sources[0] && commaNounSubject(words, slots, group.first)) sources = [];
      const object = group.governor?.object;
      target =
        appealed && object
          ? { slot: object, inferred: false }
          : // "withdrew some US forces from Panama": the source's own forces in the pattern are not its target.
            match.target && !sources.some((s) => s.slot.actor === match.target?.actor)
            ? { slot: match.target, inferred: false }
            : null;
      // "demanded that Israel withdraw", "urged that…": the target stands past "that". Not for a bare threat or
      // warning: "warned that it would attack Taiwan" is coded from the attack.
      const throughThat = ["10", "02", "11", "12"].includes(cameoRoot(code));
      // A state moving, deploying or withdrawing its own forces does not act on them.
      const ownState = forceMovingRoots.has(cameoRoot(code)) ? (sources[0]?.slot.country ?? null) : null;
      target ??= findTarget(
        words,
        slots,
        match.stop,
        sources.map((s) => s.slot),
        throughThat,
        ownState,
      );
      // "established diplomatic ties with and opened an embassy in Tehran": a preposition stranded before "and"
      // takes the object of the next conjunct.
      const next = !target
        ? sharedObjectVerb(
            words,
            match.stop,
            matches.map((m) => m.head),
          )
        : -1;
      const conjunct = next >= 0 ? matches.find((m) => m.head === next) : undefined;
      if (conjunct) {
        const object = conjunct.target;
        const mission = missionPlace(words, places, conjunct.stop);
        target =
          object && !sources.some((s) => sameActor(s.slot, object))
            ? { slot: object, inferred: false }
            : mission
              ? { slot: mission, inferred: true }
              : findTarget(
                  words,
                  slots,
                  conjunct.stop,
                  sources.map((s) => s.slot),
                  false,
                  ownState,
                );
      }
      // "Japan met Iran and signed an accord": cooperation with no partner named is with the first verb's object.
      const partner =
        !target && sharedAt >= 0 && cooperativeRoots.has(cameoRoot(code))
          ? sharedPartner(words, slots, group.first)
          : null;
      if (partner && !sources.some((s) => sameActor(s.slot, partner))) target = { slot: partner, inferred: true };
      // "Croatian authorities are failing to uphold…, a human rights group protested here Wednesday": a complaint
      // that ends the sentence is about the subject of the clause it reports; a protest so made is in words (110).
      const tail = !target && tailRoots.has(cameoRoot(code)) ? reportingTail(words, group.first, match.stop) : -1;
      if (tail >= 0) {
        // Only the actors after the comma speak: "…rights of refugees, Amnesty International protested".
        sources = sources.filter((s) => s.slot.first > tail);
        const about = reportedSubject(words, slots, tail);
        if (about && !sources.some((s) => sameActor(s.slot, about))) target = { slot: about, inferred: false };
        if (cameoRoot(code) === "14" && match.form.lemma === "protest") spoken = spokenProtestCode;
      }
      // "opened an embassy in Tehran": the state of the place a mission is opened in.
      const mission = !target ? missionPlace(words, places, match.stop) : null;
      if (mission && !sources.some((s) => s.slot.country === mission.country))
        target = { slot: mission, inferred: true };
    }
    // "Iran received weapons from Russia": the receiver is what the giver (after "from") acts on.
    if (receivingVerbs.has(match.form.lemma) && receivedRoots.has(cameoRoot(code)) && !group.passive && !patient) {
      const giver = actorAfter(words, slots, match.stop, "from");
      target = sources[0] ?? null;
      sources = giver && !(target && sameActor(giver.slot, target.slot)) ? [giver] : [];
    }
    // "… were wounded when Palestinian gunmen opened fire on their patrol": the owner of what is acted on.
    if (!target && sources.length > 0) {
      const owner = possessiveTarget(
        words,
        slots,
        match.stop,
        sources.map((s) => s.slot),
      );
      if (owner) target = { slot: owner, inferred: true };
    }
    // "Talks were held between Israel and Syria": with no subject actor, the sides listed after "between" act on
    // each other (both ways for talks, cooperation and fighting; first on second otherwise).
    let sides = false;
    if (sources.length === 0) {
      const parties = partiesBetween(words, slots, match.stop);
      if (parties.length >= 2 && (!target || parties.some((p) => p.slot === target?.slot))) {
        sides = true;
        const reciprocal = reciprocalRoots.has(cameoRoot(code));
        sources = reciprocal ? parties : parties.slice(0, 1);
        target = reciprocal ? null : (parties[1] ?? null);
      }
    }
    // "complained to the United Nations over Israeli air raids": whom a complaint is about, not whom it is made to.
    if (target && complaintRoots.has(cameoRoot(code)) && addressed(words, target.slot)) {
      const about = complainedAbout(words, slots, target.slot.stop);
      if (about && !sources.some((s) => sameActor(s.slot, about))) target = { slot: about, inferred: false };
    }
    // "an invasion of South Lebanon", "attacks on Gaza": a place right after the pattern's noun is what it acts on.
    if (match.pattern.literals > 0 && objectPrepositions.has(words[match.stop]?.norm ?? "")) {
      const object = places.find(
        (p) => p.first === match.stop + 1 || (p.first === match.stop + 2 && words[match.stop + 1]?.norm === "the"),
      );
      if (object && (!target || target.slot.first > object.first)) target = { slot: object, inferred: false };
    }
    // "warned that several hundred jobs are at risk": a warning of what may happen, to no one, is no threat.
    if (!target && cameoRoot(code) === "13" && match.pattern.literals === 0 && warningOfFacts(words, slots, match)) {
      if (!matches.some((m) => m.head >= match.stop && m.pattern.code !== "")) return;
    }
    // "engineers warned that the homes would not survive": a warning that predicts, about no act of the warner's.
    if (cameoRoot(code) === "13" && predictionWarning(words, slots, match)) return;
    // No actor acted on: the place where it happened stands in ("shelled targets in Jericho"), inferred. Not for
    // statements, appeals, talks and cooperation: "held talks in Oslo" is where, not whom (but "talks" between two
    // parties read both ways).
    if (
      !target &&
      !sides &&
      !meetingCodes.has(code) &&
      !personalCodes.test(code) &&
      !wherePlaceRoots.has(cameoRoot(code))
    ) {
      const where = findTarget(
        words,
        places,
        match.stop,
        sources.map((s) => s.slot),
      );
      if (where && !sources.some((s) => s.slot.country && s.slot.actor === where.slot.actor))
        target = { slot: where.slot, inferred: true };
    }
    // "warned that it would attack Taiwan": a bare threat verb with no target is read through the event it reports.
    if (!target && cameoRoot(code) === "13" && match.pattern.literals === 0) {
      if (matches.some((m) => m.head >= match.stop && m.pattern.code !== "")) return;
      // "warned that police will no longer tolerate rallies by the Kifaya group": with no event reported, the actor
      // of the warned clause is whom the warning is aimed at, past the warner's own forces.
      target = findTarget(
        words,
        slots,
        match.stop,
        sources.map((s) => s.slot),
        true,
        sources[0]?.slot.country ?? null,
      );
    }
    // "Egypt will host talks in Cairo": a place of the source's own state is where, not whom.
    const own = target?.slot;
    if (
      own?.actor.startsWith("place:") &&
      !own.sector &&
      hostingRoots.has(cameoRoot(code)) &&
      sources.some((s) => s.slot.country === own.country)
    )
      target = null;
    // "An earthquake struck Peru, killing 67": what a natural hazard or an accident does is no actor's use of force.
    if (hazardRoots.has(cameoRoot(code)) && naturalCause(words, slots, group, match.head)) return;
    // "At least 380 people were injured, the institute said", in a report of an earthquake: the disaster's toll.
    if (sources.length === 0 && violentRoots.has(cameoRoot(code)) && disaster() && !violentNounIn(words, dictionary))
      return;
    // "Protesters blocked roads in Caracas": people of no named state are of the state where they acted. Not armed
    // men or officials, who may act abroad ("Troops torched houses in Myanmar", "Gunmen seized hostages in Mali").
    const doer = sources.length === 1 ? sources[0] : undefined;
    if (doer?.slot.agent && !doer.slot.country && populationAgents.has(doer.slot.agent.name)) {
      const country = clausePlaceState(words, mentions, actors, match.stop);
      if (country) {
        const slot = { ...doer.slot, country, actor: `agent:${doer.slot.agent.name}:${country}` };
        sources = [{ ...doer, slot }];
      }
    }
    previousSource = sources[0] ?? previousSource;
    const place = findPlace(mentions, actors, match.head, words);
    // "Three US servicemen were killed by an improvised explosive device outside the Iraqi city of Basra": force
    // used by no one named is coded, as CAMEO does, to unidentified attackers of the state where it happened,
    // unless that is the victims' own state.
    if (sources.length === 0 && target && violentRoots.has(cameoRoot(code))) {
      const country = placeState(words, mentions, actors, match.stop, target.slot);
      // Not the victims' own state: "Palestinians have been killed in Gaza" names no Palestinian attackers.
      if (country && country !== target.slot.country)
        sources = [{ slot: unidentifiedSlot(country, words[match.head] as Word), inferred: true }];
    }
    // "Israel says it has killed some 20,000 fighters": a generic agent given the state named before it is not of
    // the source's state because the source was named there.
    if (target?.slot.agent && target.slot.country && foreignAgents.has(target.slot.agent.name)) {
      const country = target.slot.country;
      if (sources.some((s) => s.slot.country === country))
        target = { ...target, slot: { ...target.slot, country: null, actor: `agent:${target.slot.agent.name}` } };
    }
    // "Palestinian bombers killed 23 people … in Tel Aviv": civilians named by no state of their own (none, or only
    // the source's, named before them) are of the state where the act took place.
    const victims = target?.slot.agent?.name === "civilians" ? target.slot : null;
    if (target && victims && (!victims.country || victims.country === sources[0]?.slot.country)) {
      const country = clausePlaceState(words, mentions, actors, match.stop);
      if (country) target = { ...target, slot: { ...victims, country, actor: `agent:civilians:${country}` } };
    }
    // "A US national has been put under investigation in Italy": a legal act with no named agent, in a passive
    // clause of its own (not a participle modifying a noun), is the act of the authorities of the state where it
    // happened, unless that is the person's own state.
    if (sources.length === 0 && target && group.passive && !patient && legalCodes.test(code)) {
      const where = placeMention(words, mentions, actors, match.stop, target.slot);
      if (where && where.country !== target.slot.country)
        sources = [{ slot: authoritiesSlot(where.country, where.mention), inferred: true }];
    }
    // "seized 251 people": persons taken are an abduction, not property seized.
    const coded = seizedPersonsCode(spoken ?? code, match.form.lemma, sources[0]?.slot ?? null, target?.slot ?? null);
    out.push(...emit(article, sentence, words, match, group, coded, sources, target, place, dictionary));
    if (allegingRoots.has(cameoRoot(code)) || code === "016") {
      alleging = group.first;
      allegingHead = match.head;
    }
  });
  while (headOf.length < out.length) headOf.push(lastHead);
  // "The visit of Iran's president to Iraq ended on Monday": a verb that codes nothing leaves the event nouns.
  // Not a noun a verb pattern used: "could impose sanctions on Japan" is no sanction.
  return out.length > 0 || alleging >= 0
    ? mainClauseFirst(words, out, headOf)
    : nominalSentenceEvents(
        article,
        sentence,
        words,
        slots,
        mentions,
        actors,
        dictionary,
        matches.filter((m) => !nounReadings.has(m)),
      );
}

/**
 * "Russia said that Sudan must return the helicopter": an obligation laid on the subject of a clause reported by
 * a speaker is the speaker's demand of that subject; null unless a speech verb or "that" stands between the two.
 * "The ILO reiterated its demand that Israel ease restrictions": a bare verb after a demand or an appeal word is
 * what is demanded or asked of its subject.
 */
function requirement(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  group: VerbGroup,
  actors: ReadonlyMap<string, Actor>,
  dictionary: EventDictionary,
): { speaker: Role; subject: Role; frame: "demand" | "appeal" } | null {
  const subject = findSource(words, slots, group.first, actors)[0];
  if (!subject || (subject.inferred && !group.obligation)) return null;
  if (!group.obligation && subject.slot.stop !== group.first) return null;
  const speaker = findSource(words, slots, subject.slot.first, actors)[0];
  if (!speaker || speaker.slot.actor === subject.slot.actor) return null;
  let reported = false;
  for (let j = speaker.slot.stop; j < subject.slot.first; j++) {
    const w = (words[j] as Word).norm;
    for (const form of dictionary.forms.get(w) ?? []) {
      const frame = dictionary.frames.get(form.lemma);
      if (frame === "demand" || frame === "appeal" || frame === "command")
        return { speaker: { ...speaker, inferred: false }, subject, frame: frame === "appeal" ? "appeal" : "demand" };
    }
    if (w === "that" || dictionary.speech.has(w)) reported = true;
  }
  return reported && group.obligation ? { speaker: { ...speaker, inferred: false }, subject, frame: "demand" } : null;
}

/**
 * Events named by nouns ("talks between Israel and Hamas"), for a sentence where no verb codes one. A noun that a
 * verb pattern used ("could impose sanctions on") is that verb's, coded or not.
 */
function nominalSentenceEvents(
  article: EventInput,
  sentence: Sentence,
  words: readonly Word[],
  slots: readonly ActorSlot[],
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  dictionary: EventDictionary,
  verbMatches: readonly PatternMatch[] = [],
): ArticleEvent[] {
  const out: ArticleEvent[] = [];
  // "A Palestinian prisoner died of torture in Israeli police custody": the act of force the death came from.
  const deaths = causeOfDeath(words, slots, dictionary.nominals);
  const named = nominalEvents(words, slots, dictionary.nominals).filter((n) => !deaths.some((d) => d.head === n.head));
  for (const found of [...deaths, ...named]) {
    if (verbMatches.some((m) => m.head <= found.head && found.head < m.stop)) continue;
    const match: PatternMatch = {
      pattern: { code: found.pattern.code, lemma: found.pattern.noun, elements: [], literals: 0, order: 0, source: "" },
      form: { lemma: found.pattern.noun, kind: "base" },
      head: found.head,
      stop: found.head + 1,
      target: null,
    };
    const group: VerbGroup = {
      first: found.head,
      negated: false,
      future: false,
      hypothetical: false,
      obligation: false,
      conditional: false,
      passive: false,
      governor: null,
      adjunct: null,
    };
    const place = findPlace(mentions, actors, found.head, words);
    const sources = found.parties.length > 0 ? found.parties : found.source ? [found.source] : [];
    out.push(
      ...emit(article, sentence, words, match, group, found.pattern.code, sources, found.target, place, dictionary),
    );
  }
  return out;
}

/** Words before a noun that show it is a noun phrase: "the report released Tuesday", "a document signed". */
const nounOpeners = new Set(["the", "a", "an", "this", "that", "its", "their", "his", "her"]);

/**
 * "A report released Tuesday alleged…": a past participle right after a common noun that no actor stands on, with
 * no auxiliary, modifies that noun; it is not an event when the sentence's own verb comes later.
 */
function reducedRelative(
  words: readonly Word[],
  match: PatternMatch,
  group: VerbGroup,
  slots: readonly ActorSlot[],
  dictionary: EventDictionary,
): boolean {
  if (group.first !== match.head || match.form.kind !== "past") return false;
  const noun = match.head - 1;
  const before = words[noun]?.norm ?? "";
  if (!/^[a-z][a-z-]*$/.test(before) || dictionary.forms.has(before)) return false;
  if (slots.some((s) => s.first <= noun && noun < s.stop)) return false;
  const opener = words[noun - 1]?.norm ?? "";
  if (nounOpeners.has(opener) || /^\d/.test(opener)) return true;
  // "a 500-page report", "the new report": one modifier that is no actor ("a French minister" is an actor's noun).
  const inSlot = slots.some((s) => s.first <= noun - 1 && noun - 1 < s.stop);
  return !inSlot && /^[a-z0-9][a-z0-9-]*$/.test(opener) && nounOpeners.has(words[noun - 2]?.norm ?? "");
}

/** Words after a participle that show it takes no object: its agent or where it happened follows. */
const afterReducedPassive = new Set(["by", "in", "during", "from", "at", "near", "on", "since", "when", "after"]);
/** Words from a passive participle's phrase to the later main verb: "killed in the raid on Monday were buried". */
const maxClauseGap = 8;
/** Words that open another clause, past which a main verb belongs to that clause. */
const clauseBreaks = new Set(["where", "when", "who", "which", "that", "while", "and", "but", "as", "after", "said"]);
/** Lower-case nouns that may stand between an actor and a participle modifying the phrase. */
const maxPatientNouns = 2;
/** Words that are no part of a noun phrase before a participle: "Israel yesterday killed", "Hamas also took". */
const closedWords = new Set([
  "also",
  "yesterday",
  "today",
  "then",
  "later",
  "and",
  "or",
  "who",
  "which",
  "that",
  "reportedly",
  "allegedly",
]);
/** Determiners that open a noun phrase: within a pattern's words they mark the verb's object ("rejected a proposal"). */
const objectDeterminers = new Set(["a", "an", "the", "its", "their", "his", "her", "this", "these", "those"]);
/** Verbs that show a later main clause: "civilians killed in the raid were buried", "hostages taken… remain". */
const laterMainVerb = new Set(["was", "were", "is", "are", "remain", "remains", "remained", "have", "has", "had"]);

/**
 * "251 people taken hostage in the Hamas-led attack", "three civilians killed by Israeli troops were buried": a
 * past participle right after an actor, with no auxiliary, that modifies it. It is passive, and that actor is what
 * it acts on. Read so when "by" follows, when the actor is itself a prepositional object ("of the 251 people
 * taken…"), or when a preposition follows the verb phrase and a main verb comes later in the sentence. "Israeli
 * troops killed three civilians" (an object follows) stays active. Returns the actor acted on, or null.
 */
function reducedPassive(
  words: readonly Word[],
  match: PatternMatch,
  group: VerbGroup,
  slots: readonly ActorSlot[],
): ActorSlot | null {
  const kind = match.form.kind;
  if (group.passive || group.first !== match.head || (kind !== "past" && kind !== "participle")) return null;
  // "The Turkish army, backed by Russian jets, …": an aside after the actor, its agent after "by".
  const aside = words[match.head - 1]?.norm === "," ? slots.find((s) => s.stop === match.head - 1) : undefined;
  if (aside && words[match.head + 1]?.norm === "by") return aside;
  // "Russian civilian advisers kidnapped…": the actor may be followed by up to two lower-case nouns.
  const patient = slots.find(
    (s) =>
      s.stop <= match.head &&
      s.stop >= match.head - maxPatientNouns &&
      words.slice(s.stop, match.head).every((w) => /^[a-z][a-z-]*$/.test(w.norm) && !closedWords.has(w.norm)),
  );
  if (!patient) return null;
  // "Syria rejected a proposal by Egypt": a determiner within the pattern opens the verb's object; it is active.
  if (words.slice(match.head + 1, match.stop).some((w) => objectDeterminers.has(w.norm))) return null;
  const next = words[match.stop]?.norm ?? "";
  // "taken", "seized": a participle distinct from the past tense, with no auxiliary, is passive.
  if (next === "by" || kind === "participle" || existential(words, patient.first)) return patient;
  // "The civilians imprisoned for acting against Moscow were released": "for" a reason, as well.
  if (!afterReducedPassive.has(next) && next !== "for") return null;
  // The later main verb must be in the same clause: not "demonstrated in Serbia, where 24 people were killed".
  for (let j = match.stop + 1; j < words.length && j <= match.stop + maxClauseGap; j++) {
    const w = (words[j] as Word).norm;
    if (laterMainVerb.has(w)) return patient;
    if (!/^[a-z0-9]/.test(w) || clauseBreaks.has(w)) return null;
  }
  return null;
}

/** Verbs whose subject gets what another gives: "received weapons from Russia". */
const receivingVerbs = new Set(["receive", "get", "obtain", "accept"]);
/** Roots of what is given: economic, military and humanitarian aid, and material cooperation. */
const receivedRoots = new Set(["06", "07"]);

/** Forms of "be" after an existential "there": "there were 10 soldiers killed". */
const existentialBe = new Set(["is", "are", "was", "were", "been"]);
/** Words from "there were" to the actor: "there were at least 10", "there have been more than 200". */
const maxExistentialGap = 4;

/**
 * "There were 10 Russian soldiers killed in Ukraine": an actor introduced by an existential "there is/were", over
 * amounts and determiners; the participle after it is passive.
 */
function existential(words: readonly Word[], first: number): boolean {
  for (let k = first - 1; k >= 1 && k >= first - 1 - maxExistentialGap; k--) {
    const w = (words[k] as Word).norm;
    if (existentialBe.has(w)) return words[k - 1]?.norm === "there" || words[k - 2]?.norm === "there";
    if (!/^(?:[a-z]+|\d[\d,.]*)$/.test(w) || closedWords.has(w)) return false;
  }
  return false;
}

/** Roots of complaints and protests, made to one actor about another. */
const complaintRoots = new Set(["11", "14"]);
/** Words that introduce what a complaint is about. */
const aboutWords = new Set(["over", "about"]);
/** Words from the addressee to "over", and from "over" to the actor: "to the UN on Tuesday over two Israeli raids". */
const maxAboutGap = 4;

/** "to the United Nations", "to Iran": an actor a complaint is addressed to. */
function addressed(words: readonly Word[], slot: ActorSlot): boolean {
  const before = words[slot.first - 1]?.norm;
  return before === "to" || (before === "the" && words[slot.first - 2]?.norm === "to");
}

/** The actor a complaint is about: the first actor within a few words after "over" or "about", in the same clause. */
function complainedAbout(words: readonly Word[], slots: readonly ActorSlot[], from: number): ActorSlot | null {
  for (let j = from; j < words.length && j <= from + maxAboutGap; j++) {
    const w = (words[j] as Word).norm;
    if (!aboutWords.has(w)) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(w)) return null;
      continue;
    }
    const slot = slots.find((s) => s.first > j && s.first <= j + maxAboutGap);
    if (!slot) return null;
    const between = words.slice(j + 1, slot.first);
    return between.every((x) => /^[a-z0-9][a-z0-9-]*$/.test(x.norm)) ? slot : null;
  }
  return null;
}

/** Armed or police forces with no state, or of the state of the actor before them ("Israel ordered its army to"). */
function ownForces(object: ActorSlot, words: readonly Word[], slots: readonly ActorSlot[]): boolean {
  const agent = agentName(object);
  if (!agent || !["military", "police"].includes(agent)) return false;
  if (!object.country) return true;
  const before = slots.filter((s) => s.stop <= object.first && !s.agent).at(-1);
  return !before || before.country === object.country || words[object.first - 1]?.norm === "its";
}

/** The code once negation, modality and a governing verb are read; null when the sentence reports no event. */
function modalCode(code: string, group: VerbGroup, dictionary: EventDictionary): string | null {
  const governor = group.governor;
  // "The EU may halt mediation if the fighting goes on": a conditional act of conflict is a threat.
  if (group.conditional && !governor && !group.negated && isConflict(code))
    return deriveCode("threat", code, dictionary);
  if (group.hypothetical) return null;
  if (governor) {
    if (governor.negated || group.negated) return null;
    let frame = governor.frame;
    if (frame === "command") {
      if (isConflict(code)) return code;
      frame = "demand";
    }
    if (frame === "intent" && governor.object) frame = "appeal";
    if (frame === "intent" && isConflict(code)) frame = "threat";
    return deriveCode(frame, code, dictionary);
  }
  if (group.negated) return group.future && isCooperation(code) ? deriveCode("refusal", code, dictionary) : null;
  if (group.future) {
    if (isConflict(code)) return deriveCode("threat", code, dictionary);
    if (isCooperation(code)) return deriveCode("intent", code, dictionary);
  }
  return code;
}

function emit(
  article: EventInput,
  sentence: Sentence,
  words: readonly Word[],
  match: PatternMatch,
  group: VerbGroup,
  baseCode: string,
  sources: readonly Role[],
  target: Role | null,
  place: { name: string; country: string | null } | null,
  dictionary: EventDictionary,
): ArticleEvent[] {
  let code = baseCode;
  let targetRole = target;
  const first = sources[0] ?? null;
  if (meetingCodes.has(code)) {
    code = meetingCode(code, first?.slot.country ?? null, targetRole?.slot.country ?? null, place?.country ?? null);
    // One side meeting in another state visits it; two sides meeting there ("Israel and Hamas met in Cairo") meet
    // each other at a third location.
    const visited = sources.length < 2 && (code === "042" || code === "044");
    if (!targetRole && place?.country && place.country !== first?.slot.country && visited) {
      targetRole = { slot: placeSlot(place.country, words[match.head] as Word), inferred: true };
    }
  }
  // "India protested the incursion" (114), "forced the UN refugee agency out" (166): the actors pick the code.
  code = refineRoot(code, match.form.lemma, first?.slot ?? null, targetRole?.slot ?? null, article.mentions);
  const pairs: { source: Role | null; target: Role | null; reciprocal: boolean }[] = [];
  if (
    sources.length >= 2 &&
    !targetRole &&
    reciprocalRoots.has(cameoRoot(code)) &&
    !givingVerbs.has(match.form.lemma)
  ) {
    for (const a of sources)
      for (const b of sources) if (!sameActor(a.slot, b.slot)) pairs.push({ source: a, target: b, reciprocal: true });
  } else if (sources.length === 0) {
    pairs.push({ source: null, target: targetRole, reciprocal: false });
  } else {
    for (const source of sources) pairs.push({ source, target: targetRole, reciprocal: false });
  }

  const entry = dictionary.codes.get(code);
  if (!entry) return [];
  const governorHead = group.governor?.match.head ?? match.head;
  const verbStart = (words[Math.min(governorHead, match.head)] as Word).start;
  const verbEnd = (words[Math.max(match.stop, match.head + 1) - 1] as Word).end;
  const date = eventDate(article, sentence, verbStart);
  const out: ArticleEvent[] = [];
  for (const pair of pairs) {
    const { source, target: t } = sameStateSectors(pair.source, pair.target);
    if (source && t && sameActor(source.slot, t.slot)) continue;
    if (!source && !t) continue;
    if ((!source || !t) && !dictionary.codes.allowsOneActor(code)) continue;
    const spans: Span[] = [{ start: verbStart, end: verbEnd }];
    if (source && source.slot.start >= sentence.start) spans.push(source.slot);
    if (t && t.slot.start >= sentence.start && t.slot.end > t.slot.start) spans.push(t.slot);
    const inferred =
      pair.reciprocal ||
      !!source?.inferred ||
      !!t?.inferred ||
      source?.slot.evidence === "inferred" ||
      t?.slot.evidence === "inferred";
    const event: ArticleEvent = {
      start: Math.min(...spans.map((s) => s.start)),
      end: Math.max(...spans.map((s) => s.end)),
      source: source?.slot.actor ?? null,
      target: t?.slot.actor ?? null,
      code,
      label: entry.label,
      goldstein: entry.goldstein,
      date: date.value,
      place: place?.name ?? null,
      sentence: article.text.slice(sentence.start, sentence.end),
      evidence: (inferred ? "inferred" : "stated") satisfies Evidence,
      quad: entry.quad,
      verb: article.text.slice(verbStart, verbEnd),
      dateEvidence: date.evidence,
    };
    if (source) event.sourceSpan = { start: source.slot.start, end: source.slot.end };
    if (t && t.slot.end > t.slot.start) event.targetSpan = { start: t.slot.start, end: t.slot.end };
    if (group.negated) event.negated = true;
    out.push(event);
  }
  return out;
}

/**
 * "Russian police arrested Russian students": two sectors of one state are two actors, each named by its sector
 * ("agent:police:RUS" → "agent:students:RUS"); a state acting on a sector of its own ("Russia arrested Russian
 * activists") keeps its own id. Roles of distinct actors are returned unchanged.
 */
function sameStateSectors(source: Role | null, target: Role | null): { source: Role | null; target: Role | null } {
  if (!source || !target || source.slot.actor !== target.slot.actor) return { source, target };
  if (sameActor(source.slot, target.slot)) return { source, target };
  const bySector = (role: Role): Role => {
    const sector = role.slot.sector;
    const country = role.slot.country;
    return sector && country ? { ...role, slot: { ...role.slot, actor: `agent:${sector}:${country}` } } : role;
  };
  return { source: bySector(source), target: bySector(target) };
}

/** "met with X in Y": hosting when Y is the source's state, a visit when it is the target's, a third place else. */
function meetingCode(code: string, source: string | null, target: string | null, place: string | null): string {
  // "met … in Doha" reads as a third location (044) until the place turns out to be one side's own state.
  if ((code !== "040" && code !== "044") || !place) return code;
  if (place === source) return "043";
  if (place === target) return "042";
  return source && target ? "044" : code;
}

/** A stand-in slot for a state reached through a place ("visited Beirut" → Lebanon), with no span of its own. */
function placeSlot(country: string, at: Word): ActorSlot {
  return {
    actor: `country:${country}`,
    country,
    person: false,
    first: -1,
    stop: -1,
    start: at.start,
    end: at.start,
    evidence: "inferred",
  };
}

/** Words that say where something happened: "outside of the Iraqi city", "in eastern Beirut", "near Samarra". */
const wherePrepositions = new Set(["in", "near", "outside", "at", "of"]);
/** Words from "in" to the place it governs: "in a residential sector of mostly Christian eastern Beirut". */
const maxWhereGap = 6;

/**
 * The state where an event happened: of the first mention after the verb (not the target) that a "where"
 * preposition governs, over a few lower-case words ("outside of the Iraqi city", "in eastern Beirut"); null when
 * none is named.
 */
function placeState(
  words: readonly Word[],
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  from: number,
  target: ActorSlot,
): string | null {
  return placeMention(words, mentions, actors, from, target)?.country ?? null;
}

/** The mention behind `placeState`, with its state. */
function placeMention(
  words: readonly Word[],
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  from: number,
  target: ActorSlot,
): { country: string; mention: Mention } | null {
  const after = (words[from - 1] as Word).end;
  let at = from;
  for (const mention of mentions) {
    if (mention.start < after || mention.channel || mention.actor === target.actor) continue;
    const actor = actors.get(mention.actor);
    if (!actor?.country || actor.type === "person") continue;
    while (at < words.length && (words[at] as Word).start < mention.start) at++;
    for (let k = at - 1; k >= from && k >= at - maxWhereGap; k--) {
      const w = (words[k] as Word).norm;
      if (wherePrepositions.has(w)) return { country: actor.country, mention };
      if (!/^[a-z][a-z-]*$/.test(w)) break;
    }
  }
  return null;
}

/** The authorities of a state, standing on the mention of the place where they acted ("… in Italy"). */
function authoritiesSlot(country: string, mention: Mention): ActorSlot {
  return {
    actor: `agent:government:${country}`,
    country,
    person: false,
    first: -1,
    stop: -1,
    start: mention.start,
    end: mention.end,
    evidence: "inferred",
  };
}

/** Words that end the clause of a verb when looking for where it happened. */
const placeClauseEnds = new Set([",", ";", ":", "(", "which", "who", "where", "after", "before", "while", "but"]);

/**
 * "killed 23 people … when they blew themselves up in Tel Aviv": the state of a place named right after "in", "at"
 * or "near" (over "the"), in the verb's clause; not of an adjective ("in the Russian war"). Null when none.
 */
/** Nouns of an attack whose object after "on" is where it happened: "in the attack on Israel". */
const attackNouns = new Set(["attack", "assault", "raid", "strike", "offensive", "incursion", "invasion"]);
const aimedAt = new Set(["on", "against"]);

function clausePlaceState(
  words: readonly Word[],
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  from: number,
): string | null {
  for (let j = from; j < words.length; j++) {
    const w = (words[j] as Word).norm;
    if (placeClauseEnds.has(w)) return null;
    if (w !== "in" && w !== "at" && w !== "near") continue;
    let at = words[j + 1]?.norm === "the" ? j + 2 : j + 1;
    // "in the attack on Israel", "in an assault against Kabul": where the attack was aimed.
    if (attackNouns.has(words[at]?.norm ?? "") && aimedAt.has(words[at + 1]?.norm ?? "")) at += 2;
    else if (
      words[j + 1]?.norm === "an" &&
      attackNouns.has(words[j + 2]?.norm ?? "") &&
      aimedAt.has(words[j + 3]?.norm ?? "")
    )
      at = j + 4;
    const start = words[at]?.start;
    const mention = mentions.find((m) => m.start === start && !m.channel);
    const actor = mention ? actors.get(mention.actor) : undefined;
    if (!mention || !actor?.country || actor.type === "person") continue;
    const next = words.find((x) => x.start >= mention.end)?.norm ?? "";
    if (/^[a-z]/.test(next) && !closedAfterPlace.has(next)) continue;
    return actor.country;
  }
  return null;
}
/** Words after a place name that show it is no adjective: "in Tel Aviv in the…", "in Gaza on Monday". */
const closedAfterPlace = new Set([
  "in",
  "on",
  "at",
  "and",
  "or",
  "near",
  "during",
  "after",
  "before",
  "when",
  "as",
  "last",
  "this",
  "late",
  "early",
  "yesterday",
  "today",
]);

/** A stand-in source for attackers no one names, of the state where they struck; no span of its own. */
function unidentifiedSlot(country: string, at: Word): ActorSlot {
  return { ...placeSlot(country, at), actor: `agent:unidentified:${country}`, country };
}

/** The place mention of the sentence nearest after the verb, else the first. */
function findPlace(
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  head: number,
  words: readonly Word[],
): { name: string; country: string | null } | null {
  const places = mentions.filter((m) => m.kind === "place");
  if (places.length === 0) return null;
  const at = (words[head] as Word).start;
  // A place after "in"/"at"/"near" says where; the nearest such to the verb, before or after it ("talks opened in
  // Doha…, with Israeli negotiators sitting down…", not a later "the group that governs Gaza").
  const located = places.filter((p) => wherePrepositions.has(wordBefore(words, p.start)));
  const nearest = located.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  const chosen = nearest ?? places.find((p) => p.start > at) ?? (places[0] as Mention);
  const actor = actors.get(chosen.actor);
  return { name: actor?.name ?? chosen.text, country: actor?.country ?? null };
}

/** The lower-cased word right before a character offset, or "". */
function wordBefore(words: readonly Word[], start: number): string {
  let before = "";
  for (const word of words) {
    if (word.end > start) break;
    before = word.norm;
  }
  return before;
}

/** The sentence's date expression nearest the verb, else the publication date (inferred). */
function eventDate(article: EventInput, sentence: Sentence, at: number): { value: string | null; evidence: Evidence } {
  let best: { value: string; distance: number; evidence: Evidence } | null = null;
  for (const time of article.times) {
    if (time.start < sentence.start || time.end > sentence.end || !time.value || !/^\d{4}/.test(time.value)) continue;
    if (time.precision === "duration" || time.precision === "set") continue;
    const distance = Math.abs(time.start - at);
    if (!best || distance < best.distance) best = { value: time.value, distance, evidence: time.evidence };
  }
  if (best) return { value: best.value, evidence: best.evidence };
  const published = article.meta.published;
  return { value: published ? published.slice(0, 10) : null, evidence: "inferred" };
}
