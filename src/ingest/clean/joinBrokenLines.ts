import { joinHyphenated, joinSplitWord } from "./joinSplitWord.js";
import { NON_FINAL_WORDS } from "./phrases.js";
import type { Line } from "./splitLines.js";
import { countWords, tail, titleCaseRatio } from "./words.js";

/** Consecutive lines that make one paragraph once their breaks are closed. */
export interface Paragraph {
  text: string;
  /** Index of the first and last input line. */
  first: number;
  last: number;
  heading: number;
  /** A single line that was entirely a Markdown link. */
  linkOnly: boolean;
  bullet: boolean;
  blankBefore: boolean;
  separatorBefore: boolean;
}

/** A line that cannot start a sentence: it belongs to the one before ("\n, which", "\n's allies", "\n).") */
export const CONTINUATION_START = /^(?:[,.;:!?%)\]}…]|['’](?:s|t|re|ll|ve|d|m)\b|['’](?=\s|$)|”)/iu;
/** The paragraph so far ends a sentence. */
export const SENTENCE_END = /[.!?…]["”’)\]]*$/u;
/** The paragraph so far ends with a letter or digit that a line break cut off from what follows. */
const OPEN_END = /[\p{L}\p{N}"”’)\]]$/u;
/** A hyphen glued to the last letters: "negoti-", "Gaza-". */
const HYPHEN_END = /(\p{L}+)-$/u;
/** A clause left open: trailing comma, opening bracket or quote, or a dash. */
const OPEN_CLAUSE_END = /(?:,|\(|\[|[“"]|\s[-–—])$/u;
const LAST_WORD = /(\p{L}+)$/u;
const FIRST_WORD = /^(\p{L}+)/u;
const STARTS_LOWER = /^\p{Ll}/u;
const ALL_LOWER = /^\p{Ll}+$/u;
/** "By" alone on a line, the rest of the byline being a link on the next. */
const BYLINE_LEAD = /^(?:by|written by|reported by|reporting by|words by)$/iu;
/** Link text alone on a line is a name or two: "Al Jazeera", "Hezbollah", "the UN Security Council". */
const MAX_LINK_TEXT_WORDS = 4;
/** Below this many words a line without a full stop may be a heading, not a cut sentence. */
const MIN_CUT_SENTENCE_WORDS = 6;

/**
 * Closes line breaks that cut a sentence: a line starting with the comma or apostrophe of the line before, a word
 * split in two ("Pales\ntinians", checked against the dictionary), inline-link text on its own line
 * ("according to\nAl Jazeera\n, which"). Other breaks end the paragraph.
 *
 * @example joinBrokenLines(lines, () => new Set()).map((p) => p.text)
 */
export function joinBrokenLines(lines: readonly Line[], documentWords: () => ReadonlySet<string>): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const joined = current === null ? null : joinPair(current, line, lines[i + 1], documentWords);
    if (current !== null && joined !== null) {
      current.text = joined;
      current.last = line.index;
      current.linkOnly = false;
      continue;
    }
    current = {
      text: line.text,
      first: line.index,
      last: line.index,
      heading: line.heading,
      linkOnly: line.linkOnly,
      bullet: line.bullet,
      blankBefore: line.blankBefore,
      separatorBefore: line.separatorBefore,
    };
    paragraphs.push(current);
  }
  return paragraphs;
}

/** The joined text when `line` continues `paragraph`, else null. */
function joinPair(
  paragraph: Paragraph,
  line: Line,
  after: Line | undefined,
  documentWords: () => ReadonlySet<string>,
): string | null {
  const p = paragraph.text;
  const end = tail(p, 60);
  const n = line.text;
  if (line.heading > 0 || paragraph.heading > 0 || line.separatorBefore) return null;
  if (line.bullet && !CONTINUATION_START.test(n)) return null;
  if (SENTENCE_END.test(end)) return null;

  if (CONTINUATION_START.test(n) && OPEN_END.test(end)) return p + n;

  const hyphen = end.endsWith("-") ? HYPHEN_END.exec(end) : null;
  const firstWord = FIRST_WORD.exec(n)?.[1];
  if (hyphen?.[1] !== undefined && firstWord !== undefined) {
    // "Hennis-\nPlasschaert": a capital after the hyphen is a compound name, the hyphen stays.
    const left = hyphen[1];
    const word = STARTS_LOWER.test(n) ? joinHyphenated(left, firstWord, documentWords()) : `${left}-${firstWord}`;
    return p.slice(0, p.length - left.length - 1) + word + n.slice(firstWord.length);
  }

  const words = countWords(p, MIN_CUT_SENTENCE_WORDS);
  const longEnough = words >= MIN_CUT_SENTENCE_WORDS || !line.blankBefore;
  if (STARTS_LOWER.test(n) && OPEN_END.test(end) && longEnough) {
    const lastWord = LAST_WORD.exec(end)?.[1];
    if (lastWord !== undefined && splitsWord(lastWord, n, documentWords)) {
      return p + n;
    }
    return `${p} ${n}`;
  }

  // A preposition or article written in lower case: "according to" cuts a sentence, "Sets In" ends a headline.
  const lastWord = LAST_WORD.exec(end)?.[1];
  const openClause =
    OPEN_CLAUSE_END.test(end) ||
    (lastWord !== undefined &&
      NON_FINAL_WORDS.has(lastWord.toLowerCase()) &&
      (STARTS_LOWER.test(lastWord) || BYLINE_LEAD.test(p)));
  if (openClause && (words >= MIN_CUT_SENTENCE_WORDS || BYLINE_LEAD.test(p))) return `${p} ${n}`;

  // Link text alone on a line, the sentence going on after it: "…angered\nHezbollah\n's allies".
  if (after !== undefined && words >= MIN_CUT_SENTENCE_WORDS && OPEN_END.test(end)) {
    const short = countWords(n) <= MAX_LINK_TEXT_WORDS && !SENTENCE_END.test(n) && titleCaseRatio(n) >= 0.5;
    const continues = CONTINUATION_START.test(after.text) || STARTS_LOWER.test(after.text);
    if (short && continues && after.heading === 0 && !after.bullet) return `${p} ${n}`;
  }
  return null;
}

function splitsWord(left: string, right: string, documentWords: () => ReadonlySet<string>): boolean {
  // A lower-case fragment that is not all letters ("iPhone", "al-Assad") is a word of its own.
  const rightFragment = /^\p{L}+(?=$|[^\p{L}'’-])/u.exec(right)?.[0];
  if (rightFragment === undefined || !ALL_LOWER.test(rightFragment)) return false;
  return joinSplitWord(left, rightFragment, documentWords());
}
