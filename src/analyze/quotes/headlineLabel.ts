import type { Span } from "../../article.js";

/**
 * A headline's attribution head: an optional tag and dash ("EXCLUSIVE –"), then up to seven words opening with a
 * capital, then a colon and the claim: "Clinton camp: Trump’s Islamaphobia threatens…", "Former AG Mukasey at RNC:
 * Clinton email scandal…", "Obama To Asians Worried About U.S. Election: It’s Going To Be OK".
 */
const HEADLINE_HEAD =
  /^[^\S\n]*(?:\p{Lu}{2,}(?:[^\S\n]\p{Lu}{2,})?[^\S\n]*[–—-][^\S\n]*)?(\p{Lu}[\p{L}\p{N}'’.&-]*(?:[^\S\n]+[\p{L}\p{N}'’.&-]+){0,6}):[^\S\n]+(?=\S)/u;
/** Where the speaker of a head ends: before the audience or the occasion ("Clinton to Planned Parenthood"). */
const HEAD_PREPOSITION = /^(?:to|at|on|in|for|with|about|from|after|before|over|amid|during)$/iu;
/** Words that open a head which names no speaker: "The result:", "Here’s why:", "Still to come:", "Among the…". */
const NOT_A_SPEAKER_START =
  /^(?:the|a|an|this|that|these|those|here|here's|here’s|there|what|why|how|when|where|who|it|its|our|my|your|his|her|their|we|i|you|if|but|and|or|so|yet|still|even|also|another|now|today|tonight|yesterday|bottom|one|first|second|third|last|next|day|part|step|question|answer|q|follow|among|in|on|at|for|from|with|after|before|by|as)$/iu;
/**
 * Words that make a head a clause or a topic rather than a speaker: a verb ("Trump has won several states:",
 * "Caution is warranted:", "Investors seem to agree:"), a pair ("Netanyahu and Obama:"), a negation ("Spoiler no
 * more:").
 */
const NOT_IN_SPEAKER =
  /^(?:is|are|was|were|be|been|has|have|had|seem|seems|will|would|can|could|should|may|might|must|do|does|did|no|not|more|and|or|&)$/iu;
/** The longest headline a head is read in: a body sentence with a colon is read by the cue rules instead. */
export const MAX_HEADLINE = 120;
/** "Former AG Mukasey", "Democrats' new warning"; longer heads are topics ("POLITICO New York's Culture Report"). */
const MAX_SPEAKER_WORDS = 3;
const WORD = /[\p{L}\p{N}'’.&-]+/gu;

/** A headline head found in one line: the speaker's span and where the claim starts, offsets into the line. */
export interface HeadlineHead {
  speaker: Span;
  /** The whole head before the colon (speaker and occasion). */
  head: Span;
  contentStart: number;
}

/**
 * The attribution head of a headline line ("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade" gives
 * "Clinton"), or null when the line is long, has no such head, or the head opens with a word that names nobody
 * ("The result:", "Here’s why:"). Offsets are into `line`. Labels naming no speaker ("UPDATE:") are left to the
 * caller's list.
 *
 * @example headlineHead("EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines")?.speaker // { start: 12, end: 23 }
 */
export function headlineHead(line: string): HeadlineHead | null {
  if (line.length > MAX_HEADLINE) return null;
  const m = HEADLINE_HEAD.exec(line);
  const head = m?.[1];
  if (m === null || head === undefined) return null;
  const headStart = m[0].lastIndexOf(head + ":");
  const words = [...head.matchAll(WORD)];
  const first = words[0]?.[0] ?? "";
  if (NOT_A_SPEAKER_START.test(first)) return null;
  let end = head.length;
  let count = words.length;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as RegExpMatchArray;
    if (HEAD_PREPOSITION.test(w[0])) {
      end = (w.index ?? 0) - 1;
      count = i;
      break;
    }
  }
  if (count > MAX_SPEAKER_WORDS) return null;
  for (let i = 0; i < count; i++) if (NOT_IN_SPEAKER.test((words[i] as RegExpMatchArray)[0])) return null;
  const speakerEnd = headStart + head.slice(0, end).trimEnd().length;
  return {
    speaker: { start: headStart, end: speakerEnd },
    head: { start: headStart, end: headStart + head.length },
    contentStart: m[0].length,
  };
}
