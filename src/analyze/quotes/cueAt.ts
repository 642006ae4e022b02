import type { CueList, Cues } from "./cues.js";
import type { Token } from "./tokens.js";

/**
 * What a cue word does: reports speech, what evidence shows, a position, frames a partial quote, takes its object or infinitive as
 * content ("endorsed Trump", "vowed to…"), continues a subject, or "according to".
 */
export type CueKind = "speech" | "evidence" | "belief" | "naming" | "object" | "gerund" | "according";

const kindOf: Record<CueList, CueKind> = {
  speech: "speech",
  evidence: "evidence",
  belief: "belief",
  naming: "naming",
  objects: "object",
  gerunds: "gerund",
};

/** A cue found in the text: its kind and token range [from, to). */
export interface Cue {
  kind: CueKind;
  from: number;
  to: number;
}

/**
 * The cue starting at token `i`, if any. "according to" spans two tokens; "told" followed by a noun is still speech.
 *
 * @example cueAt(tokenize("Rubio said"), 1, cues) // { kind: "speech", from: 1, to: 2 }
 */
export function cueAt(tokens: readonly Token[], i: number, cues: Cues): Cue | null {
  const token = tokens[i];
  if (token === undefined || !token.word) return null;
  const w = token.lower;
  if (!cues.starts.has(w)) return null;
  for (const phrase of cues.according) {
    if (phrase[0] === w && phrase.every((p, k) => tokens[i + k]?.lower === p)) {
      return { kind: "according", from: i, to: i + phrase.length };
    }
  }
  const phrases = cues.phrases.get(w);
  if (phrases !== undefined) {
    for (const { words, list } of phrases) {
      if (words.every((p, k) => tokens[i + k]?.lower === p)) {
        return { kind: kindOf[list], from: i, to: i + words.length };
      }
    }
  }
  if (cues.objects.has(w)) return { kind: "object", from: i, to: i + 1 };
  if (cues.speech.has(w)) return { kind: "speech", from: i, to: i + 1 };
  if (cues.evidence.has(w)) return { kind: "evidence", from: i, to: i + 1 };
  if (cues.gerunds.has(w))
    return { kind: w.endsWith("ing") && cues.naming.has(w) ? "naming" : "gerund", from: i, to: i + 1 };
  if (cues.naming.has(w)) return { kind: "naming", from: i, to: i + 1 };
  if (cues.belief.has(w)) return { kind: "belief", from: i, to: i + 1 };
  return null;
}
