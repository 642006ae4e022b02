import type { Span } from "../../article.js";
import type { Cue } from "./cueAt.js";
import type { QuoteDocument } from "./document.js";
import { trimSpan } from "./document.js";
import type { Phrase } from "./speakerPhrase.js";
import { relatives, subjectAfter } from "./speakerPhrase.js";
import type { Token } from "./tokens.js";

/** Time words that may follow the cue inside the parenthesis: ", Sanders said Tuesday,", ", he said last week,". */
const PARENTHESIS_TIME =
  /^(?:on|last|this|early|late|earlier|later|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night)$/u;
/**
 * What follows the parenthesis when the opening is the content and the rest is not: a conjunction or a preposition
 * opening a clause of the writer's ("…, he said, and intense wrangling…", "…, he said, on condition of anonymity").
 */
const OPENING_ONLY =
  /^(?:and|but|so|or|yet|as|while|although|though|because|since|whereas|unless|until|on|in|at|with|without|after|before|during|from|for|to|under|amid|despite|according|compared|who|which|when|where|than)$/u;
/** A new subject after the parenthesis: the opening was a lead-in ("Six months ago, he said, the media…"). */
const NEW_SUBJECT =
  /^(?:the|a|an|this|these|those|his|her|their|its|our|my|some|many|most|(?:he|she|they|we|i|it|there|you|that)(?:['’](?:s|re|ve|d|ll|m))?)$/u;
/** Words before the opening comma that make the opening a clause of its own: "who works for RT and, Mr. King said, …". */
const JOINS_OPENING = /^(?:and|but|or|nor|that|because|who|whom|which)$/u;
/** First words of an opening that is a lead-in, not reported content: "After the meeting, Trump said, …". */
const LEAD_IN_OPENING =
  /^(?:after|before|during|in|on|at|as|when|while|if|since|because|although|though|asked|however|rather|even|but|and|so|yet|still|now|then|instead|meanwhile|for|with|from|under|by|to|of|despite|amid|until|unless|whether|earlier|later|today|yesterday)$/u;
const MIN_OPENING_WORDS = 3;
const MAX_PARENTHESIS_TIME = 3;
/** Prepositions that open a channel inside the parenthesis: ", Graham said on CNN,", ", she said in a statement,". */
const CHANNEL_OPENING = /^(?:on|in|during)$/u;
/** Lower-case words of a channel phrase; its names are capitalised ("in an interview with Fox News"). */
const CHANNEL_WORD =
  /^(?:a|an|the|his|her|its|their|statement|interview|tweet|post|speech|letter|briefing|conference|appearance|with)$/u;
const MAX_CHANNEL = 6;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A speech cue that interrupts the content as a parenthesis: "Sales were great, he said, wiping sweat off his face."
 * gives "Sales were great"; "The policy, Sanders said, would cost $1 trillion." gives both sides as two parts, since
 * the clause goes on after the parenthesis. `subject` is the cue's subject as read leftwards. Null when the subject
 * does not follow a comma inside the sentence, no comma follows the cue, or the opening is a lead-in ("After the
 * vote, Trump said, …"), which leaves the content after the cue to the ordinary reading.
 *
 * @example parentheticalParts(doc, cue, subject, range) // [{ start: 0, end: 16 }] for "Sales were great, he said, …"
 */
export function parentheticalParts(
  doc: QuoteDocument,
  cue: Cue,
  subject: Phrase,
  range: { from: number; to: number },
): Span[] | null {
  const { text, tokens } = doc;
  if (cue.kind !== "speech" || relatives.has(subject.text.toLowerCase())) return null;
  let open = cue.from - 1;
  while (open > range.from && (tokens[open] as Token).start >= subject.start) open--;
  if (open <= range.from || tokens[open]?.text !== "," || doc.quoteOf[open] !== -1) return null;
  if (JOINS_OPENING.test(tokens[open - 1]?.lower ?? "")) return null;
  let close = cue.to;
  while (close < range.to && close - cue.to < MAX_PARENTHESIS_TIME && PARENTHESIS_TIME.test(tokens[close]?.lower ?? ""))
    close++;
  close = afterChannel(tokens, close, range.to);
  if (tokens[close]?.text !== "," || close + 1 >= range.to) return null;
  const sentence = doc.sentences[doc.sentenceOf[cue.from] ?? -1];
  if (sentence === undefined) return null;
  const opening = trimSpan(text, (tokens[range.from] as Token).start, (tokens[open] as Token).start);
  const openingWords = text.slice(opening.start, opening.end).match(WORD) ?? [];
  const first = tokens[range.from] as Token;
  // A quoted stretch in the opening is a direct quote of its own, read elsewhere.
  if (openingWords.length === 0 || doc.quoteOf[range.from] !== -1 || LEAD_IN_OPENING.test(first.lower)) return null;
  const next = tokens[close + 1] as Token;
  if (next.cap || NEW_SUBJECT.test(next.lower) || !next.word) return null;
  // "The policy, Sanders said, would cost…", "…so bad, Mr. Obama noted, that the page…": the clause goes on.
  if (!OPENING_ONLY.test(next.lower) && !isGerund(next)) return [opening, trimSpan(text, next.start, sentence.end)];
  return openingWords.length >= MIN_OPENING_WORDS ? [opening] : null;
}

/**
 * The closing comma after a channel or place that follows the cue ("said on CNN,", "said in Kyiv on Tuesday,"), or
 * `close` unchanged when no channel ending in a comma stands there. `close` is past the cue and any time words.
 */
function afterChannel(tokens: readonly Token[], close: number, to: number): number {
  const opens = CHANNEL_OPENING.test(tokens[close]?.lower ?? "");
  if (!opens && !CHANNEL_OPENING.test(tokens[close - 1]?.lower ?? "")) return close;
  const from = opens ? close + 1 : close;
  let k = from;
  const fits = (t: Token | undefined): boolean =>
    t !== undefined && (t.cap || CHANNEL_WORD.test(t.lower) || PARENTHESIS_TIME.test(t.lower));
  while (k < to && k - from < MAX_CHANNEL && fits(tokens[k])) k++;
  return k > from && tokens[k]?.text === "," ? k : close;
}

/** "adding", "wiping": a participle opens a clause about the speaker, not more of the content. */
function isGerund(token: Token): boolean {
  return token.lower.length > 4 && token.lower.endsWith("ing");
}

/** Words that open a speaker phrase after an inverted cue: "said the minister", "said one GOP source". */
const SPEAKER_OPENING = /^(?:the|a|an|one|two|three|several|some|many|his|her|their|its|another|other)$/u;

/**
 * The speaker of an inverted speech cue set off by commas inside a sentence, with the content before it: "…, said
 * Larry Sabato, director of the Center for Politics." or "…, said Ms. Gil, noting…". Null unless a comma stands
 * before the cue and after a speaker phrase that opens with a capital or a determiner.
 *
 * @example invertedSpeaker(doc, cue, range)?.text // "Larry Sabato"
 */
export function invertedSpeaker(doc: QuoteDocument, cue: Cue, range: { from: number; to: number }): Phrase | null {
  const { text, tokens } = doc;
  if (cue.kind !== "speech" || tokens[cue.from - 1]?.text !== "," || cue.to >= range.to) return null;
  const first = tokens[cue.to] as Token;
  if (!first.word || !(first.cap || SPEAKER_OPENING.test(first.lower))) return null;
  const speaker = subjectAfter(text, tokens, cue.to - 1, range.to);
  if (speaker === null) return null;
  let after = cue.to;
  while (after < range.to && (tokens[after] as Token).end <= speaker.end) after++;
  return tokens[after]?.text === "," ? speaker : null;
}
