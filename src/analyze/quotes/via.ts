import type { Mention } from "../../article.js";
import type { Cues } from "./cues.js";
import type { Token } from "./tokens.js";

/** Prepositions dropped from the front of a channel phrase. */
const leading = new Set(["in", "on", "at", "with", "via", "to"]);

/**
 * The channel a speaker used, read in tokens [from, to) around the cue: "in a statement" → "a statement",
 * "told Fox News" → "Fox News", "said on X" → "X", "in an interview with Al Jazeera" → "Al Jazeera".
 * Media outlets are recognised by the cue lexicon's media words or by channel mentions from the actors stage.
 */
export function findVia(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  cues: Cues,
  mentions: readonly Mention[],
): string | null {
  for (let i = from; i < Math.min(to, tokens.length); i++) {
    const token = tokens[i] as Token;
    // "in an interview with Al Jazeera", "told Fox News", "said on X", "wrote on Truth Social"
    if (token.lower === "told" || token.lower === "with" || token.lower === "on" || token.lower === "to") {
      const outlet = outletAfter(text, tokens, i + 1, to, cues, mentions);
      if (outlet !== null) return outlet;
    }
    for (const phrase of cues.channels) {
      if (phrase[0] === token.lower && phrase.every((p, k) => tokens[i + k]?.lower === p)) {
        const end = i + phrase.length;
        // "in an interview with Al Jazeera": the outlet is the better answer.
        if (tokens[end]?.lower === "with") {
          const outlet = outletAfter(text, tokens, end + 1, to, cues, mentions);
          if (outlet !== null) return outlet;
        }
        // Drop the preposition: "in a statement" → "a statement".
        const start = leading.has(token.lower) && end - i > 1 ? i + 1 : i;
        const first = tokens[start] as Token;
        const last = tokens[end - 1] as Token;
        return text.slice(first.start, last.end);
      }
    }
  }
  return null;
}

/** A capitalised run at token `i` that names a media outlet ("Fox News", "X", "CNN"), or null. */
function outletAfter(
  text: string,
  tokens: readonly Token[],
  i: number,
  to: number,
  cues: Cues,
  mentions: readonly Mention[],
): string | null {
  let from = i;
  if (tokens[from]?.lower === "the") from++;
  let end = from;
  while (end < to && tokens[end]?.cap === true && end - from < 5) end++;
  if (end === from) return null;
  const first = tokens[from] as Token;
  const last = tokens[end - 1] as Token;
  const named = mentions.some((m) => m.channel === true && m.start < last.end && m.end > first.start);
  const words = tokens.slice(from, end).map((t) => t.lower);
  const single = words.length === 1 && words[0] === "x";
  if (!named && !single && !words.some((w) => w !== "x" && cues.media.has(w))) return null;
  return text.slice(first.start, last.end);
}
