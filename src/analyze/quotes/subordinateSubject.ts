import type { Cue } from "./cueAt.js";
import type { QuoteDocument } from "./document.js";
import { sentenceSubject } from "./sentenceSubject.js";
import type { Phrase } from "./speakerPhrase.js";
import type { Token } from "./tokens.js";

/** Prepositions that put a participle under the main clause: "by denouncing", "in endorsing", "before backing". */
const PARTICIPLE_PREPOSITION = /^(?:by|in|before|after|while|when|without|for|from|of)$/u;
/**
 * Words that open a sentence without being its subject, when no comma sets them off: "Even…", "Soon the…",
 * "With key states ahead…", "And it…".
 */
const NOT_A_SUBJECT =
  /^(?:even|indeed|soon|prior|perhaps|then|and|but|or|so|yet|with|without|outside|inside|also|still|now|here|there|instead|meanwhile|however|thus|only|just|more|most|less|in|on|at|for|from|by|after|before|during|since|until|while|when|if|as|because|although|though|to|it|this|that|what|which|who|not|no)$/u;

/**
 * The subject of a cue that is a participle under a preposition ("Gary Hart won by denouncing [the New Deal]") or an
 * infinitive of purpose ("Sanders visited NBC to discuss [his remarks]"): the sentence's subject, read up to the
 * preposition. Null when the cue is neither, opens the sentence ("In criticizing Clinton, …" names its subject
 * later), or the sentence opens with no plausible subject ("Even…", "With key states ahead…").
 *
 * @example subordinateSubject(doc, cueOf("discuss"), range)?.text // "Sen. Bernie Sanders"
 */
export function subordinateSubject(doc: QuoteDocument, cue: Cue, range: { from: number; to: number }): Phrase | null {
  if (!isSubordinate(doc, cue, range)) return null;
  const subject = sentenceSubject(doc, range, cue.from - 1);
  if (subject === null) return null;
  const first = subject.text.split(/\s+/u)[0]?.toLowerCase() ?? "";
  if (NOT_A_SUBJECT.test(first)) return null;
  // A subject is followed by its verb (a lower-case word), an apposition or a parenthesis: "Pence, on the other
  // hand, had…", "Gary Hart started…". "Two weeks ago" or "Outside Carrier's plant" are not.
  let k = cue.from - 1;
  while (k > range.from && (doc.tokens[k - 1] as Token).start >= subject.end) k--;
  const next = doc.tokens[k];
  if (next === undefined || !(next.text === "," || next.text === "(" || (next.word && !next.cap))) return null;
  return subject;
}

/**
 * Whether the cue at `cue` is a participle after a subordinating preposition or an infinitive after "to", inside
 * its sentence (not opening it).
 */
export function isSubordinate(doc: QuoteDocument, cue: Cue, range: { from: number; to: number }): boolean {
  if (cue.from - 1 <= range.from) return false;
  const word = doc.tokens[cue.from - 1]?.lower ?? "";
  const participle = (doc.tokens[cue.from] as Token).lower.endsWith("ing");
  return participle ? PARTICIPLE_PREPOSITION.test(word) : word === "to";
}
