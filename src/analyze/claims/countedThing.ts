import type { ClaimCategory } from "../../article.js";
import type { Figure } from "./figures.js";
import type { ClaimLexicon } from "./lexicon.js";
import { wordBefore, wordsAfter } from "./words.js";
import type { Word } from "./words.js";

/** What a figure counts: the article's words, normalised ("Palestinians killed in Gaza"), and its category. */
export interface CountedThing {
  what: string;
  category: ClaimCategory;
}

/** Words that end a noun phrase: determiners, pronouns, auxiliaries, prepositions, conjunctions, adverbs. */
const phraseStops = new Set(
  (
    "the a an of in on at by for from with to as than and or but nor that which who whom whose this these those it its " +
    "he she they them their his her we our you your i is are was were be been being am has have had having will would " +
    "could should may might must can do does did not no so if while when where after before since until during into " +
    "over under about around per each less also still already now then there here just only even yet all some " +
    "many most such what whether including among amid across through against toward towards via without within " +
    "because though although whereas like unlike near between versus vs"
  ).split(" "),
);
/** Words that may sit between a counted noun and its participle: "hostages [are] still held", "[have been] killed". */
const auxiliaries = new Set(
  "have has had been were was are is being be remain remains remained reportedly also now so far who which that were".split(
    " ",
  ),
);
/** Verbs in -s that follow a singular noun and end its phrase: "of the population lives in", "of Gaza faces". */
const verbsInS = new Set(
  "lives faces remains needs lacks depends relies wants owns pays earns opposes favors favours believes thinks knows is has".split(
    " ",
  ),
);
/** Heads that count only with a participle after them: "161,000 others have been wounded". */
const needEvent = new Set(["others"]);
/** Plurals without a final s. */
const irregularPlurals = new Set(
  "people children men women police personnel staff aircraft livestock cattle sheep militia clergy crew".split(" "),
);
/** Words ending in s that are no plural noun. */
const notPlural = new Set("this his its is was has does as us yes news series means thus plus bus gas".split(" "));
/** Prepositions that attach a place to what is counted: "killed in Gaza", "troops across Syria". */
const placePrepositions = new Set(["in", "inside", "across", "from", "throughout", "near"]);
const calendarWords =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu;
/** The subject of a running count: "the death toll", "the number of Palestinians killed". */
const tollSubject = /\b(?:death\s+toll|toll|number\s+of)\b/giu;
/** A linking verb right before the figure: "has risen to", "stands at", "is". */
const linkBefore =
  /\b(?:rose|risen|climbed|jumped|increased|reached|stands|stood|hit|topped|passed|surpassed|exceeded|grew|soared|is|was|at|to)\s+(?:at\s+|to\s+)?$/iu;
/** Reach of the toll pattern back from the figure. */
const tollReach = 160;

function isHeadNoun(word: Word, lexicon: ClaimLexicon): boolean {
  if (!word.isWord) return false;
  if (lexicon.nounCategory.has(word.lower) || irregularPlurals.has(word.lower)) return true;
  if (word.lower.length < 3 || notPlural.has(word.lower) || /['’]s$/u.test(word.lower)) return false;
  return /\p{L}s$/u.test(word.lower) && !/(?:ss|us|ous)$/u.test(word.lower);
}

function isPhraseWord(word: Word, lexicon: ClaimLexicon): boolean {
  if (!word.isWord || phraseStops.has(word.lower) || lexicon.reporting.has(word.lower)) return false;
  if (/^\p{N}/u.test(word.text)) return false;
  return !(/ly$/u.test(word.lower) && !lexicon.nounCategory.has(word.lower));
}

/** A demonym or party plural read as people: "Palestinians", "Israelis", "Gazans", "Democrats". */
function isPeopleWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:ans|is|ese|ites|ers|ats|s)$/u.test(word);
}

interface NounPhrase {
  /** Index of the first and last word of the phrase. */
  first: number;
  last: number;
  category: ClaimCategory | null;
  human: boolean;
}

/** The counted noun phrase at the start of `words`: modifiers up to a plural head ("U.S. troops", "Palestinian children"). */
function nounPhrase(words: readonly Word[], from: number, lexicon: ClaimLexicon): NounPhrase | null {
  const limit = Math.min(words.length, from + 5);
  for (let i = from; i < limit; i++) {
    const w = words[i];
    if (w === undefined || !isPhraseWord(w, lexicon)) return null;
    if (i > from && verbsInS.has(w.lower)) return null;
    if (needEvent.has(w.lower)) {
      const event = eventAfter(words, i + 1, lexicon);
      return event === null || event.category === "other" ? null : { first: i, last: i, category: null, human: true };
    }
    if (!isHeadNoun(w, lexicon)) {
      if (lexicon.eventCategory.has(w.lower) && i > from) return null;
      // After a possessive the next word is the head: "Gaza's population", "the ministry's figures".
      if (/['’]s$/u.test(w.lower) && !isHeadNoun(words[i + 1] ?? emptyWord, lexicon)) return null;
      continue;
    }
    let last = i;
    // A head may be followed by a second noun: "Palestinian children", "aid workers".
    while (last + 1 < limit && words[last + 1] !== undefined && isHeadNoun(words[last + 1] as Word, lexicon)) {
      const next = words[last + 1] as Word;
      if (!isPhraseWord(next, lexicon) || lexicon.eventCategory.has(next.lower)) break;
      last++;
    }
    const head = words[last] as Word;
    if (lexicon.notCounted.has(head.lower) || lexicon.notCounted.has((words[from] as Word).lower)) return null;
    const twoWords = last > from ? `${(words[last - 1] as Word).lower} ${head.lower}` : "";
    const category = lexicon.nounCategory.get(twoWords) ?? lexicon.nounCategory.get(head.lower) ?? null;
    const human = category === "people" || isPeopleWord(head.text) || irregularPlurals.has(head.lower);
    return { first: from, last, category, human };
  }
  return null;
}

/** The participle or predicate after a noun: "[are] still held", "[have been] killed", "missing". */
function eventAfter(
  words: readonly Word[],
  from: number,
  lexicon: ClaimLexicon,
): { first: number; last: number; category: ClaimCategory } | null {
  let i = from;
  let still = -1;
  while (i < words.length && i < from + 4) {
    const w = words[i] as Word;
    if (w.lower === "still") still = i;
    else if (!auxiliaries.has(w.lower)) break;
    i++;
  }
  for (let n = Math.min(lexicon.eventWords, words.length - i); n >= 1; n--) {
    const phrase = words
      .slice(i, i + n)
      .map((w) => w.lower)
      .join(" ");
    const category = lexicon.eventCategory.get(phrase);
    if (category !== undefined) return { first: still >= 0 && still === i - 1 ? still : i, last: i + n - 1, category };
  }
  return null;
}

/** "in Gaza", "in the Gaza Strip", "from Israel": a named place after what is counted. */
function placeAfter(words: readonly Word[], from: number, lexicon: ClaimLexicon): number {
  const prep = words[from];
  if (prep === undefined || !placePrepositions.has(prep.lower)) return -1;
  let i = from + 1;
  if (words[i]?.lower === "the") i++;
  let last = -1;
  for (; i < words.length && i <= from + 4; i++) {
    const w = words[i] as Word;
    if (!w.isWord || !/^\p{Lu}/u.test(w.text) || calendarWords.test(w.text)) break;
    last = i;
  }
  // "rivals in the Republican primaries": the capitalised word is an adjective, not a place.
  const next = words[last + 1];
  if (
    last >= 0 &&
    next !== undefined &&
    /^\p{Ll}/u.test(next.text) &&
    isHeadNoun(next, lexicon) &&
    isPhraseWord(next, lexicon)
  )
    return -1;
  return last;
}

function category(noun: NounPhrase | null, event: ClaimCategory | null): ClaimCategory {
  if (event === "killed" || event === "injured") return event;
  const nounCategory = noun?.category ?? null;
  if (nounCategory !== null && nounCategory !== "people") return nounCategory;
  if (noun === null || noun.human)
    return event !== null && event !== "other" ? event : noun === null ? "other" : "people";
  return "other";
}

function spanText(text: string, words: readonly Word[], first: number, last: number): string {
  const a = words[first];
  const b = words[last];
  return a === undefined || b === undefined ? "" : text.slice(a.start, b.end);
}

/**
 * Loose phrase after money or a share: "in aid", "of the vote", "of Gaza's population". It starts with a lower-case
 * content word (not "in New York", "Wednesday", "compared"); a possessive takes one more word; a participle, a
 * number or a time unit ends it. With `ofOnly`, only an "of" phrase counts.
 */
function looseThing(text: string, words: readonly Word[], lexicon: ClaimLexicon, ofOnly: boolean): string | null {
  let i = 0;
  const lead = words[0]?.lower;
  const of = lead === "of";
  if (of || (!ofOnly && (lead === "in" || lead === "for"))) i++;
  else if (ofOnly) return null;
  if (/^(?:the|a|an|its|their|his|her|our)$/u.test(words[i]?.lower ?? "")) i++;
  const start = i;
  const first = words[start];
  if (first === undefined || (!of && !/^\p{Ll}/u.test(first.text)) || /ed$/u.test(first.lower)) return null;
  if (/^(?:first|last|next|same|one|versus|vs|each|per|every)$/u.test(first.lower)) return null;
  while (i < words.length && i < start + 3) {
    const w = words[i] as Word;
    if (
      !isPhraseWord(w, lexicon) ||
      (i > start && (/ed$/u.test(w.lower) || lexicon.eventCategory.has(w.lower) || verbsInS.has(w.lower)))
    )
      break;
    if (lexicon.notCounted.has(w.lower) || calendarWords.test(w.text)) return null;
    i++;
    if (/['’]s$/u.test(w.lower)) {
      // "Hillsborough's registered voters": up to the noun after the possessive, else one word.
      const noun = nounPhrase(words, i, lexicon);
      if (noun !== null) i = noun.last + 1;
      else if (i < words.length && isPhraseWord(words[i] as Word, lexicon)) i++;
      break;
    }
  }
  if (i === start) return null;
  const place = placeAfter(words, i, lexicon);
  return spanText(text, words, start, place >= 0 ? place : i - 1);
}

/**
 * What a figure counts, read from the words after it (and a verb or a toll before it), or null when nothing
 * countable follows. Money and shares always get a `what` ("money", "percent" when no phrase follows).
 *
 * @example countedThing("Israel has killed more than 64,000 Palestinians in Gaza.", figure, 0, 56, lexicon)
 *          // { what: "Palestinians killed in Gaza", category: "killed" }
 */
export function countedThing(
  text: string,
  figure: Figure,
  clauseStart: number,
  clauseEnd: number,
  lexicon: ClaimLexicon,
): CountedThing | null {
  const words = wordsAfter(text, figure.end, clauseEnd, 16);
  if (figure.kind === "money") {
    return { what: looseThing(text, words, lexicon, false) ?? "money", category: "money" };
  }
  if (figure.kind === "percent") {
    // "a tenth of a point" is a quantity, not a share.
    if (figure.needsOf && /^(?:a|an)$/u.test(words[1]?.lower ?? "")) return null;
    const at = words[0]?.lower === "of" ? (/^(?:the|its|their|his|her|our)$/u.test(words[1]?.lower ?? "") ? 2 : 1) : 0;
    const noun = /['’]s$/u.test(words[at]?.lower ?? "") ? null : nounPhrase(words, at, lexicon);
    if (noun !== null) return { what: spanText(text, words, noun.first, noun.last), category: "percent" };
    const what = looseThing(text, words, lexicon, true) ?? shareSubject(text, clauseStart, figure.start) ?? "percent";
    return { what: withCountedBase(text, words, at, what, lexicon), category: "percent" };
  }
  let from = 0;
  if (figure.needsOf) {
    if (words[0]?.lower !== "of") return null;
    from = 1;
  } else if (words[0]?.lower === "of" && words[1]?.lower === "the") {
    from = 1; // "20 of the hostages"
  }
  if (/^(?:the|its|their|his|her|our|those|these)$/u.test(words[from]?.lower ?? "")) from++;

  const verb = wordBefore(text, figure.start, clauseStart);
  const verbEvent = verb?.isWord === true ? (lexicon.verbs.get(verb.lower) ?? null) : null;
  return describe(text, words, from, verbEvent, lexicon) ?? tollThing(text, figure, clauseStart, lexicon);
}

/** Noun phrase, participle and place from `words[from]` on, or the bare participle when no noun comes first. */
function describe(
  text: string,
  words: readonly Word[],
  from: number,
  verbEvent: string | null,
  lexicon: ClaimLexicon,
): CountedThing | null {
  const noun = nounPhrase(words, from, lexicon);
  if (noun === null) {
    const event = eventAfter(words, from, lexicon);
    // "20 killed", "1,200 were arrested": a participle alone names what is counted; "other" ones need an auxiliary.
    const auxiliary = event !== null && event.first > from && auxiliaries.has((words[from] as Word).lower);
    if (event !== null && (event.category !== "other" || auxiliary) && from === 0) {
      return { what: spanText(text, words, event.first, event.last), category: category(null, event.category) };
    }
    if (verbEvent !== null && from === 0 && !isHeadNoun(words[0] ?? emptyWord, lexicon)) {
      const eventCategory = lexicon.eventCategory.get(verbEvent) ?? null;
      if (eventCategory !== null && eventCategory !== "other") return { what: verbEvent, category: eventCategory };
    }
    return null;
  }
  const event = eventAfter(words, noun.last + 1, lexicon);
  const parts = [spanText(text, words, noun.first, noun.last)];
  let eventCategory: ClaimCategory | null = null;
  let placeFrom = noun.last + 1;
  if (event !== null) {
    parts.push(spanText(text, words, event.first, event.last));
    eventCategory = event.category;
    placeFrom = event.last + 1;
  } else if (verbEvent !== null) {
    // "holds 48 hostages" → "hostages held", "killed 20 Palestinians" → "Palestinians killed"; but a camp that
    // "holds 2.5 million refugees" does not hold them hostage: the verb joins people or its own kind of noun only.
    const verbCategory = lexicon.eventCategory.get(verbEvent) ?? null;
    if (noun.human || (verbCategory !== null && verbCategory === noun.category)) {
      parts.push(verbEvent);
      eventCategory = verbCategory;
    }
  }
  const place = placeAfter(words, placeFrom, lexicon);
  if (place >= 0) parts.push(spanText(text, words, placeFrom, place));
  return { what: parts.join(" ").replace(/\s+/gu, " "), category: category(noun, eventCategory) };
}

const emptyWord: Word = { text: "", lower: "", start: 0, end: 0, isWord: false };

/** Magnitude words inside a base count: "Gaza's 2.1 million people". */
const magnitudes = new Set(["thousand", "million", "billion", "hundred"]);

/**
 * "90% of Gaza's 2.1 million people have been displaced": a share of a counted base after a possessive reads
 * "Gaza's 2.1 million people displaced", where the loose reading stops at "Gaza's".
 */
function withCountedBase(
  text: string,
  words: readonly Word[],
  at: number,
  what: string,
  lexicon: ClaimLexicon,
): string {
  const owner = words[at];
  if (owner === undefined || !/['’]s$/u.test(owner.lower) || what !== owner.text) return what;
  let i = at + 1;
  if (!/^\p{N}/u.test(words[i]?.text ?? "")) return what;
  i++;
  while (magnitudes.has(words[i]?.lower ?? "")) i++;
  const noun = nounPhrase(words, i, lexicon);
  if (noun === null) return what;
  const event = eventAfter(words, noun.last + 1, lexicon);
  const base = spanText(text, words, at, noun.last);
  const done = event === null ? base : `${base} ${spanText(text, words, event.first, event.last)}`;
  return done.replace(/\s+/gu, " ");
}

/** "Unemployment rose to 80 percent", "Turnout reached 52 percent": the subject whose level the share is. */
const shareSubjectPattern =
  /(?:^|[,:]\s*)(?:the\s+|its\s+|their\s+)?((?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)\s+(?:has\s+|have\s+|had\s+)?(?:rose|risen|fell|fallen|dropped|declined|climbed|jumped|increased|decreased|grew|grown|reached|hit|stood|stands|remained|remains|was|is)\s+(?:to\s+|at\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$/iu;

function shareSubject(text: string, clauseStart: number, figureStart: number): string | null {
  const m = shareSubjectPattern.exec(text.slice(clauseStart, figureStart));
  const subject = m?.[1];
  if (subject === undefined) return null;
  // "it rose to", "which was": a pronoun says nothing of what the share is of.
  if (subject.split(/\s+/u).some((w) => phraseStops.has(w.toLowerCase()))) return null;
  return subject;
}

/** "The death toll in Gaza has risen to 64,000": what the toll or "number of …" before the figure counts. */
function tollThing(text: string, figure: Figure, clauseStart: number, lexicon: ClaimLexicon): CountedThing | null {
  const from = Math.max(clauseStart, figure.start - tollReach);
  const before = text.slice(from, figure.start);
  if (!linkBefore.test(before)) return null;
  let subject: RegExpExecArray | null = null;
  tollSubject.lastIndex = 0;
  for (let m = tollSubject.exec(before); m !== null; m = tollSubject.exec(before)) subject = m;
  if (subject === null) return null;
  const subjectEnd = from + subject.index + subject[0].length;
  const words = wordsAfter(text, subjectEnd, figure.start, 12);
  const key = subject[0].toLowerCase().replace(/\s+/gu, " ");
  if (key !== "number of") {
    const place = placeAfter(words, 0, lexicon);
    const what = place >= 0 ? `${key} ${spanText(text, words, 0, place)}` : key;
    return { what, category: lexicon.toll.get(key) ?? "killed" };
  }
  const listed = lexicon.toll.get(`number of ${words[0]?.lower ?? ""}`);
  const described = describe(text, words, 0, null, lexicon);
  if (described === null) return listed === undefined ? null : { what: words[0]?.text ?? "", category: listed };
  return listed === undefined ? described : { what: described.what, category: listed };
}
