import type { Cue } from "./cueAt.js";
import type { QuoteDocument } from "./document.js";
import type { Phrase } from "./speakerPhrase.js";
import { catenativeBefore, pronouns, subjectAfter } from "./speakerPhrase.js";
import type { Token } from "./tokens.js";

/** A dash that ends a dateline: "WASHINGTON (AP) —", "PARIS, Dec. 8 (UPI) -". */
const DATELINE_DASH = /^[—–-]$/u;
/** How far into a sentence a dateline's dash may stand. */
const MAX_DATELINE = 12;
/** A word of a dateline's place in capitals: "WASHINGTON", "NEW YORK", "ST. LOUIS". */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu}.'’-]+$/u;
/**
 * First words of an introductory phrase set off by a comma before the subject: prepositions, subordinators and
 * sentence adverbs ("In a statement released Thursday, Rep. Jeffries…", "Instead, the senator…", "Hours later,").
 */
const INTRO_OPENING = new Set([
  "in",
  "on",
  "at",
  "after",
  "before",
  "during",
  "with",
  "without",
  "for",
  "from",
  "under",
  "over",
  "amid",
  "despite",
  "since",
  "when",
  "while",
  "as",
  "if",
  "although",
  "though",
  "because",
  "instead",
  "meanwhile",
  "however",
  "still",
  "now",
  "then",
  "later",
  "earlier",
  "yesterday",
  "today",
  "recently",
  "also",
  "hours",
  "days",
  "weeks",
  "months",
  "years",
  "moments",
  "minutes",
  "last",
  "this",
  "separately",
  "afterward",
  "afterwards",
  "finally",
  "again",
  "and",
  "but",
  "so",
  "like",
  "unlike",
  "early",
  "late",
  "once",
  "following",
  "back",
]);
/** A capitalised adverb opening the sentence: "Essentially, Clinton’s lawyers…", "Shortly after the vote, …". */
const ADVERB_OPENING = /^\p{Lu}\p{Ll}{3,}(?:al|ate|ent|ant|ct|t|ous|ive|ib|ab|ar|ed|ing|i)ly$/u;
/** A time phrase ending its introduction: "A month later,", "Eight years ago,". */
const TIME_INTRO_END = new Set(["ago", "later", "earlier", "before"]);
const MAX_TIME_INTRO = 5;
/** How many tokens an introductory phrase may run before its comma. */
const MAX_INTRO = 20;
/** Words that open a subject after the introductory comma. */
const SUBJECT_OPENING =
  /^(?:the|a|an|this|these|those|his|her|their|its|our|my|some|many|most|several|he|she|they|we|i|it|you|one|two|three|both|all)$/u;

/**
 * The token where the subject of the sentence `range` starts: after a dateline ("WASHINGTON, Dec. 8 (UPI) —") and
 * an introductory phrase set off by a comma ("In a statement released Thursday, Rep. Hakeem Jeffries reacted…",
 * "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush…", "Hours later, Trump…").
 *
 * @example subjectStart(tokenize("Hours later, Trump said so."), { from: 0, to: 7 }) // 3 (at "Trump")
 */
export function subjectStart(tokens: readonly Token[], range: { from: number; to: number }): number {
  let from = range.from;
  // "WASHINGTON (AP) —", "ORLANDO, Fla. —": a place in capitals, then up to a dash.
  if (DATELINE_PLACE.test(tokens[from]?.text ?? "") && (tokens[from]?.text.length ?? 0) > 2) {
    for (let k = from + 1; k < range.to && k - from <= MAX_DATELINE; k++) {
      if (DATELINE_DASH.test((tokens[k] as Token).text)) {
        from = k + 1;
        break;
      }
    }
  }
  from = agencyDatelineEnd(tokens, from, range.to);
  // "The day before, at a rally in Beaumont, Tex., Mr. Trump…": introductions may follow one another.
  for (let guard = 0; guard < 3; guard++) {
    const next = introductionEnd(tokens, from, range.to);
    if (next === from) break;
    from = next;
  }
  return from;
}

/** An agency in parentheses: "(AFP)", "(AP)", "(UPI)". */
const AGENCY = /^\p{Lu}{2,}$/u;
/** How many words a place may have before the agency: "Mexico City (AFP) –". */
const MAX_PLACE_WORDS = 3;

/** After a dateline in ordinary case naming its agency, "Philadelphia (AFP) –", the token after the dash; else `from`. */
function agencyDatelineEnd(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && k - from < MAX_PLACE_WORDS && tokens[k]?.cap === true && tokens[k]?.word === true) k++;
  if (k === from || tokens[k]?.text !== "(" || !AGENCY.test(tokens[k + 1]?.text ?? "")) return from;
  if (tokens[k + 2]?.text !== ")" || !DATELINE_DASH.test(tokens[k + 3]?.text ?? "")) return from;
  return k + 4;
}

/** The token after one introductory phrase and its comma at `from` ("Hours later,", "In Iowa,"), or `from`. */
function introductionEnd(tokens: readonly Token[], from: number, to: number): number {
  const first = tokens[from];
  if (first === undefined || !first.word) return from;
  const range = { from, to };
  let comma = from + 1;
  while (comma < range.to && comma - from <= MAX_INTRO && tokens[comma]?.text !== ",") comma++;
  if (tokens[comma]?.text !== ",") return from;
  const opensIntro =
    INTRO_OPENING.has(first.lower) ||
    isParticipleOpening(first) ||
    ADVERB_OPENING.test(first.text) ||
    (comma - from <= MAX_TIME_INTRO && TIME_INTRO_END.has(tokens[comma - 1]?.lower ?? ""));
  const after = tokens[comma + 1];
  // "The day before, at a rally…, Mr. Trump": a second introduction may follow the first.
  if (!opensIntro || !(opensSubject(after) || (after !== undefined && INTRO_OPENING.has(after.text)))) return from;
  // "…in Salem, New Hampshire, Trump went…": a place named after a comma belongs to the introduction.
  let next = comma + 1;
  let k = next;
  // "Tex.," is a place with its abbreviation's dot.
  while (k < range.to && k - next < 3 && (tokens[k]?.cap === true || (k > next && tokens[k]?.text === "."))) k++;
  if (k > next && tokens[k]?.text === "," && opensSubject(tokens[k + 1]) && isPlaceAfterComma(tokens, next, k)) {
    next = k + 1;
  }
  return next;
}

/** Every word capitalised, two words at most: "New Hampshire", "Iowa" after "in Des Moines,". */
function isPlaceAfterComma(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.text !== ".");
  return words.length <= 2 && words.every((t) => t.cap && t.word);
}

function opensSubject(token: Token | undefined): boolean {
  return token !== undefined && token.word && (token.cap || SUBJECT_OPENING.test(token.lower));
}

/** A participle opening the sentence: "Speaking at…", "Asked about…", "Holding signs…". */
function isParticipleOpening(token: Token): boolean {
  return token.cap && token.lower.length > 5 && (token.lower.endsWith("ing") || token.lower.endsWith("ed"));
}

/**
 * The subject of the sentence `range`, read from its start (after a dateline or an introductory phrase) up to its
 * first cue, at `until` at the latest: "Hours later, Trump returned the compliment, telling Reuters…" gives "Trump".
 * Null when no phrase stands there.
 */
export function sentenceSubject(doc: QuoteDocument, range: { from: number; to: number }, until: number): Phrase | null {
  const start = subjectStart(doc.tokens, range);
  // "A month later, he paid a visit…, saying": a subject pronoun is the whole subject.
  const first = doc.tokens[start];
  if (first !== undefined && start < until && pronouns.has(first.lower)) {
    return { start: first.start, end: first.end, text: first.text };
  }
  let end = start;
  while (end < until && doc.cueStarting[end] == null) end++;
  // "Hours later, Trump returned the compliment, telling…": the subject ends before a verb in the past tense.
  for (let k = start + 1; k < end; k++) {
    const t = doc.tokens[k] as Token;
    const past = (t.lower.length > 4 && t.lower.endsWith("ed")) || IRREGULAR_PAST.has(t.lower);
    if (!t.cap && past && !DETERMINER.test(doc.tokens[k - 1]?.lower ?? "")) {
      end = k;
      break;
    }
  }
  return subjectAfter(doc.text, doc.tokens, start - 1, end);
}

/** Common irregular verbs in the past tense, which end a subject as "-ed" verbs do: "The senator stood…". */
const IRREGULAR_PAST = new Set(
  "stood went took came gave told spoke wrote ran began brought held sent spent won got saw sat rose fell drew struck threw broke chose sought fought bought caught taught thought felt heard knew grew became paid made met led left lost kept put set said found meant".split(
    " ",
  ),
);

/** Words after which an "-ed" word is an adjective of the subject: "the elected officials". */
const DETERMINER = /^(?:the|a|an|this|these|those|his|her|their|its|our|my|some|many|most|several|all|both)$/u;

/** Adverbs between a coordinator and its verb: "and later said", "but also warned". */
const coordinatedAdverbs = new Set([
  "also",
  "later",
  "then",
  "again",
  "repeatedly",
  "has",
  "have",
  "had",
  "publicly",
  // "…but did not suggest it would be Trump", "…and would not say whether…".
  "did",
  "does",
  "not",
  "never",
  "would",
  "will",
  "could",
  "didn’t",
  "didn't",
]);

/**
 * The subject of a coordinated cue, which is the sentence's: "Clark said … but said the outcome was open",
 * "Spicer urged calm and said…", "She declared “What a night!” and said that…". Null when no "and"/"but" stands
 * right before the cue or the sentence opens with no subject.
 */
export function coordinatedSubject(doc: QuoteDocument, cue: Cue, range: { from: number; to: number }): Phrase | null {
  let i = cue.from - 1;
  while (i > range.from && coordinatedAdverbs.has((doc.tokens[i] as Token).lower)) i--;
  // "…but went on to say": the coordinated verb leads into the cue.
  i = catenativeBefore(doc.tokens, i, range.from);
  while (i > range.from && coordinatedAdverbs.has((doc.tokens[i] as Token).lower)) i--;
  const word = doc.tokens[i]?.lower;
  if (i <= range.from || (word !== "and" && word !== "but")) return null;
  if (!opensSubject(doc.tokens[subjectStart(doc.tokens, range)])) return null;
  return sentenceSubject(doc, range, i);
}
