import type { ActorSlot } from "./actorSlots.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";
import { weekdayNames } from "../times/words.js";
import { modifiedNoun } from "./modifiedNoun.js";
import { articleWords } from "./articleWords.js";

/** Words after which a bare verb form is a noun: "the gas", "for gas", "its orders", "three tours". */
const nounDeterminers = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "your",
  "this",
  "these",
  "those",
  "some",
  "any",
  "more",
  "most",
  "of",
  "for",
  "with",
  "without",
  "on",
  "in",
  "from",
  "by",
  "about",
  "over",
  "per",
  "'s",
]);
/** Words that may stand right before a verb in the present: subject pronouns, relatives, adverbs, "to". */
const beforeVerb = new Set([
  "i",
  "we",
  "you",
  "they",
  "he",
  "she",
  "it",
  "who",
  "which",
  "that",
  "to",
  "also",
  "still",
  "now",
  "often",
  "always",
  "never",
  "not",
  "n't",
  "and",
  "or",
  "but",
  "then",
  "again",
  "further",
  "jointly",
  "both",
  "all",
  "each",
  "themselves",
  "itself",
  "say",
  "says",
  "said",
  "ever",
  "just",
  "even",
  "only",
  "really",
  "certainly",
  "actually",
  "indeed",
  "jointly",
]);
/** Punctuation after a noun that ends its clause: "made good on that promise.", "about that probe --". */
const clauseEnders = new Set([".", ",", ";", ":", "-", "--", "—", "–", ")", "!", "?"]);
/** Past forms whose object the bare form may be, keeping the old verb reading: "reimposed blockades", "left talks". */
const pastVerb = /^(?:[a-z]{2,}ed|left|took|held|made|gave|sent|won|lost|began|broke|kept)$/;
const lowerWord = /^[a-z][a-z-]*$/;
const numberWord = /^\d[\d,.]*$/;

/**
 * A bare present or base verb form that is read as a noun: "liquefied natural gas", "oil and gas", "head wounds",
 * "additional orders for", "thanks to its oil", "bans on city-funded travel to", "three tours in". With no
 * auxiliary before it, the verb needs a subject right before it: an actor, a pronoun, a relative, an adverb, "to".
 * A determiner, a preposition, a number, or a lower-case modifier that is no actor stands before a noun instead;
 * "and" does too when a lower-case noun that is no actor stands before it ("oil and gas"). "Israel and Hamas
 * agree", "they attack", "Russia also threatens" stay verbs.
 *
 * @example nounReading(words("buying more liquefied natural gas"), slots, match at "gas", group) // → true
 */
export function nounReading(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  group: VerbGroup,
): boolean {
  const kind = match.form.kind;
  // "the Fox News host urged", "the Connecticut shooting in which": a noun after its modifiers.
  if (modifiedNoun(words, slots, match, group)) return true;
  // "respond to requests for comment": an -s form is no infinitive.
  if (kind === "s" && words[match.head - 1]?.norm === "to" && !group.governor) return true;
  if ((kind !== "base" && kind !== "s") || group.first !== match.head || group.governor) return false;
  const at = match.head - 1;
  const before = words[at]?.norm ?? "";
  if (at < 0 || inSlot(slots, at)) return false;
  if (nounDeterminers.has(before) || numberWord.test(before)) return true;
  // "has not made good on that promise.": a demonstrative "that" before a form that ends its clause.
  if (before === "that" && clauseEnders.has(words[match.stop]?.norm ?? "")) return true;
  if (before === "and" || before === "or") {
    const first = words[at - 1]?.norm ?? "";
    return at >= 1 && !inSlot(slots, at - 1) && lowerWord.test(first) && !beforeVerb.has(first) && !adverb(first);
  }
  if (!lowerWord.test(before) || beforeVerb.has(before) || adverb(before) || pastVerb.test(before)) return false;
  // A plural common noun may be the subject of a base form ("the two sides agree"); a singular one of an -s form
  // ("the government warns"). A modifier ("natural", "head", "city-funded", "additional") is neither.
  return kind === "base" ? !/[^s]s$/.test(before) : !singularNoun(words, at);
}

/** "the ministry warns": a lower-case noun after a determiner, which can be the subject of an -s form. */
function singularNoun(words: readonly Word[], at: number): boolean {
  const w = words[at]?.norm ?? "";
  if (/(?:al|ive|ic|ous|ful|ed|ing|ary|ern|ish|less|[^s]s)$/.test(w) || w.includes("-")) return false;
  return ["the", "a", "an", "its", "this"].includes(words[at - 1]?.norm ?? "");
}

function adverb(word: string): boolean {
  return word.endsWith("ly") && word.length > 4;
}

function inSlot(slots: readonly ActorSlot[], at: number): boolean {
  return slots.some((s) => s.first <= at && at < s.stop);
}

/** Words after "hit" or "struck" that make it an impression, not force: "struck many here as absurd". */
const impressionWords = new Set(["as"]);
/** Nouns that a verb of force takes only in an idiom: "struck a deal", "the deal Obama struck", "hit a record". */
const idiomObjects = new Set([
  "deal",
  "deals",
  "agreement",
  "bargain",
  "compromise",
  "balance",
  "chord",
  "note",
  "tone",
  "record",
  "high",
  "low",
  "jackpot",
  "nerve",
  "pose",
]);
/** Words that make "fire" or "attack" a figure of speech: "came under fire over its handling", "is under attack". */
const underWords = new Set(["under"]);
/** Words from the verb to "as" in "struck many here as absurd". */
const maxImpressionGap = 5;

/**
 * Force used by no one: a verb of material conflict read as a figure of speech. "Tariffs have hit this corner of
 * Norway" (a subject that is a lower-case thing, not an actor or an agent), "a request that struck many here as
 * absurd" (an impression), "the deal Obama struck with Republicans" (an idiom's object before or after the verb),
 * "came under fire over its handling" (under fire). "Israel struck Gaza" and "rebels attacked the town" stay events.
 *
 * @example figurativeForce(words("The tariffs have hit Norway"), slots, match at "hit", group) // → true
 */
export function figurativeForce(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  group: VerbGroup,
): boolean {
  const head = match.head;
  if (underWords.has(words[head - 1]?.norm ?? "") || underWords.has(words[head - 2]?.norm ?? "")) return true;
  for (let j = head + 1; j < words.length && j <= head + maxImpressionGap; j++) {
    const w = (words[j] as Word).norm;
    if (impressionWords.has(w)) return j > head + 1 && words.slice(head + 1, j).every((x) => lowerWord.test(x.norm));
    if (!lowerWord.test(w)) break;
  }
  // "struck a deal", "hit a record high".
  for (let j = head + 1; j < words.length && j <= head + 3; j++) {
    const w = (words[j] as Word).norm;
    if (idiomObjects.has(w)) return true;
    if (!lowerWord.test(w) || inSlot(slots, j)) break;
  }
  // "hit back on Tuesday with a television commercial": force whose instrument is words or media is a figure.
  if (wordyInstrument(words, head)) return true;
  if (group.passive || group.adjunct) return false;
  // The subject: the word before the verb group, or the antecedent of "that"/"which" right before it.
  let subject = group.first - 1;
  if (["that", "which"].includes(words[subject]?.norm ?? "")) subject--;
  // "the deal President Obama struck": an idiom's object before the actor of a relative clause.
  if (idiomBefore(words, slots, group.first)) return true;
  const noun = words[subject]?.norm ?? "";
  if (subject < 0 || inSlot(slots, subject) || !lowerWord.test(noun)) return false;
  if (beforeVerb.has(noun) || adverb(noun)) return false;
  // A thing as subject ("the tariffs … have hit", "a request that struck"): its noun phrase has no actor in it.
  return inanimate(noun);
}

/** Things that are words or media, used "with" by no force: "hit back with a television commercial". */
const wordyInstruments = new Set([
  "commercial",
  "commercials",
  "ad",
  "ads",
  "advert",
  "advertisement",
  "advertisements",
  "statement",
  "statements",
  "letter",
  "letters",
  "lawsuit",
  "lawsuits",
  "tweet",
  "tweets",
  "video",
  "speech",
  "campaign",
  "op-ed",
  "editorial",
  "report",
  "memo",
]);
/** Words from the verb to "with", and from "with" to the instrument: "hit back on Tuesday with a television ad". */
const maxInstrumentGap = 5;

/**
 * "hit back on Tuesday with a television commercial", "fired back on Twitter": "with" and a noun of words or media
 * after the verb, or "on" a platform of words.
 */
function wordyInstrument(words: readonly Word[], head: number): boolean {
  for (let j = head + 1; j < words.length && j <= head + maxInstrumentGap; j++) {
    const w = (words[j] as Word).norm;
    if (w === "with") {
      for (let k = j + 1; k < words.length && k <= j + maxInstrumentGap; k++) {
        const x = (words[k] as Word).norm;
        if (wordyInstruments.has(x)) return true;
        if (!lowerWord.test(x) || x === "and" || x === "or") return false;
      }
      return false;
    }
    // "fired back on Twitter", "hit back on television": force whose medium is a platform of words.
    if ((w === "on" || w === "via") && mediaPlatforms.has(words[j + 1]?.norm ?? "")) return true;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(w)) return false;
  }
  return false;
}

/** Platforms of words and pictures, on which force is a figure: "fired back on Twitter". */
const mediaPlatforms = new Set(["twitter", "facebook", "instagram", "television", "tv", "radio", "air", "social"]);

/**
 * "the deal President Obama struck", "the deal the president struck": an idiom's object right before the subject
 * of a relative clause (an actor, or a determiner and one lower-case noun).
 */
function idiomBefore(words: readonly Word[], slots: readonly ActorSlot[], first: number): boolean {
  const subject = slots.find((s) => s.stop === first);
  let at = subject ? subject.first - 1 : first - 1;
  if (!subject) {
    if (!lowerWord.test(words[at]?.norm ?? "") || /ed$/.test(words[at]?.norm ?? "")) return false;
    at--;
  }
  // A title before the name: "the deal President Obama struck".
  if (subject && !idiomObjects.has(words[at]?.norm ?? "") && !articleWords.has(words[at]?.norm ?? "")) at--;
  if (articleWords.has(words[at]?.norm ?? "")) at--;
  return idiomObjects.has(words[at]?.norm ?? "");
}

/** Lower-case nouns that cannot use force: economic and legal things, statements and requests. */
const inanimateNouns = new Set([
  "tariff",
  "tariffs",
  "duty",
  "duties",
  "tax",
  "taxes",
  "sanctions",
  "prices",
  "price",
  "inflation",
  "crisis",
  "recession",
  "policy",
  "policies",
  "law",
  "laws",
  "bill",
  "ruling",
  "decision",
  "request",
  "proposal",
  "plan",
  "report",
  "news",
  "scandal",
  "storm",
  "shortage",
  "shortages",
  "cuts",
  "costs",
  "rates",
  "measure",
  "measures",
  "ban",
  "rule",
  "rules",
  "idea",
  "message",
  "remarks",
  "comments",
]);

function inanimate(noun: string): boolean {
  return inanimateNouns.has(noun);
}

/** Nouns of pressure an actor comes under "from" another: "came under growing pressure from Washington". */
const pressureNouns = new Set(["pressure", "fire", "attack", "criticism", "scrutiny"]);
/** Words of the verb group before "under": "has come", "had been", "faces increasing". */
const underGroupWords = new Set([
  "come",
  "comes",
  "came",
  "coming",
  "be",
  "been",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "also",
  "now",
  "already",
]);

/**
 * "Qatar … has come under growing pressure from Washington": the actor after "from" puts pressure on the subject
 * of "come under". Returns the "from" actor and the word where the subject's verb group starts (find the subject
 * from there), or null when the pressure noun is not in such a phrase.
 *
 * @example underPressure(words("Qatar has come under pressure from Washington"), slots, 4) // → { from: US, first: 1 }
 */
export function underPressure(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  head: number,
): { from: ActorSlot; first: number } | null {
  if (!pressureNouns.has(words[head]?.norm ?? "")) return null;
  let under = head - 1;
  while (under >= 0 && under >= head - 3 && words[under]?.norm !== "under") under--;
  if (under < 0 || words[under]?.norm !== "under") return null;
  if (!words.slice(under + 1, head).every((w) => lowerWord.test(w.norm))) return null;
  if (words[head + 1]?.norm !== "from") return null;
  const from = slots.find((s) => s.first >= head + 2 && s.first <= head + 3);
  if (!from) return null;
  let first = under;
  while (first > 0 && (underGroupWords.has(words[first - 1]?.norm ?? "") || adverb(words[first - 1]?.norm ?? "")))
    first--;
  return { from, first };
}

/**
 * "The tariffs that the United States imposed … have hit": the actor right after "that"/"which" opens a relative
 * clause of the noun before it; when the event verb is not that clause's own (other words stand between), the
 * actor is not its subject. Returns the index of the noun the clause belongs to, or -1.
 */
export function relativeAntecedent(words: readonly Word[], source: ActorSlot, first: number): number {
  let at = source.first - 1;
  if (words[at]?.norm === "the") at--;
  if (!["that", "which", "whom"].includes(words[at]?.norm ?? "")) return -1;
  if (first <= source.stop + 1) return -1;
  const noun = at - 1;
  return lowerWord.test(words[noun]?.norm ?? "") ? noun : -1;
}

/** Words of a noun phrase read back from its last noun: "the punitive tariffs of 25 percent". */
const maxPhraseWords = 6;

/**
 * Whether the noun phrase ending at `at` names a thing that cannot use force ("the punitive tariffs of 25 percent",
 * "a request"): one of its lower-case words, back to its determiner, is such a noun.
 */
export function inanimateAt(words: readonly Word[], at: number): boolean {
  for (let k = at; k >= 0 && k > at - maxPhraseWords; k--) {
    const w = words[k]?.norm ?? "";
    if (inanimate(w)) return true;
    if (!lowerWord.test(w) && !numberWord.test(w)) return false;
    if (["the", "a", "an"].includes(w)) return false;
  }
  return false;
}

/**
 * "any measure that called for granting…": a verb right after "that"/"which" whose antecedent is a lower-case noun
 * that no actor stands on has that thing as its subject, not an actor named earlier. Not an apposition of an actor
 * ("Hamas, the militant group that has governed Gaza"). Returns the index of the noun, or -1.
 */
export function relativeSubject(words: readonly Word[], slots: readonly ActorSlot[], first: number): number {
  if (!["that", "which"].includes(words[first - 1]?.norm ?? "")) return -1;
  const noun = first - 2;
  if (noun < 0 || !lowerWord.test(words[noun]?.norm ?? "") || inSlot(slots, noun)) return -1;
  if (beforeVerb.has(words[noun]?.norm ?? "") || nounDeterminers.has(words[noun]?.norm ?? "")) return -1;
  // Back over the noun phrase to its determiner; a comma after an actor before it makes it an apposition.
  let k = noun;
  while (k > 0 && k > noun - maxPhraseWords && lowerWord.test(words[k - 1]?.norm ?? "")) k--;
  if (words[k - 1]?.norm === "," && slots.some((s) => s.stop === k - 1)) return -1;
  return noun;
}

/** Words after "call X" that end a phone call's phrase: "called Putin on Monday", "called Abbas to discuss". */
const callContinuations = new Set([
  ",",
  ".",
  ";",
  "on",
  "to",
  "and",
  "from",
  "in",
  "at",
  "for",
  "after",
  "before",
  "about",
  "over",
  "with",
  "by",
  "late",
  "last",
  "early",
  "yesterday",
  "today",
  "tonight",
  ...weekdayNames,
]);

/**
 * "called Trump an idiot", "called AARP's position a watershed", "called Ryan to task", "call SB1062 toxic": "call X"
 * followed by what X is called names, it does not telephone. True when the word after the actor is no end of the
 * call's phrase (a time, a preposition, a comma) or is "to task".
 *
 * @example nameCalling(words("Strzok called Trump an idiot"), match at "called") // → true
 */
export function nameCalling(words: readonly Word[], match: PatternMatch): boolean {
  if (match.form.lemma === "call" && match.pattern.code.startsWith("02") && namedAsWhat(words, match.head)) return true;
  if (match.form.lemma !== "call" || !match.target || match.pattern.code !== "041") return false;
  const next = words[match.target.stop]?.norm;
  if (next === undefined) return false;
  if (next === "to") return words[match.target.stop + 1]?.norm === "task";
  return !callContinuations.has(next);
}

/** Pronoun objects of "call" that what follows names: "called it a sad day", "called them traitors". */
const calledPronouns = new Set(["it", "them", "him", "her", "this", "that"]);
/** Words after "call" and its pronoun that go on with a call for something: "called them to account", "called it off". */
const callOnWords = new Set(["to", "for", "on", "off", "in", "up", "out", "back", "a", "an"]);

/**
 * "called it “a sad day for America”", "called it a disgrace": "call" with a pronoun object and what it is called
 * names, it appeals for nothing (02). "called it a day" and "called on them to" are other phrases; "a"/"an" right after
 * the pronoun are names too, unless no quotation mark or adjective follows.
 */
function namedAsWhat(words: readonly Word[], head: number): boolean {
  if (!calledPronouns.has(words[head + 1]?.norm ?? "")) return false;
  const next = words[head + 2]?.norm ?? "";
  if (next === "“" || next === '"' || next === "‘") return true;
  if (next === "a" || next === "an") return !["day", "night"].includes(words[head + 3]?.norm ?? "");
  return /^[a-z]+$/.test(next) && !callOnWords.has(next);
}

/** Things released, published or issued that are no persons: "released a statement", "a poll released Friday". */
const documentNouns = new Set([
  "statement",
  "statements",
  "report",
  "reports",
  "poll",
  "polls",
  "survey",
  "photo",
  "photos",
  "photographs",
  "pictures",
  "images",
  "video",
  "videos",
  "footage",
  "recording",
  "recordings",
  "tapes",
  "figures",
  "data",
  "details",
  "results",
  "findings",
  "list",
  "document",
  "documents",
  "letter",
  "letters",
  "transcript",
  "transcripts",
  "memo",
  "memos",
  "cables",
  "email",
  "emails",
  "e-mails",
  "messages",
  "texts",
  "records",
  "files",
  "pages",
  "papers",
  "returns",
  "information",
  "guidelines",
  "recommendations",
  "regulations",
  "rules",
  "estimates",
  "statistics",
  "numbers",
  "analysis",
  "budget",
  "album",
  "song",
  "book",
  "film",
  "ad",
  "ads",
  "advert",
  "plan",
  "proposal",
  "version",
  "funds",
  "money",
]);
/** Words from a release verb to the thing released, either side: "released several statements", "the photos were released". */
const maxReleaseGap = 3;
/** Words of the object after a release verb read for its noun: "released the full set of emails". */
const maxReleasedObject = 7;
/** Words of a released thing's noun phrase that stand before its noun: "a batch of", "thousands of pages of". */
const objectStoppers = new Set([
  ",",
  ".",
  ";",
  ":",
  "(",
  ")",
  "—",
  "–",
  "--",
  "to",
  "that",
  "which",
  "who",
  "and",
  "after",
]);

/**
 * "Clinton released a statement", "a Fox News poll released Friday", "after the photos were released", "released the
 * full set of emails", "the tax returns, released late Friday": a release of a document is no release of persons
 * (084). The object after the verb is read back to its noun, across "a set of", "thousands of pages of", until an
 * actor or the end of the phrase; "released the bodies of four hostages" stays a release.
 */
export function documentRelease(
  words: readonly Word[],
  match: PatternMatch,
  code: string,
  slots: readonly ActorSlot[] = [],
): boolean {
  if (!code.startsWith("084") || match.form.lemma !== "release") return false;
  for (let k = match.head - maxReleaseGap; k <= match.stop + maxReleaseGap; k++) {
    if (k !== match.head && documentNouns.has(words[k]?.norm ?? "")) return true;
  }
  // "the tax returns, released late Friday": the thing before the comma of a reduced relative.
  if (words[match.head - 1]?.norm === "," && documentNouns.has(words[match.head - 2]?.norm ?? "")) return true;
  for (let k = match.head + 1; k < words.length && k <= match.head + maxReleasedObject; k++) {
    const w = (words[k] as Word).norm;
    if (objectStoppers.has(w) || inSlot(slots, k)) return false;
    if (documentNouns.has(w)) return true;
  }
  return false;
}

/** Words between a warning verb and the "that" of what it warns of: "warned last week that", "warned on Monday that". */
const maxWarningGap = 4;

/** Subjects of a warned-of clause that make it a threat: "warned that it would", "warned that police will". */
const actingPronouns = new Set(["it", "they", "we", "he", "she", "i", "you"]);

/**
 * "The industry has warned that several hundred jobs are at risk": a warning of what may happen, with "that"
 * after the verb, made to no one. True when "that" follows within a few words, with no punctuation between, and
 * the clause after it does not open with an actor or a pronoun ("warned that police will no longer tolerate
 * rallies" is a threat).
 */
export function warningOfFacts(words: readonly Word[], slots: readonly ActorSlot[], match: PatternMatch): boolean {
  for (let k = match.stop; k < words.length && k <= match.stop + maxWarningGap; k++) {
    const w = (words[k] as Word).norm;
    if (w === "that") {
      const subject = words[k + 1]?.norm === "the" ? k + 2 : k + 1;
      return !actingPronouns.has(words[subject]?.norm ?? "") && !slots.some((s) => s.first === subject);
    }
    // "warned against separate deals that could…": what is warned against is named, "that" opens its clause.
    if (!/^[a-z0-9][a-z0-9-]*$/.test(w) || warnedAbout.has(w)) return false;
  }
  return false;
}
/** Prepositions after a warning verb that name what it warns of: "warned against", "warned of". */
const warnedAbout = new Set(["against", "of", "about", "over"]);

/** Verbs that say their complement did not happen: "avoided threatening retaliation", "refrained from attacking". */
const avoidingWords = new Set(["avoid", "avoids", "avoided", "avoiding", "refrain", "refrains", "refrained"]);
/** Subjects that deny the act: "nobody is going to sign a bad deal", "no one attacked". */
const noOne = new Set(["nobody", "none", "neither"]);

/**
 * "The government has so far avoided threatening retaliation", "refrained from attacking", "stopped short of
 * threatening", "without having to make any concessions", "nobody is going to sign a bad deal": an act that a verb
 * of avoiding, "without" or a denying subject says did not happen.
 *
 * @example avoidedAct(words("Oslo avoided threatening retaliation"), group at "threatening") // → true
 */
export function avoidedAct(words: readonly Word[], group: VerbGroup): boolean {
  const before = words[group.first - 1]?.norm ?? "";
  if (avoidingWords.has(before)) return true;
  if (before === "from" && avoidingWords.has(words[group.first - 2]?.norm ?? "")) return true;
  if (before === "of" && words[group.first - 2]?.norm === "short") return true;
  // "without having to make any concessions", "without consulting Congress": the act is said not to happen.
  if (before === "without") return true;
  if (before === "having" && words[group.first - 2]?.norm === "without") return true;
  return noOne.has(before) || (before === "one" && words[group.first - 2]?.norm === "no");
}

/** Words from "and" back to the first conjunct's "by": "welcomed by manufacturing unions in the Midwest and". */
const maxConjunctWords = 8;

/**
 * "have been welcomed by unions and condemned by trading partners": a participle joined by "and" to a passive
 * participle with its own "by" is passive too, and shares its subject. Returns the index of the first participle
 * (find the subject from there), or -1.
 */
export function coordinatedPassive(words: readonly Word[], match: PatternMatch, group: VerbGroup): number {
  const kind = match.form.kind;
  if (group.passive || (kind !== "past" && kind !== "participle") || group.first !== match.head) return -1;
  if (words[group.first - 1]?.norm !== "and" || words[match.stop]?.norm !== "by") return -1;
  for (let k = group.first - 2; k > 0 && k >= group.first - 1 - maxConjunctWords; k--) {
    const w = (words[k] as Word).norm;
    if (w === "by") return /(?:ed|en)$/.test(words[k - 1]?.norm ?? "") ? k - 1 : -1;
    if (w === "," || w === ";") return -1;
  }
  return -1;
}

/**
 * "they agreed with the position of Chick-fil-A's president", "he agrees with giving immigrants a chance": agreeing
 * with a view is an opinion, not an intent to cooperate (03). Agreeing with an actor is coded by its own pattern
 * ("agree with {target}", 019); "Israel and Hamas agreed to a truce" stays an intent.
 *
 * @example agreementWithView(words("they agreed with the position"), match at "agreed", "030") // → true
 */
export function agreementWithView(words: readonly Word[], match: PatternMatch, code: string): boolean {
  return match.form.lemma === "agree" && code.startsWith("03") && words[match.head + 1]?.norm === "with";
}

/**
 * "regulations surrounding retail marijuana", "All these details, surrounding the deadliest terror attack": an -ing
 * form of "surround" after a thing is "about", not a siege. "Troops surrounding the city" and "Israeli forces,
 * surrounding the hospital," stay blockades.
 *
 * @example concerningReading(words("regulations surrounding retail marijuana"), slots, match at "surrounding") // → true
 */
export function concerningReading(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  group: VerbGroup,
): boolean {
  if (match.form.lemma !== "surround" || match.form.kind !== "ing" || group.first !== match.head) return false;
  let k = match.head - 1;
  if (words[k]?.norm === ",") k--;
  return k >= 0 && !inSlot(slots, k) && lowerWord.test(words[k]?.norm ?? "") && !agentLike.has(words[k]?.norm ?? "");
}
/** Lower-case words before "surrounding" that are people, whose surrounding is a siege: "crowds surrounding". */
const agentLike = new Set(["crowds", "crowd", "people", "men", "mob", "hundreds", "thousands", "dozens"]);
