import type { QuoteDocument } from "./document.js";
import type { Token } from "./tokens.js";

/** Cue kinds that open a new clause after a comma and a short subject: ", he made it clear that…". */
const CLAUSE_AFTER_SUBJECT = new Set(["speech", "belief", "evidence"]);
/** The longest subject between the comma and such a cue: "the candidate", "his campaign manager". */
const MAX_SUBJECT_WORDS = 3;
/** Lower-case words that open the subject of a new clause; a capitalised word ("Clinton", "Mr.") opens one too. */
const SUBJECT_OPENER =
  /^(?:he|she|they|we|i|it|the|his|her|their|its|our|many|some|most|others|officials|critics|aides|supporters)$/u;
/** Words that cannot stand in such a subject: a subordinator, a preposition or a verb makes it something else. */
const NOT_IN_SUBJECT =
  /^(?:that|which|who|whom|whose|if|when|whether|because|as|while|since|although|though|and|or|but|not|to|of|in|on|at|for|with|by|from|is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|do|does|did)$/u;

/**
 * Whether the comma at token `comma` ends the content read before it because a main clause with an attribution of
 * its own follows: a short subject, then a speech, belief or evidence cue ("While he did not mention Rubio by name,
 * he made it clear that…", "Asked about the email, Clinton said she…"). Tokens from `to` on are not read.
 *
 * @example commaAttribution(doc, k, to) // true at the comma of "…mention Rubio by name, he made it clear that…"
 */
export function commaAttribution(doc: QuoteDocument, comma: number, to: number): boolean {
  const { tokens, cueStarting } = doc;
  if (tokens[comma]?.text !== ",") return false;
  const opener = tokens[comma + 1];
  if (opener === undefined || !(opener.cap || SUBJECT_OPENER.test(opener.lower))) return false;
  for (let k = comma + 1; k < to && k <= comma + MAX_SUBJECT_WORDS + 1; k++) {
    const cue = cueStarting[k];
    if (k > comma + 1 && cue !== null && cue !== undefined) return CLAUSE_AFTER_SUBJECT.has(cue.kind);
    const t = tokens[k] as Token;
    if (!t.word || NOT_IN_SUBJECT.test(t.lower)) return false;
  }
  return false;
}
