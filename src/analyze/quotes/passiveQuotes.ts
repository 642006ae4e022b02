import type { Span } from "../../article.js";
import type { QuoteDocument, RawQuote } from "./document.js";
import { overlapsAny, trimSpan } from "./document.js";
import { isPassiveCue, passiveAgent } from "./passiveCue.js";
import { subjectStart } from "./sentenceSubject.js";
import type { Token } from "./tokens.js";

/** Subjects that are no content: a relative pronoun points back to a phrase the rule does not read. */
const NOT_CONTENT = /^(?:which|who|that|it|this|he|she|they|we|i|you)$/iu;
/** How many tokens the subject of the passive may run. */
const MAX_SUBJECT = 14;

/**
 * Passive reports with their agent: "[The meeting] was first reported by Politico", "[Sanders' stridency] was
 * echoed by Martin O'Malley". The content is the subject of the passive (what was reported), the speaker the agent
 * after "by". Only speech cues count. A stretch already taken by another quote is left to it. Never throws.
 *
 * @example passiveQuotes(prepare("The meeting was first reported by Politico.", …), []) // "The meeting", "Politico"
 */
export function passiveQuotes(doc: QuoteDocument, taken: readonly RawQuote[]): RawQuote[] {
  const { text, tokens } = doc;
  const out: RawQuote[] = [];
  doc.sentenceTokens.forEach((range, sentence) => {
    for (let i = range.from + 1; i < range.to; i++) {
      const cue = doc.cueStarting[i];
      if (cue === null || cue === undefined || tokens[cue.to]?.lower !== "by") continue;
      // Only speech: "the plan was welcomed by the EU" names what the EU welcomed, not what it said.
      if (cue.kind !== "speech") continue;
      if (!isPassiveCue(tokens, cue)) continue;
      const speaker = passiveAgent(text, tokens, cue);
      if (speaker === null) continue;
      const content = subjectOfPassive(doc, range, i);
      if (content === null || overlapsAny(taken, content)) continue;
      out.push({
        kind: "indirect",
        parts: [content],
        cue,
        speaker,
        evidence: "stated",
        viaFrom: cue.to,
        viaTo: cue.to,
        sentence,
        inherit: false,
      });
    }
  });
  return out;
}

/** The subject of the passive before its "be": from the sentence's subject (or the last comma) up to it. */
function subjectOfPassive(doc: QuoteDocument, range: { from: number; to: number }, cue: number): Span | null {
  const { text, tokens } = doc;
  let be = cue - 1;
  while (be > range.from && !/^(?:is|was|are|were|be|been|being)$/u.test((tokens[be] as Token).lower)) be--;
  // "has been", "had been", "have been", "will be": the auxiliary is not part of the subject.
  while (
    be > range.from &&
    /^(?:has|have|had|will|would|could|may|might|must|should|can)$/u.test(tokens[be - 1]?.lower ?? "")
  )
    be--;
  let from = subjectStart(tokens, range);
  for (let k = be - 1; k >= from; k--) {
    if (tokens[k]?.text === "," || tokens[k]?.text === ";" || doc.cueStarting[k] != null) {
      from = k + 1;
      break;
    }
  }
  if (from >= be || be - from > MAX_SUBJECT) return null;
  const first = tokens[from] as Token;
  const last = tokens[be - 1] as Token;
  if (be - from === 1 && NOT_CONTENT.test(first.text)) return null;
  if (!first.word) return null;
  return trimSpan(text, first.start, last.end);
}
