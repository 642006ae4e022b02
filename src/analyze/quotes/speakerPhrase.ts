import type { Span } from "../../article.js";
import type { Token } from "./tokens.js";

/** Words that may sit between a speaker and the cue: "Rubio also said", "Trump has repeatedly said". */
const betweenSubjectAndCue = new Set([
  "also",
  "later",
  "previously",
  "then",
  "once",
  "recently",
  "repeatedly",
  "reportedly",
  "again",
  "further",
  "publicly",
  "privately",
  "separately",
  "earlier",
  "often",
  "has",
  "have",
  "had",
  "would",
  "will",
  "could",
  "may",
  "might",
  "did",
  "does",
  "do",
  "not",
  "never",
  "was",
  "is",
  "were",
  "are",
  "am",
  "been",
  "being",
  "had",
  "just",
  "always",
  "initially",
  "first",
  "subsequently",
  "simply",
  "flatly",
  "explicitly",
  "quickly",
  "told",
  "reportedly",
  "cannot",
  // Adverbs that are not "-ly": "Trump now says", "Clinton has long argued", "he would only say".
  "now",
  "even",
  "already",
  "still",
  "just",
  "only",
  "long",
  "longer",
  "instead",
  "ever",
  "yet",
  "soon",
  // Negated auxiliaries, which the tokenizer keeps whole: "I don’t see", "she hasn’t said".
  ...[
    "don",
    "doesn",
    "didn",
    "can",
    "won",
    "wouldn",
    "couldn",
    "isn",
    "wasn",
    "aren",
    "weren",
    "haven",
    "hasn",
    "hadn",
  ].flatMap((aux) => [`${aux}'t`, `${aux}’t`]),
]);
/** Words a speaker phrase never runs across, going away from the cue. */
const phraseStops = new Set([
  "that",
  "which",
  "whom",
  "whose",
  "because",
  "if",
  "when",
  "while",
  "but",
  "or",
  "so",
  "than",
  "where",
  "after",
  "before",
  "since",
  "although",
  "though",
  "is",
  "was",
  "are",
  "were",
  "has",
  "had",
  "have",
  "be",
  "been",
  "will",
  "would",
  "could",
  "should",
  "can",
  "may",
  "might",
  "not",
  "to",
  "as",
  "said",
  "says",
  "told",
  "did",
  "do",
  "does",
  "there",
  "what",
  "how",
  "why",
  "however",
  "meanwhile",
  "also",
  "by",
  "this",
  "these",
  "those",
  "it's",
  // An embedded question starts a clause of its own: "whether any of the participants knew".
  "whether",
]);
/** Prepositions and words that may sit inside a speaker phrase: "Secretary of State", "an analyst at Brookings". */
const insidePhrase = new Set(["of", "for", "at", "in", "on", "with", "from", "the", "a", "an", "and", "'s", "’s"]);
const prepositions = new Set([
  "in",
  "on",
  "at",
  "after",
  "during",
  "with",
  "for",
  "from",
  "under",
  "by",
  "over",
  "amid",
  "into",
  "through",
  "about",
  "against",
  "without",
  "among",
  "between",
]);
/** Time adverbials between speaker and cue: "Rubio on Tuesday said", "the ministry last week said". */
const timeWords = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "today",
  "yesterday",
  "tonight",
  "week",
  "month",
  "year",
  "morning",
  "evening",
  "night",
  "afternoon",
  "weekend",
  "last",
  "this",
  "earlier",
]);

export const pronouns: ReadonlySet<string> = new Set(["he", "she", "they", "it", "we", "i", "you"]);

/** A speaker phrase: token range and offsets. */
export interface Phrase extends Span {
  text: string;
}

const MAX_PHRASE = 9;
/** A dash that brackets a parenthesis: "Many speakers — including Jews — said". */
const DASH = /^[—–]$/u;
/** How long an apposition may be: "Jorge Castañeda, a former minister who is a harsh critic of Mr. Peña Nieto, suggests". */
const MAX_APPOSITION = 30;

/** The phrase made of tokens [from, to), cut to its text. */
export function phraseOf(text: string, tokens: readonly Token[], from: number, to: number): Phrase | null {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (first === undefined || last === undefined || to <= from) return null;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

/**
 * The subject of a cue at token `cue`, read leftwards: "two diplomats briefed on the matter said", "Rubio also
 * said", "X, the minister, said" (the name before the apposition). `lo` bounds the search (sentence start or the
 * end of a quote). Returns null when no phrase stands there.
 */
export function subjectBefore(text: string, tokens: readonly Token[], cue: number, lo: number): Phrase | null {
  let i = cue - 1;
  for (;;) {
    while (i >= lo) {
      const time = timePhraseStart(tokens, i);
      if (time !== i && time >= lo) i = time - 1;
      else if (isDegreeAdverbial(tokens, i) && i - 1 >= lo) i -= 2;
      else if (betweenSubjectAndCue.has(tokens[i]?.lower ?? "") || isTimeAdverbial(tokens, i) || isAdverb(tokens[i]))
        i--;
      else break;
    }
    // "Trump went on to say", "he began by saying", "she proceeded to recite": the subject of the verb before.
    const lead = catenativeBefore(tokens, i, lo);
    if (lead !== i) {
      i = lead;
      continue;
    }
    // "Sen. Bernie Sanders (I-Vt.) said", "Many speakers — including Jews — said": step over a parenthesis.
    const close = tokens[i]?.text ?? "";
    const opener = close === ")" ? "(" : DASH.test(close) ? close : null;
    if (opener === null) break;
    let open = i - 1;
    while (open >= lo && i - open <= MAX_APPOSITION && tokens[open]?.text !== opener) open--;
    if (open < lo || tokens[open]?.text !== opener) return null;
    i = open - 1;
  }
  // "Mulgrew, who leads the union, said" is read at "leads"; "the union, which said" gives "which", resolved later.
  if (relatives.has(tokens[i]?.lower ?? "") && i >= lo) return phraseOf(text, tokens, i, i + 1);
  // "…victims, many of whom say": the quantifier phrase is the subject.
  if (tokens[i]?.lower === "whom" && tokens[i - 1]?.lower === "of" && tokens[i - 2]?.word === true && i - 2 >= lo) {
    return phraseOf(text, tokens, i - 2, i + 1);
  }
  if (tokens[i]?.text === ",") return appositionSubject(text, tokens, i, lo);
  const phrase = phraseLeftOf(text, tokens, i, lo);
  return phrase === null ? null : (relativeHead(text, tokens, phrase, i, lo) ?? phrase);
}

/** A verb in the past or a past participle, which opens a subject relative's predicate: "that [appeared] in…". */
const PAST_VERB =
  /^(?:\p{L}{2,}ed|spoke|spoken|ran|won|wrote|written|took|taken|gave|given|made|led|met|came|went|sent|left|held|lost|paid|built|brought|began|begun|became|grew|grown|drew|drawn|kept|put|set|run|shown|known)$/u;
/** Auxiliaries between a relative and its verb: "a study that [was] published in…". */
const RELATIVE_AUX = /^(?:was|were|is|are|has|have|had|been|be|being)$/u;

/**
 * The noun a subject relative clause hangs on, when the phrase read before a cue is that clause's verb phrase: "A
 * 2014 study that [appeared in the journal] found…" gives "A 2014 study". Null otherwise.
 */
function relativeHead(text: string, tokens: readonly Token[], phrase: Phrase, end: number, lo: number): Phrase | null {
  let k = end;
  while (k >= lo && (tokens[k] as Token).start >= phrase.start) k--;
  const first = tokens[k + 1];
  if (first === undefined || first.cap || !PAST_VERB.test(first.lower)) return null;
  while (k >= lo && RELATIVE_AUX.test(tokens[k]?.lower ?? "")) k--;
  if (k - 1 < lo || !relatives.has(tokens[k]?.lower ?? "")) return null;
  return phraseLeftOf(text, tokens, k - 1, lo);
}

/**
 * The subject before an apposition that ends at the comma `comma` right before the cue: "X, the minister, said"
 * gives X; "Sen. Marco Rubio, R-Fla., appearing on Fox News, said" steps over a second apposition. Null when no comma
 * stands within reach before it.
 */
function appositionSubject(text: string, tokens: readonly Token[], comma: number, lo: number): Phrase | null {
  const j = previousComma(tokens, comma, comma - 1, lo);
  if (j === -1) return null;
  const name = phraseLeftOf(text, tokens, stepOverAge(tokens, j, lo) - 1, lo);
  if (name !== null) return name;
  const k = previousComma(tokens, comma, j - 1, lo);
  const before = k === -1 ? null : phraseLeftOf(text, tokens, k - 1, lo);
  if (before !== null && tokens[k - 1]?.cap === true) return before;
  return phraseLeftOf(text, tokens, comma - 1, j + 1);
}

/** The nearest comma at or before `from` and within an apposition's reach of `comma`, or -1. */
function previousComma(tokens: readonly Token[], comma: number, from: number, lo: number): number {
  for (let k = from; k >= lo && comma - k <= MAX_APPOSITION; k--) if (tokens[k]?.text === ",") return k;
  return -1;
}

/** Verbs that lead into a cue through "to" or "by": "went on to say", "began by saying", "proceeded to recite". */
const catenatives = new Set([
  "went",
  "go",
  "goes",
  "going",
  "proceeded",
  "proceeds",
  "continued",
  "continues",
  "began",
  "begins",
  "started",
  "starts",
  "moved",
  "hastened",
  "rushed",
  "took",
  "takes",
  "chose",
  "chooses",
  "opened",
  "opens",
  "ended",
  "ends",
  "closed",
  "closes",
  "responded",
  "responds",
  "replied",
]);

/** The token before a catenative verb leading into the cue ("went on to", "began by"), or `i` when none stands there. */
export function catenativeBefore(tokens: readonly Token[], i: number, lo: number): number {
  const word = tokens[i]?.lower;
  if (word !== "to" && word !== "by") return i;
  let k = i - 1;
  if (tokens[k]?.lower === "on" || tokens[k]?.lower === "up") k--;
  if (k < lo || !catenatives.has(tokens[k]?.lower ?? "")) return i;
  return k - 1;
}

/** Relative pronouns that stand for the noun phrase before them as a cue's subject. */
export const relatives: ReadonlySet<string> = new Set(["who", "which", "that"]);

/**
 * The antecedent of the relative pronoun at token `at`: "the senator, who said" → "the senator". Null when no
 * noun phrase stands right before it.
 */
export function antecedentOf(text: string, tokens: readonly Token[], at: number): Phrase | null {
  const comma = at - 1;
  const end = ANTECEDENT_BREAK.test(tokens[comma]?.text ?? "")
    ? (tokens[comma]?.text === "," ? stepOverAge(tokens, comma, 0) : comma) - 1
    : at - 1;
  return phraseLeftOf(text, tokens, end, Math.max(0, end - MAX_PHRASE)) ?? nounPhraseEndingAt(text, tokens, end);
}

/**
 * The noun phrase ending at token `end`, read leftwards up to its determiner or the verb or preposition that governs
 * it, where a whole subject cannot be read: "out-brutalizing [Ted Cruz]", "the ire of [lawmakers]".
 */
function nounPhraseEndingAt(text: string, tokens: readonly Token[], end: number): Phrase | null {
  const last = tokens[end];
  if (last === undefined || !last.word || phraseStops.has(last.lower) || isParticiple(last)) return null;
  if (pronouns.has(last.lower) || insidePhrase.has(last.lower) || prepositions.has(last.lower)) return null;
  let from = end;
  while (from - 1 >= 0 && end - from + 1 < MAX_PHRASE && !isDeterminer(tokens[from])) {
    const prev = tokens[from - 1] as Token;
    const joinsNames = prev.lower === "of" && tokens[from]?.cap === true && tokens[from - 2]?.cap === true;
    if (!(prev.word || prev.text === "'s" || prev.text === "’s") || isParticiple(prev) || phraseStops.has(prev.lower))
      break;
    if ((prepositions.has(prev.lower) || prev.lower === "of" || prev.lower === "and") && !joinsNames) break;
    // A lower-case word before a name is the verb that governs it: "praised Ted Cruz".
    if (!prev.cap && tokens[from]?.cap === true && !isDeterminer(prev) && !joinsNames) break;
    from--;
  }
  return phraseOf(text, tokens, from, end + 1);
}
/** An age set off by commas after a name: "Woodrow Benford, 58, who…". */
const AGE = /^\d{1,3}$/u;

/**
 * The comma to read a name before, given the comma at `comma`: the one before an age ("Benford, 58, says" steps
 * from the comma after 58 to the one after Benford), else `comma` itself.
 */
function stepOverAge(tokens: readonly Token[], comma: number, lo: number): number {
  const age = tokens[comma - 1];
  if (age === undefined || !AGE.test(age.text) || tokens[comma - 2]?.text !== "," || comma - 2 <= lo) return comma;
  return comma - 2;
}

/** What may stand between an antecedent and its relative pronoun: "Ted Cruz, who", "Graham—who", "(who". */
const ANTECEDENT_BREAK = /^[,—–(]$/u;

/** A lower-case "-ly" adverb between a subject and its verb: "Trump promptly said", "she flatly denied". */
function isAdverb(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    !token.cap &&
    token.lower.length > 4 &&
    token.lower.endsWith("ly") &&
    !lyNouns.has(token.lower)
  );
}
/** "-ly" words that are nouns or adjectives heading a subject: "Italy" is capitalised anyway; these are not. */
const lyNouns = new Set(["family", "ally", "assembly", "monopoly", "supply", "reply", "rally", "anomaly", "italy"]);

function isTimeAdverbial(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (timeWords.has(token.lower) && token.lower !== "this" && token.lower !== "last") {
    const before = tokens[i - 1]?.lower ?? "";
    const anchor = (w: string): boolean => w === "on" || w === "last" || w === "this" || w === "earlier";
    // "on Thursday evening": a time word after a day that follows its anchor.
    return anchor(before) || (timeWords.has(before) && anchor(tokens[i - 2]?.lower ?? ""));
  }
  return (
    (token.lower === "on" || token.lower === "last" || token.lower === "earlier" || token.lower === "this") &&
    timeWords.has(tokens[i + 1]?.lower ?? "")
  );
}

/** Units of a time span: "a month later", "two years ago". */
const TIME_UNIT = /^(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?)$/u;
/** Words that count a time span: "a month", "two years", "several weeks". */
const TIME_COUNT = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some|\d+)$/u;

/**
 * The first token of a time phrase ending at token `i`, or `i` when none ends there: "Fiorina [a month later]
 * announced", "allies have [in the past] said", "she [two years ago] wrote".
 */
function timePhraseStart(tokens: readonly Token[], i: number): number {
  const word = tokens[i]?.lower ?? "";
  if ((word === "later" || word === "ago" || word === "earlier") && TIME_UNIT.test(tokens[i - 1]?.lower ?? "")) {
    let k = i - 2;
    if (tokens[k]?.lower === "few" && tokens[k - 1]?.lower === "a") k--;
    return TIME_COUNT.test(tokens[k]?.lower ?? "") ? k : i - 1;
  }
  if (word === "past" && tokens[i - 1]?.lower === "the" && tokens[i - 2]?.lower === "in") return i - 2;
  return i;
}

/** Two-word adverbials whose second word would otherwise pass for a subject: "has so far avoided", "thus far said". */
const DEGREE_ADVERBIAL_HEAD = /^(?:so|thus)$/u;

/** Whether tokens `i - 1, i` are "so far" / "thus far" (an adverbial, never a speaker). */
function isDegreeAdverbial(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === "far" && DEGREE_ADVERBIAL_HEAD.test(tokens[i - 1]?.lower ?? "");
}

/** A subject pronoun contracted with "is" or "has": "he’s", "they've". */
const PRONOUN_CONTRACTION = /^(he|she|it|they|we|i|you)(?:['’](?:s|ve|d|ll|re|m))$/iu;

/** Words that open the subject of an object relative after "who"/"whom": "who many believe", "whom he called". */
const RELATIVE_SUBJECT = /^(?:many|most|some|few|he|she|they|we|i|you|critics|others|the|his|her|their)$/u;

/** A noun phrase ending at token `end` (inclusive), going left, not before `lo`. */
function phraseLeftOf(text: string, tokens: readonly Token[], end: number, lo: number): Phrase | null {
  const last = tokens[end];
  if (last === undefined || end < lo || !last.word || phraseStops.has(last.lower) || insidePhrase.has(last.lower)) {
    return null;
  }
  // "once he said", "aside from saying he said": a subject pronoun is the whole subject.
  if (pronouns.has(last.lower)) return phraseOf(text, tokens, end, end + 1);
  // "he’s said", "she's argued": the pronoun of the contraction is the subject.
  const contracted = PRONOUN_CONTRACTION.exec(last.text);
  if (contracted?.[1] !== undefined) {
    return { start: last.start, end: last.start + contracted[1].length, text: contracted[1] };
  }
  let from = end;
  while (from - 1 >= lo && end - from + 1 < MAX_PHRASE) {
    const prev = tokens[from - 1] as Token;
    if (!prev.word && prev.text !== "'s" && prev.text !== "’s" && prev.text !== "-") break;
    if (phraseStops.has(prev.lower)) break;
    // "has so far avoided threatening…": the words after the adverbial are a verb group, not a subject.
    if (isDegreeAdverbial(tokens, from - 1)) return null;
    if (prev.lower === "and" && !(tokens[from]?.cap === true && tokens[from - 2]?.cap === true)) break;
    // "a man who many believe", "the senator whom he praised": the subject of an object relative.
    if ((prev.lower === "who" || prev.lower === "whom") && RELATIVE_SUBJECT.test(tokens[from]?.lower ?? "")) break;
    from--;
  }
  // Drop a leading prepositional phrase ("In a statement the ministry") and dangling function words.
  const firstPrep = tokens.slice(from, end).findIndex((t, k) => k === 0 && prepositions.has(t.lower));
  if (firstPrep === 0) {
    let k = from + 1;
    while (k < end && !isDeterminer(tokens[k]) && !(tokens[k]?.cap === true && k > from + 1)) k++;
    // "she said in a video posted on…": after a verb, the preposition's own object is no subject of what follows.
    const governor = tokens[from - 1];
    if (k === from + 1 && from - 1 >= lo && governor?.word === true && phraseStops.has(governor.lower)) return null;
    from = k;
  }
  while (from < end && insidePhrase.has(tokens[from]?.lower ?? "") && !isDeterminer(tokens[from])) from++;
  // A participle or a lone preposition is no subject: "seizing on comments his rival made", "under".
  if (isParticiple(tokens[from]) || isParticiple(tokens[end]) || prepositions.has(tokens[from]?.lower ?? "")) {
    return null;
  }
  return phraseOf(text, tokens, from, end + 1);
}

/** A lower-case "-ing" word: "seizing", "being" (not "Fleming", "thing" is rare as a speaker head). */
function isParticiple(token: Token | undefined): boolean {
  return token !== undefined && !token.cap && token.lower.length > 4 && token.lower.endsWith("ing");
}

const determiners = new Set(["the", "a", "an", "its", "his", "her", "their", "two", "three", "several", "some", "one"]);
function isDeterminer(token: Token | undefined): boolean {
  return token !== undefined && determiners.has(token.lower);
}

/** Words that end a speaker phrase read rightwards: "said Rubio, who…", "said the minister in a statement". */
const forwardStops = new Set([
  ...phraseStops,
  "who",
  "in",
  "on",
  "at",
  "during",
  "after",
  "adding",
  "according",
  "to",
  "told",
  "on",
  "via",
  "before",
  "last",
  "earlier",
  "today",
  "yesterday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "speaking",
]);

/**
 * The speaker after an inverted cue: "…,” said Rubio." or "…, said the minister for foreign affairs, who…".
 * `hi` bounds the search (exclusive).
 */
export function subjectAfter(text: string, tokens: readonly Token[], cue: number, hi: number): Phrase | null {
  let to = cue + 1;
  while (to < hi && to - cue <= MAX_PHRASE) {
    const token = tokens[to] as Token;
    if (!token.word && token.text !== "'s" && token.text !== "’s" && token.text !== "-") break;
    if (forwardStops.has(token.lower) && !(token.lower === "of")) {
      if (!(insidePhrase.has(token.lower) && token.lower !== "in" && token.lower !== "on" && token.lower !== "at"))
        break;
    }
    to++;
  }
  while (to > cue + 1 && insidePhrase.has(tokens[to - 1]?.lower ?? "")) to--;
  return phraseOf(text, tokens, cue + 1, to);
}
