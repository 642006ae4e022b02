import type { QuoteDocument } from "./document.js";
import { sentenceSubject } from "./sentenceSubject.js";
import type { Phrase } from "./speakerPhrase.js";
import { phraseOf } from "./speakerPhrase.js";
import type { Token } from "./tokens.js";

/** How many capitalised words a name right before the colon may have: "Frank Newport and Jim Harter:". */
const MAX_NAME_WORDS = 6;
/** Words that may join the parts of such a name: "Newport and Jim Harter", "Bank of America". */
const NAME_JOINS = new Set(["and", "of", "&"]);
/** What may stand before a name heading a quote: "- Carl Bialik:", "More from Jones:", "Here’s Clinton:". */
const NAME_LEAD = /^(?:[-—–―]|from|here['’]s)$/u;

/**
 * The speaker of a quote introduced by a colon and no cue we know: a name heading it ("- Carl Bialik: “…”", "More
 * from Jones: “…”"), else the subject of the clause before the colon ("President Clinton released the following
 * statement: “…”", "Article 33 affirms: “…”", "Clinton went on:" closing the paragraph before). `colon` is the
 * colon's token and `range` the sentence holding it. Null when neither stands there.
 *
 * @example colonSpeaker(doc, range, colonIndex)?.text // "President Clinton"
 */
export function colonSpeaker(doc: QuoteDocument, range: { from: number; to: number }, colon: number): Phrase | null {
  const { tokens } = doc;
  if (tokens[colon]?.text !== ":" || colon <= range.from) return null;
  const name = colonName(doc, range, colon);
  if (name !== null) return name;
  // Otherwise the subject of the clause before the colon, when that clause has a verb after its subject.
  const subject = sentenceSubject(doc, range, colon);
  if (subject === null || subject.end >= (tokens[colon - 1] as Token).end) return null;
  return subject;
}

/**
 * A name heading a quote: right before the colon `colon`, after a dash, "from", "here’s" or the start of the
 * sentence `range` ("Pollsters agree - Carl Bialik: “…”" gives "Carl Bialik"). Null otherwise.
 */
export function colonName(doc: QuoteDocument, range: { from: number; to: number }, colon: number): Phrase | null {
  const { text, tokens } = doc;
  if (tokens[colon]?.text !== ":" || colon <= range.from) return null;
  let k = colon - 1;
  while (k >= range.from && colon - k <= MAX_NAME_WORDS) {
    const t = tokens[k] as Token;
    if (t.cap && t.word) k--;
    else if (NAME_JOINS.has(t.lower) && tokens[k - 1]?.cap === true) k--;
    else break;
  }
  const nameFrom = k + 1;
  const lead = tokens[k];
  if (nameFrom < colon && tokens[nameFrom]?.cap === true && (k < range.from || NAME_LEAD.test(lead?.lower ?? ""))) {
    return phraseOf(text, tokens, nameFrom, colon);
  }
  return null;
}
