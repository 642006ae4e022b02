import type { Cue } from "./cueAt.js";
import type { QuoteDocument } from "./document.js";
import type { Phrase } from "./speakerPhrase.js";
import { phraseOf, pronouns } from "./speakerPhrase.js";

/** Subordinators that may open a sentence before its participle: "After thanking the crowd, …". */
const OPENING_SUBORDINATOR = /^(?:after|before|by|while|when|since|upon|in|without)$/u;
/** How far the comma that ends the participle's clause may stand from the cue. */
const MAX_CLAUSE = 20;
/** The most words a name after the comma may have: "Former Gov. Jeb Bush". */
const MAX_NAME = 5;

/**
 * The subject of the main clause after a participle clause that opens the sentence: "After praising the governor,
 * [Sanders] left", "Criticizing police tactics, [Clinton] called…". The participle's subject is the main clause's.
 * Null unless the cue is an "-ing" form at the sentence start (or after one subordinator), a comma ends its clause,
 * and a name or a pronoun follows it.
 *
 * @example openingParticipleSubject(doc, cue, range)?.text // "Sanders"
 */
export function openingParticipleSubject(
  doc: QuoteDocument,
  cue: Cue,
  range: { from: number; to: number },
): Phrase | null {
  const { text, tokens } = doc;
  if (!tokens[cue.from]?.lower.endsWith("ing")) return null;
  const opening =
    cue.from === range.from ||
    (cue.from === range.from + 1 && OPENING_SUBORDINATOR.test(tokens[range.from]?.lower ?? ""));
  if (!opening) return null;
  let comma = cue.to;
  while (comma < range.to && comma - cue.to < MAX_CLAUSE && tokens[comma]?.text !== ",") comma++;
  if (tokens[comma]?.text !== "," || doc.quoteOf[comma] !== -1) return null;
  const first = tokens[comma + 1];
  if (first === undefined || !first.word) return null;
  if (pronouns.has(first.lower)) return phraseOf(text, tokens, comma + 1, comma + 2);
  // A name: its capitalised words up to the verb ("Glenn Beck turned…").
  let end = comma + 1;
  while (end < range.to && end - comma <= MAX_NAME && tokens[end]?.cap === true && tokens[end]?.word === true) end++;
  return end > comma + 1 && end < range.to && tokens[end]?.word === true
    ? phraseOf(text, tokens, comma + 1, end)
    : null;
}
