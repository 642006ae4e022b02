import type { ActorSlot } from "./actorSlots.js";
import { contestReading } from "./contestReading.js";
import type { EventDictionary, PatternElement, VerbForm, VerbPattern } from "./eventDictionary.js";
import { patternWords } from "./patternWords.js";
import type { PatternWords } from "./patternWords.js";
import type { Word } from "./tokenizeSentence.js";

/** A verb pattern found at a head word. */
export interface PatternMatch {
  pattern: VerbPattern;
  form: VerbForm;
  head: number;
  /** One past the last word the pattern used. */
  stop: number;
  /** The slot the pattern's {target} matched. */
  target: ActorSlot | null;
}

/** Words a gap between pattern elements may not cross. */
const gapBreakers = new Set([",", ";", ":", ".", "!", "?", "(", ")", "—", "–"]);
/** Words that do not count toward a gap: articles and amounts ("an 800 million dollar", "5.1 million dollars of"). */
const lightGapWords = new Set(["a", "an", "the", "its", "their", "million", "billion", "thousand", "hundred", "of"]);
/** At most this many words between two elements. */
const maxGap = 4;
/** Before a {target} only determiners and the like may intervene. */
const maxTargetGap = 2;

/** Words before a verb-looking word that make it a noun: "the attack", "an air strike", "its visit". */
const determiners = new Set([
  "a",
  "an",
  "the",
  "this",
  "these",
  "those",
  "its",
  "their",
  "his",
  "her",
  "our",
  "my",
  "your",
  "any",
  "no",
  "every",
  "each",
  "such",
  "another",
  "'s",
  "of",
  "first",
  "latest",
  "new",
  "recent",
  "further",
  "more",
  "fresh",
  "last",
]);

/**
 * The best verb pattern headed at each word, in word order. A word inside an earlier match does not head another
 * ("carried out a suicide bombing" is one event). Nouns that look like verbs ("the attack") head nothing.
 *
 * `formsOf`, when given, holds `dictionary.forms` of each word, and `numbers` its `patternWordNumbers` entry (-1 or
 * undefined for none), already looked up by the caller.
 *
 * @example matchPatterns(words, slots, dictionary) // → [{ pattern: "hold talks" → 046, head: 3, stop: 5, … }]
 */
export function matchPatterns(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  dictionary: EventDictionary,
  formsOf?: ReadonlyArray<readonly VerbForm[] | undefined>,
  numbers?: ReadonlyArray<number | undefined>,
): PatternMatch[] {
  const slotAt = new Map<number, ActorSlot>();
  for (const slot of slots) slotAt.set(slot.first, slot);
  const classes = wordClasses(words, dictionary.forms, formsOf);
  for (const slot of slots) for (let j = slot.first; j < slot.stop && j < words.length; j++) classes.slotOver[j] = slot;
  const matches: PatternMatch[] = [];
  let consumedUntil = 0;
  // Read on the first verb tried: which patterns have their words after it at all.
  let read: PatternWords | null = null;
  for (let head = 0; head < words.length; head++) {
    if (head < consumedUntil) continue;
    const forms = classes.forms[head];
    if (!forms || slotCovers(slots, head) || forms.every((f) => looksLikeNoun(words, head, f, slots, dictionary.forms)))
      continue;
    let best: PatternMatch | null = null;
    read ??= patternWords(words, dictionary, numbers);
    for (const form of forms) {
      const patterns = dictionary.patterns.get(form.lemma) ?? [];
      const elements = read.elementsOf(form.lemma);
      for (let k = 0; k < patterns.length; k++) {
        const pattern = patterns[k] as VerbPattern;
        if (!read.possible(elements, k, head)) continue;
        const found = matchAt(words, head, pattern, slotAt, classes);
        // "Japan beat Germany in the final", "took over the EU presidency": a game or an office, not force.
        if (!found || contestReading(words, pattern, found.stop)) continue;
        if (!best || better(pattern, best.pattern)) best = { pattern, form, head, ...found };
      }
      const fronted = frontedPassiveMatch(words, head, form, dictionary, slotAt, classes);
      if (fronted && (!best || better(fronted.pattern, best.pattern))) best = fronted;
      const light = lightVerbMatch(words, head, form, slots, slotAt, dictionary, classes);
      if (light && (!best || better(light.pattern, best.pattern))) best = light;
    }
    if (best) {
      matches.push(best);
      consumedUntil = best.pattern.literals > 0 ? best.stop : head + 1;
    } else if (forms.some((f) => dictionary.frames.has(f.lemma))) {
      // A frame verb with no pattern of its own ("intend", "plan") still governs what follows.
      const form = forms.find((f) => dictionary.frames.has(f.lemma)) as VerbForm;
      matches.push({ pattern: frameOnly(form.lemma), form, head, stop: head + 1, target: null });
    }
  }
  return matches;
}

/** Words between a light verb and its event noun: "made an urgent appeal", "issued a stern warning". */
const maxLightGap = 3;
/** Words of that gap that never modify a noun. */
const notModifiers = new Set([
  "to",
  "and",
  "or",
  "but",
  "that",
  "which",
  "who",
  "as",
  "by",
  "with",
  "for",
  "on",
  "in",
  "at",
]);
const lightDeterminers = new Set(["a", "an", "the", "its", "their", "his", "her", "fresh", "new", "further", "more"]);

/**
 * "made an urgent appeal for aid", "issued a warning", "ordered the arrest of": a light verb whose event is named by
 * the noun after it. The noun's verb patterns are matched from the noun, and count one word more than the verb's
 * own patterns (so "issue warning" and "warn" tie, and the more specific code wins). Null when no event noun follows
 * within a few modifiers, or an actor or punctuation stands between.
 */
function lightVerbMatch(
  words: readonly Word[],
  head: number,
  form: VerbForm,
  slots: readonly ActorSlot[],
  slotAt: ReadonlyMap<number, ActorSlot>,
  dictionary: EventDictionary,
  classes: WordClasses,
): PatternMatch | null {
  const variants = dictionary.lightVerbs.get(form.lemma);
  if (!variants) return null;
  let best: PatternMatch | null = null;
  for (const particles of variants) {
    let at = head + 1;
    if (!particles.every((p, k) => words[at + k]?.norm === p)) continue;
    at += particles.length;
    let noun = -1;
    for (let j = at; j < words.length && j <= at + maxLightGap; j++) {
      const w = (words[j] as Word).norm;
      if (dictionary.eventNouns.has(w)) {
        noun = j;
        break;
      }
      // "made no appeal": a negated noun names no event.
      if (w === "no" || slotCovers(slots, j) || notModifiers.has(w) || !(/^[a-z][a-z-]*$/.test(w) || /^\d/.test(w)))
        break;
      if (dictionary.forms.has(w) && !lightDeterminers.has(w) && !w.endsWith("ed")) break;
    }
    if (noun < 0) continue;
    const verb = dictionary.eventNouns.get((words[noun] as Word).norm) as string;
    for (const pattern of dictionary.patterns.get(verb) ?? []) {
      const found = matchAt(words, noun, pattern, slotAt, classes);
      if (!found) continue;
      const candidate: VerbPattern = {
        ...pattern,
        literals: pattern.literals + 1 + particles.length,
        source: `${form.lemma} ${words[noun]?.norm ?? ""}: ${pattern.source}`,
      };
      if (!best || better(candidate, best.pattern)) best = { pattern: candidate, form, head, ...found };
    }
  }
  return best;
}

/** Auxiliaries of a passive: "sanctions were imposed", "talks have been held". */
const passiveAuxiliaries = new Set(["was", "were", "is", "are", "be", "been", "being"]);
/** Words from a fronted pattern noun to its auxiliary: "new sanctions on Iran were imposed" is not read. */
const maxFrontedGap = 1;

/**
 * "Sanctions were imposed on Iran by the United States", "talks were held between Israel and Syria": a passive
 * whose subject is the pattern's first word. The rest of the pattern is matched after the participle, and the
 * pattern counts its words as in the active.
 */
function frontedPassiveMatch(
  words: readonly Word[],
  head: number,
  form: VerbForm,
  dictionary: EventDictionary,
  slotAt: ReadonlyMap<number, ActorSlot>,
  classes: WordClasses,
): PatternMatch | null {
  if (form.kind !== "past" && form.kind !== "participle") return null;
  let aux = head - 1;
  if (!passiveAuxiliaries.has(words[aux]?.norm ?? "")) return null;
  // "have been held": the auxiliary chain.
  while (aux > 0 && /^(?:has|have|had|will|would|to)$/.test(words[aux - 1]?.norm ?? "")) aux--;
  let best: PatternMatch | null = null;
  for (const pattern of dictionary.patterns.get(form.lemma) ?? []) {
    const first = pattern.elements[0];
    if (!first || first.kind !== "words") continue;
    let noun = -1;
    for (let j = aux - 1; j >= 0 && j >= aux - 1 - maxFrontedGap; j--) {
      if (first.words.has((words[j] as Word).norm)) {
        noun = j;
        break;
      }
    }
    if (noun < 0) continue;
    const rest: VerbPattern = { ...pattern, elements: pattern.elements.slice(1) };
    const found = matchAt(words, head, rest, slotAt, classes);
    if (!found) continue;
    const target = found.target ?? prepositionalActor(words, found.stop, slotAt);
    if (!best || better(pattern, best.pattern)) best = { pattern, form, head, stop: found.stop, target };
  }
  return best;
}

/** Prepositions whose actor a fronted passive acts on: "imposed on Iran", "held between Israel and Syria". */
const objectPrepositions = new Set(["on", "against", "with", "between", "to", "upon", "toward", "towards"]);

/** The actor right after one of `objectPrepositions` at `from` ("on the Iranian regime"), else null. */
function prepositionalActor(
  words: readonly Word[],
  from: number,
  slotAt: ReadonlyMap<number, ActorSlot>,
): ActorSlot | null {
  if (!objectPrepositions.has(words[from]?.norm ?? "")) return null;
  for (let j = from + 1; j <= from + 1 + maxTargetGap && j < words.length; j++) {
    const slot = slotAt.get(j);
    if (slot) return slot;
    if (!lightGapWords.has((words[j] as Word).norm)) return null;
  }
  return null;
}

/** A placeholder for a frame verb without an event of its own; it never becomes an event. */
function frameOnly(lemma: string): VerbPattern {
  return { code: "", lemma, elements: [], literals: 0, order: Number.MAX_SAFE_INTEGER, source: lemma };
}

function better(a: VerbPattern, b: VerbPattern): boolean {
  if (a.literals !== b.literals) return a.literals > b.literals;
  const specific = (code: string): number => code.length * 2 - (code.endsWith("0") ? 1 : 0);
  if (specific(a.code) !== specific(b.code)) return specific(a.code) > specific(b.code);
  return a.order < b.order;
}

/**
 * What `matchAt` asks of each word of the sentence, looked up once per sentence rather than once per pattern tried
 * (a verb may have dozens of patterns).
 */
interface WordClasses {
  /** The verb forms each word may be. */
  forms: Array<readonly VerbForm[] | undefined>;
  /** Articles, amounts and numbers: they do not count toward a gap. */
  light: Uint8Array;
  /** Punctuation a gap may not cross. */
  breaker: Uint8Array;
  /** The actor slot covering each word, if any. */
  slotOver: Array<ActorSlot | undefined>;
}

function wordClasses(
  words: readonly Word[],
  forms: EventDictionary["forms"],
  formsOf?: ReadonlyArray<readonly VerbForm[] | undefined>,
): WordClasses {
  const classes: WordClasses = {
    forms: new Array<readonly VerbForm[] | undefined>(words.length),
    light: new Uint8Array(words.length),
    breaker: new Uint8Array(words.length),
    slotOver: new Array<ActorSlot | undefined>(words.length),
  };
  words.forEach((word, j) => {
    const norm = word.norm;
    classes.forms[j] = formsOf === undefined ? forms.get(norm) : formsOf[j];
    const first = norm.charCodeAt(0);
    if (lightGapWords.has(norm) || (first >= 48 && first <= 57)) classes.light[j] = 1;
    if (gapBreakers.has(norm)) classes.breaker[j] = 1;
  });
  return classes;
}

function isOtherVerb(word: Word, found: readonly VerbForm[] | undefined, pattern: VerbPattern): boolean {
  return !!found && !pattern.elements.some((e) => e.kind === "words" && e.words.has(word.norm));
}

function matchAt(
  words: readonly Word[],
  head: number,
  pattern: VerbPattern,
  slotAt: ReadonlyMap<number, ActorSlot>,
  classes: WordClasses,
): { stop: number; target: ActorSlot | null } | null {
  let at = head + 1;
  let target: ActorSlot | null = null;
  /** An actor a pattern word stood on: "dispersed protesters", "clashed with demonstrators". */
  let consumed: ActorSlot | null = null;
  for (const element of pattern.elements) {
    const limit = element.kind === "target" ? maxTargetGap : maxGap;
    let found = -1;
    let counted = 0;
    for (let j = at; j < words.length && counted <= limit; j++) {
      if (element.kind === "target" ? slotAt.has(j) : element.words.has((words[j] as Word).norm)) {
        found = j;
        break;
      }
      // Articles and amounts do not count toward the gap: "signed an 800 million dollar trade protocol".
      if (element.kind === "target" || classes.light[j] !== 1) counted++;
      // A gap stops at punctuation and at another verb ("agreed to cooperate … with India" is not "agree with"),
      // but not at a verb form modifying the very word sought ("staged mass demonstrations", "a planned visit").
      if (classes.breaker[j] === 1) {
        // "forced the UN refugee agency, UNHCR, out of": an actor's name between commas is an apposition.
        const close = apposition(words, j, slotAt);
        if (close < 0) break;
        j = close;
        continue;
      }
      const verbForms = classes.forms[j];
      if (
        isOtherVerb(words[j] as Word, verbForms, pattern) &&
        !modifies(words[j + 1], element) &&
        !modifiesOver(words, j, verbForms, element, classes)
      ) {
        // "hand over alleged bombers": a participle right before the target modifies it.
        const participle = verbForms?.some((f) => f.kind === "past" || f.kind === "participle");
        if (!(element.kind === "target" && participle && slotAt.has(j + 1))) break;
      }
    }
    if (found < 0) return null;
    // "urged Iran to release", "accused Rwanda of spying": an actor the pattern stepped over is its target.
    if (element.kind === "words" && !target) target = firstSlotIn(slotAt, at, found);
    if (element.kind === "words") consumed ??= classes.slotOver[found] ?? null;
    if (element.kind === "target") {
      target = slotAt.get(found) ?? null;
      at = target ? target.stop : found + 1;
    } else {
      at = found + 1;
    }
  }
  // "Kenyan police dispersed protesters": the actor the pattern's own word names is its target, unless another
  // actor follows at once, or it is the acting side's forces ("deployed troops").
  if (!target && consumed && !ownForcesWord(consumed) && !actorFollows(at, slotAt, classes)) target = consumed;
  return { stop: at, target };
}

/** The closing comma of ", ACTOR," opening at `comma`, or -1. */
function apposition(words: readonly Word[], comma: number, slotAt: ReadonlyMap<number, ActorSlot>): number {
  if (words[comma]?.norm !== ",") return -1;
  const slot = slotAt.get(comma + 1);
  return slot && words[slot.stop]?.norm === "," ? slot.stop : -1;
}

/**
 * Actors a pattern word may name that are not what the act is done to: the source's own forces and envoys ("deploy
 * troops", "send inspectors", "form a government"), and persons held for another ("release the hostages" is done
 * to the state they belong to), and civilians, whose state is where it happens ("displaced civilians in Darfur").
 */
const forceAgents = new Set([
  "military",
  "police",
  "government",
  "peacekeepers",
  "inspectors",
  "hostages",
  "prisoners",
  "civilians",
]);

function ownForcesWord(slot: ActorSlot): boolean {
  return forceAgents.has(slot.agent?.name ?? slot.sector ?? "");
}

/** Whether an actor starts within a {target}'s reach after `from`, with no punctuation between. */
function actorFollows(from: number, slotAt: ReadonlyMap<number, ActorSlot>, classes: WordClasses): boolean {
  for (let j = from, counted = 0; j < classes.breaker.length && counted <= maxTargetGap; j++, counted++) {
    if (slotAt.has(j)) return true;
    if (classes.breaker[j] === 1) return false;
  }
  return false;
}

function modifies(next: Word | undefined, element: PatternElement): boolean {
  return !!next && element.kind === "words" && element.words.has(next.norm);
}

/**
 * "abandon improved economic relations": a past participle, then one or two lower-case words that are no verbs, then
 * the word sought: the participle modifies it, and the gap goes on.
 */
function modifiesOver(
  words: readonly Word[],
  j: number,
  verbForms: readonly VerbForm[] | undefined,
  element: PatternElement,
  classes: WordClasses,
): boolean {
  if (!verbForms?.some((f) => f.kind === "past" || f.kind === "participle")) return false;
  // "cancelled and planned a visit": a participle after a conjunction is a verb of its own.
  if (nonModifiers.has(words[j - 1]?.norm ?? "")) return false;
  for (let k = j + 1; k <= j + maxModifiersOver; k++) {
    const between = words[k]?.norm ?? "";
    if (!/^[a-z][a-z-]*$/.test(between) || classes.forms[k] || classes.breaker[k] === 1 || classes.light[k] === 1)
      return false;
    if (modifies(words[k + 1], element)) return true;
  }
  return false;
}
/** Lower-case words between a participle and the noun it modifies: "improved global economic relations". */
const maxModifiersOver = 2;

function firstSlotIn(slotAt: ReadonlyMap<number, ActorSlot>, from: number, to: number): ActorSlot | null {
  for (let j = from; j < to; j++) {
    const slot = slotAt.get(j);
    if (slot) return slot;
  }
  return null;
}

/** Whether word `j`, right before the base form at `head`, is a one-word actor named in the plural ("Palestinians"). */
function pluralPeople(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  j: number,
  head: number,
  form: VerbForm,
): boolean {
  if (j !== head - 1 || form.kind !== "base" || !peoplePlural.test(words[j]?.norm ?? "")) return false;
  return slots.some((s) => s.first === j && s.stop === j + 1 && !s.agent);
}
/** A people named in the plural: "Palestinians", "Israelis", "Republicans" (not "Chinese", singular or plural). */
const peoplePlural = /^[a-z]+(?:ans|is)$/;

function slotCovers(slots: readonly ActorSlot[], index: number): boolean {
  return slots.some((s) => s.first <= index && index < s.stop);
}

/**
 * "the attack", "two strikes", "US-led strikes", and — for forms a noun shares (attack, attacks, bombing) — a
 * determiner a few words back with only modifiers between ("the chemical attacks", "an Israeli air strike").
 */
function looksLikeNoun(
  words: readonly Word[],
  head: number,
  form: VerbForm,
  slots: readonly ActorSlot[],
  forms: EventDictionary["forms"],
): boolean {
  const before = words[head - 1]?.norm;
  // "on March 12", "in March 2011": a month, not the verb.
  if (monthVerbs.has(words[head]?.norm ?? "") && /^\d/.test(words[head + 1]?.norm ?? "")) return true;
  if (form.kind === "past" || form.kind === "participle") {
    if (adjectivalParticiple(words, head, slots, forms)) return true;
  }
  // A noun is spelt like a base or -s form, never like a past: "Thousands of Iraqi Kurds demonstrated".
  if ((form.kind === "base" || form.kind === "s") && afterDemonym(words, head, slots, forms)) return true;
  if (!before) return false;
  if (determiners.has(before) || /^\d/.test(before) || before.endsWith("-led")) return true;
  // "in protest", "in retaliation for", "in support of": a base form after "in" is a noun.
  if (before === "in" && form.kind === "base") return true;
  if (form.kind === "past" || form.kind === "participle") return false;
  // "sent humanitarian aid": a modifier after an event verb, then the noun.
  if (
    /^[a-z]+$/.test(before) &&
    !nonModifiers.has(before) &&
    !forms.has(before) &&
    forms.has(words[head - 2]?.norm ?? "")
  )
    return true;
  for (let j = head - 1; j >= 0 && j >= head - 3; j--) {
    const w = (words[j] as Word).norm;
    if (determiners.has(w)) return true;
    if (!/^[a-z][a-z-]*$/.test(w) || nonModifiers.has(w)) return false;
    // "The Palestinians reject…": a people named in the plural heads the noun phrase; a base form after it is its
    // verb, not a noun it modifies ("the Palestinian attack").
    if (pluralPeople(words, slots, j, head, form)) return false;
    if (slots.some((s) => s.first <= j && j < s.stop && !s.agent && s.stop - s.first === 1 && j === s.first)) continue;
    if (slots.some((s) => s.first <= j && j < s.stop)) return false;
  }
  return false;
}

/** Verb forms that are also month names. */
const monthVerbs = new Set(["march"]);
/** Words from a preposition to the noun: "of American liquefied natural gas". */
const maxDemonymPhrase = 4;

/**
 * "killed by Israeli strikes", "in Russian attacks", "purchases of American liquefied natural gas": a preposition,
 * a state's adjective and perhaps a few lower-case modifiers before a verb-looking word make it a noun.
 */
function afterDemonym(
  words: readonly Word[],
  head: number,
  slots: readonly ActorSlot[],
  forms: EventDictionary["forms"],
): boolean {
  let adjective = false;
  for (let j = head - 1; j >= 0 && j >= head - maxDemonymPhrase; j--) {
    const w = (words[j] as Word).norm;
    if (nounPrepositions.has(w)) return adjective;
    // A plural between is the noun phrase's head, and the word after it a verb: "of Iraqi Kurds demonstrate".
    if (adjective || !/^[a-z][a-z-]*$/.test(w) || nonModifiers.has(w) || forms.has(w) || w.endsWith("s")) return false;
    if (demonym.test(w) && slots.some((s) => s.first === j && s.stop === j + 1 && !s.agent)) adjective = true;
  }
  return false;
}

/** A state's adjective: "Israeli", "Russian", "Chinese", "British" (not its name: "in Syria attack…" may be a verb). */
const demonym = /^[a-z]+(?:an|ese|ish|i)$/;
/** Prepositions that take a noun phrase: a verb-looking word after one and a demonym is a noun ("by Israeli strikes"). */
const nounPrepositions = new Set(["by", "in", "of", "from", "with", "against", "after", "during", "amid", "for"]);

/** Words after which a participle before a noun modifies it: "hand over alleged bombers", "for jailed activists". */
const adjectiveOpeners = new Set(["over", "of", "to", "for", "with", "against", "on", "from", "about", "into", "and"]);

/**
 * "hand over alleged bombers", "Detained activists were freed": a past participle that opens the sentence or follows
 * a preposition, right before a lower-case noun, is an adjective, not a verb.
 */
function adjectivalParticiple(
  words: readonly Word[],
  head: number,
  slots: readonly ActorSlot[],
  forms: EventDictionary["forms"],
): boolean {
  const next = words[head + 1]?.norm ?? "";
  // "reject proposed Israeli changes", "condemned renewed attacks": right after a verb, a participle before a noun
  // phrase modifies it (two finite verbs do not follow each other).
  if (afterVerbModifier(words, head, slots, forms)) return true;
  if (!/^[a-z][a-z]+$/.test(next) || nonModifiers.has(next) || determiners.has(next) || forms.has(next)) return false;
  if (slotCovers(slots, head + 1) && !slots.some((s) => s.first === head + 1 && s.agent)) return false;
  const before = words[head - 1]?.norm;
  // "arrested the protesters and attacked journalists": after an actor and "and", a second verb, not an adjective.
  if (before === "and" && slotCovers(slots, head - 2)) return false;
  return before === undefined || adjectiveOpeners.has(before);
}

/**
 * "The Palestinians reject proposed Israeli changes": a past participle right after another dictionary verb form (no
 * auxiliary, no conjunction between), before a lower-case noun or a state's adjective and a noun, is an adjective.
 */
function afterVerbModifier(
  words: readonly Word[],
  head: number,
  slots: readonly ActorSlot[],
  forms: EventDictionary["forms"],
): boolean {
  const before = words[head - 1]?.norm ?? "";
  // "sexually abused": an adverb listed as a pattern's first word is no verb before the participle.
  if (!forms.has(before) || before.endsWith("ly") || nonModifiers.has(before) || slotCovers(slots, head - 1))
    return false;
  let at = head + 1;
  const adjective = slots.find((s) => s.first === at && s.stop === at + 1 && !s.agent);
  if (adjective) at++;
  const noun = words[at]?.norm ?? "";
  // A noun spelt like a verb is fine ("changes", "attacks"); a past or -ing form after the participle is no noun.
  if (!/^[a-z][a-z]+$/.test(noun) || nonModifiers.has(noun) || determiners.has(noun) || /(?:ed|ing)$/.test(noun))
    return false;
  return !slotCovers(slots, at) || slots.some((s) => s.first === at && s.agent);
}

/** Words that cannot sit between a determiner and its noun: auxiliaries, pronouns, conjunctions, prepositions. */
const nonModifiers = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
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
  "shall",
  "did",
  "does",
  "do",
  "not",
  "n't",
  "to",
  "and",
  "or",
  "but",
  "that",
  "which",
  "who",
  "it",
  "they",
  "he",
  "she",
  "we",
  "in",
  "on",
  "at",
  "by",
  "for",
  "with",
  "from",
  "of",
  "against",
]);
