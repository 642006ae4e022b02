import type { EventDictionary, FrameKind } from "./eventDictionary.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";
import type { ActorSlot } from "./actorSlots.js";

/** What the words before an event verb say about it. */
export interface VerbGroup {
  /** Index of the first word of the group (auxiliaries, negation, adverbs), where the subject ends. */
  first: number;
  negated: boolean;
  /** will, shall, would, 'll, "is going to", "is set to", "is expected to". */
  future: boolean;
  /** may, might, could, should, can, must, or inside an "if" clause. */
  hypothetical: boolean;
  /** must, should: what someone requires of the subject ("Sudan must return the helicopter"). */
  obligation: boolean;
  /** may, might, could with an "if"/"unless" clause after the verb: a conditional act ("may halt talks if…"). */
  conditional: boolean;
  passive: boolean;
  /** The verb governing this one through "to" ("threatened to strike"), with its frame. */
  governor: { match: PatternMatch; frame: FrameKind; object: ActorSlot | null; negated: boolean } | null;
  /** A participle after a comma or a gerund after a preposition: "…, killing eight", "of helping militants". */
  adjunct: "participle" | "complement" | null;
}

const beForms = new Set(["be", "is", "are", "was", "were", "been", "being", "'s", "am"]);
const haveForms = new Set(["have", "has", "had", "having"]);
const doForms = new Set(["do", "does", "did"]);
const futureModals = new Set(["will", "shall", "would", "'ll", "wo"]);
const hypotheticalModals = new Set(["may", "might", "could", "should", "can", "must", "ca"]);
const negations = new Set(["not", "n't", "never"]);
/** Adverbs that sit inside a verb group without changing it. */
const groupAdverbs = new Set([
  "also",
  "already",
  "reportedly",
  "allegedly",
  "still",
  "just",
  "now",
  "again",
  "further",
  "then",
  "finally",
  "jointly",
  "formally",
  "officially",
  "repeatedly",
  "recently",
  "previously",
  "later",
  "soon",
  "once",
  "twice",
  "swiftly",
  "quickly",
  "immediately",
  "publicly",
  "openly",
  "strongly",
  "sharply",
  "even",
  "only",
  "apparently",
  "effectively",
  "initially",
  "themselves",
  "itself",
  "all",
  "both",
  "each",
  "yesterday",
  "today",
]);
/** "is set to", "is expected to", "is due to", "is about to", "is going to", "is scheduled to": future. */
const futureFrames = new Set([
  "set",
  "expected",
  "due",
  "about",
  "going",
  "scheduled",
  "poised",
  "likely",
  "ready",
  "prepared",
  "willing",
  "determined",
  "eager",
  "keen",
  "unwilling",
]);
/** "is unwilling to": a future frame that negates what it governs (a refusal, for cooperation). */
const negatingFrames = new Set(["unwilling"]);
const prepositions = new Set([
  "of",
  "for",
  "by",
  "in",
  "on",
  "after",
  "before",
  "while",
  "without",
  "from",
  "about",
  "against",
  "with",
  "at",
]);
/** Participles that, after "be" and before "to", are adjectives with an active meaning: "is opposed to". */
const adjectivalParticiples = new Set(["opposed", "committed", "dedicated", "devoted", "resigned"]);
const obligationModals = new Set(["must", "should"]);
/** Modals of possibility that, with a condition after the verb, state what the subject is ready to do. */
const possibilityModals = new Set(["may", "might", "could"]);
/** Words of an object's noun phrase a governing verb may stand before ("ordered the opposition newspaper X to"). */
const maxObjectModifiers = 3;
/** Frames whose verb takes the one who is to act as its object: "urged him to", "told Iran to", "ordered them to". */
const objectTakingFrames = new Set<FrameKind>(["appeal", "demand", "command"]);
const hypotheticalOpeners = new Set(["if", "unless", "whether"]);
const clauseBreakers = new Set([";", ":", ".", "!", "?"]);

const coveredCache = new WeakMap<readonly ActorSlot[], ReadonlySet<number>>();

/** The word indices inside the sentence's actor slots, built once per sentence (every match of it shares `slots`). */
function coveredWords(slots: readonly ActorSlot[]): ReadonlySet<number> {
  let covered = coveredCache.get(slots);
  if (covered === undefined) {
    const set = new Set<number>();
    for (const slot of slots) for (let k = slot.first; k < slot.stop; k++) set.add(k);
    covered = set;
    coveredCache.set(slots, covered);
  }
  return covered;
}

/**
 * Reads the auxiliaries, negation, modality, voice and governing verb to the left of an event verb.
 *
 * @example verbGroup(words("Iran did not strike"), match at "strike") // → { negated: true, first: 1, … }
 */
export function verbGroup(
  words: readonly Word[],
  match: PatternMatch,
  matches: readonly PatternMatch[],
  slots: readonly ActorSlot[],
  dictionary: EventDictionary,
): VerbGroup {
  const group: VerbGroup = {
    first: match.head,
    negated: false,
    future: false,
    hypothetical: false,
    obligation: false,
    conditional: false,
    passive: false,
    governor: null,
    adjunct: null,
  };
  let possibility = false;
  let j = match.head - 1;
  let sawBe = false;
  let infinitive = false;
  const covered = coveredWords(slots);
  for (; j >= 0; j--) {
    const w = (words[j] as Word).norm;
    if (covered.has(j)) break;
    if (negations.has(w)) group.negated = true;
    else if (w === "longer" && words[j - 1]?.norm === "no") {
      group.negated = true;
      j--;
    } else if (futureModals.has(w)) group.future = true;
    else if (hypotheticalModals.has(w)) {
      group.hypothetical = true;
      if (obligationModals.has(w)) group.obligation = true;
      if (possibilityModals.has(w)) possibility = true;
    } else if (beForms.has(w)) sawBe = true;
    else if (haveForms.has(w) || doForms.has(w) || groupAdverbs.has(w) || w.endsWith("ly")) {
      // auxiliaries and adverbs: part of the group
    } else if (w === "to") {
      infinitive = true;
      j--;
      break;
    } else break;
  }
  group.first = j + 1;
  const kind = match.form.kind;
  // "Israel is opposed to French mediation": an adjective, active in meaning.
  const adjectival =
    adjectivalParticiples.has((words[match.head] as Word).norm) && words[match.head + 1]?.norm === "to";
  // A base form after "be" is a participle spelt like its lemma: "has been put under investigation", "was hit".
  group.passive = sawBe && (kind === "past" || kind === "participle" || kind === "base") && !adjectival;

  if (infinitive) readGovernor(words, match, matches, slots, dictionary, j, group, covered);
  else if (kind === "ing" && group.first === match.head) {
    const before = words[match.head - 1]?.norm ?? "";
    if (before === ",") group.adjunct = "participle";
    else if (prepositions.has(before)) group.adjunct = "complement";
  }
  if (!group.hypothetical && inHypotheticalClause(words, group.first)) group.hypothetical = true;
  else if (possibility && conditionFollows(words, match.stop)) group.conditional = true;
  return group;
}

/** `at` is the word before "to": the governing verb, perhaps after its object ("urged Iran to"), or "is set to". */
function readGovernor(
  words: readonly Word[],
  match: PatternMatch,
  matches: readonly PatternMatch[],
  slots: readonly ActorSlot[],
  dictionary: EventDictionary,
  at: number,
  group: VerbGroup,
  covered: ReadonlySet<number>,
): void {
  const before = words[at]?.norm ?? "";
  if (futureFrames.has(before) && beForms.has(words[at - 1]?.norm ?? "")) {
    group.future = true;
    const inner = verbGroupBefore(words, at - 1, covered);
    group.negated ||= inner.negated || negatingFrames.has(before);
    group.obligation ||= inner.obligation;
    group.first = inner.first;
    return;
  }
  let object: ActorSlot | null = null;
  let governorAt = at;
  const objectSlot = slots.find((s) => s.stop === at + 1);
  if (objectSlot) {
    object = objectSlot;
    governorAt = objectSlot.first - 1;
    if (words[governorAt]?.norm === "on" || words[governorAt]?.norm === "upon" || words[governorAt]?.norm === "to")
      governorAt--;
  }
  let governing = matches.find((m) => m.head === governorAt && m !== match);
  // "ordered the opposition newspaper La Prensa to suspend": the object's noun phrase stands between.
  for (let k = 1; objectSlot && !governing && k <= maxObjectModifiers; k++) {
    const w = words[governorAt - k + 1]?.norm ?? "";
    if (!/^[a-z][a-z-]*$/.test(w) || covered.has(governorAt - k + 1)) break;
    governing = matches.find((m) => m.head === governorAt - k && m !== match && dictionary.frames.has(m.form.lemma));
    if (governing) governorAt -= k;
  }
  // "urged Brewer to veto", "asked him to resign": an object that is no actor still stands between an appeal, a
  // demand or an order and the verb it governs; the act is the object's, not the subject's.
  for (let k = 1; !objectSlot && !governing && k <= maxObjectModifiers; k++) {
    const w = words[at - k + 1]?.norm ?? "";
    if (!/^[a-z][a-z-]*$/.test(w) || covered.has(at - k + 1) || w === "to" || negations.has(w)) break;
    const candidate = matches.find((m) => m.head === at - k && m !== match);
    const frame = candidate && (dictionary.frames.get(candidate.form.lemma) ?? null);
    if (candidate && frame && objectTakingFrames.has(frame)) {
      governing = candidate;
      governorAt = at - k;
    }
  }
  if (!governing) {
    // "decided not to expel": a verb that frames nothing still negates the act it governs.
    if (negations.has(before)) group.negated = true;
    group.first = at + 1;
    return;
  }
  const frame = dictionary.frames.get(governing.form.lemma) ?? dictionary.frames.get(governing.pattern.lemma);
  if (!frame) {
    group.first = at + 1;
    return;
  }
  const inner = verbGroupBefore(words, governorAt, covered);
  group.governor = { match: governing, frame, object, negated: inner.negated };
  group.future ||= inner.future;
  group.hypothetical ||= inner.hypothetical;
  group.first = inner.first;
}

/** Negation and modality of a governing verb ("did not threaten to"). */
function verbGroupBefore(
  words: readonly Word[],
  head: number,
  covered: ReadonlySet<number>,
): { first: number; negated: boolean; future: boolean; hypothetical: boolean; obligation: boolean } {
  const out = { first: head, negated: false, future: false, hypothetical: false, obligation: false };
  for (let j = head - 1; j >= 0 && !covered.has(j); j--) {
    const w = (words[j] as Word).norm;
    if (negations.has(w)) out.negated = true;
    else if (futureModals.has(w)) out.future = true;
    else if (hypotheticalModals.has(w)) {
      out.hypothetical = true;
      if (obligationModals.has(w)) out.obligation = true;
    } else if (!(beForms.has(w) || haveForms.has(w) || doForms.has(w) || groupAdverbs.has(w) || w.endsWith("ly")))
      break;
    out.first = j;
  }
  return out;
}

/** An "if"/"unless" opening the clause the verb group stands in. */
function inHypotheticalClause(words: readonly Word[], first: number): boolean {
  for (let j = first - 1; j >= 0 && first - j <= 12; j--) {
    const w = (words[j] as Word).norm;
    if (clauseBreakers.has(w)) return false;
    if (hypotheticalOpeners.has(w)) return true;
  }
  return false;
}

/**
 * An "if"/"unless" right after the verb's clause, before any comma: "may halt talks if fighting goes on". A condition
 * set off by a comma is more often the writer's hedge ("might attack, if reports are true").
 */
function conditionFollows(words: readonly Word[], from: number): boolean {
  for (let j = from; j < words.length && j - from <= 15; j++) {
    const w = (words[j] as Word).norm;
    if (clauseBreakers.has(w) || w === ",") return false;
    if (w === "if" || w === "unless") return true;
  }
  return false;
}
