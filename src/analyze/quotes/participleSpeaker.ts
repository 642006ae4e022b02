import type { QuoteDocument } from "./document.js";
import type { Phrase } from "./speakerPhrase.js";
import { subjectAfter, subjectBefore } from "./speakerPhrase.js";
import type { Token } from "./tokens.js";

/**
 * The speaker of a participle cue ("adding", "saying", "noting") when a speech cue stands earlier in its sentence:
 * "“…,” Mr. Ackman said, adding that…", "…, Mr. Manafort said, adding…", "…, said Ms. Gil, noting…". The
 * participle continues that attribution, whose subject may be far from the sentence's start. Null when no speech
 * cue with a subject stands before `before` in the sentence `range`.
 *
 * @example participleSpeaker(doc, range, addingIndex)?.text // "Mr. Ackman"
 */
export function participleSpeaker(
  doc: QuoteDocument,
  range: { from: number; to: number },
  before: number,
): Phrase | null {
  const { text, tokens } = doc;
  for (let k = before - 1; k > range.from; k--) {
    const cue = doc.cueStarting[k];
    if (cue === null || cue === undefined || cue.kind !== "speech") continue;
    const previous = tokens[k - 1] as Token;
    // "…, said Ms. Gil, noting": an inverted cue has its speaker after it.
    if (previous.text === "," || doc.quoteOf[k - 1] !== -1) return subjectAfter(text, tokens, k, before);
    return subjectBefore(text, tokens, k, range.from);
  }
  return null;
}
