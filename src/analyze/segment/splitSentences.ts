import type { Sentence } from "../../article.js";
import { ambiguous, sentenceStarters, titles } from "./abbreviations.js";
import { allMatches } from "../allMatches.js";

/** A paragraph: lines up to a blank (or whitespace-only) line. */
const PARAGRAPH = /[^\n]*\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*/g;
/** A line of a paragraph with something on it. */
const LINE = /[^\n]*\S[^\n]*/g;
/** Sentence-final punctuation and the closing quotes and brackets glued to it: `.`, `?”`, `…`, `!")`. */
const TERMINAL = /[.!?…]+["”’'»)\]]*/gu;
/** What may start the next sentence once whitespace follows a terminal: a capital, a digit, or an opening mark. */
const NEXT_START = /^(?:["“‘'«([]*[\p{Lu}\p{N}]|["“‘'«([])/u;
/** "Israel.Where", "Israel.“Where": a real lower-case word, a full stop and a capitalised word (or an opening curly quote and one) with no space between. */
const GLUED_NEXT = /^[“‘«]?\p{Lu}\p{Ll}/u;
const GLUED_BEFORE = /\p{Ll}{2,}$/u;
/** URLs, e-mail addresses and domains around a glued full stop: "Al-Jazeera.Com", "www.Site.org". */
const ADDRESS =
  /(?:[a-z][a-z0-9+.-]*:\/\/|^www\.|@|\.(?:com|org|net|gov|edu|int|info|co|io|uk|ps|il|ir|lb|sy|eg|jo|sa|ae|qa|tr)\b)/iu;
/** The word before a full stop, with inner dots and hyphens: "U.S", "R-Fla", "J", "p.m". */
const WORD_BEFORE = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u;
const FIRST_WORD = /^["“‘'«([]*([\p{L}]+)/u;
const CAPITALISED = /^\p{Lu}/u;
/** Lower-case abbreviations that are not titles but never end a sentence either. */
const lowerAbbreviations = new Set(["vs", "cf", "approx", "pp", "viz", "ca"]);

/**
 * Splits clean text into sentences with UTF-16 offsets, end exclusive, trimmed, and the index of the paragraph
 * (blocks separated by a blank line) each falls in. A line break inside a paragraph always ends a sentence.
 * Rule-based: a full stop after a title ("Sen.", "Dr.", "Gen.") never ends a sentence; after an initial ("W."),
 * a dotted acronym ("U.S.") or an ambiguous abbreviation ("Fla.", "Inc.", "Oct.") it ends one only when a
 * sentence-starting word follows ("…in the U.S. The…"); "3.5" and "Israel.Where" are handled; `?"` followed by
 * a lower-case word ("“Why?” she asked") does not end the sentence. Never throws.
 *
 * @example splitSentences("Sen. Rubio spoke. He left.") // [{ start: 0, end: 17, paragraph: 0 }, { start: 18, end: 26, paragraph: 0 }]
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of allMatches(PARAGRAPH, text)) {
    for (const line of allMatches(LINE, block[0])) {
      const offset = block.index + line.index;
      for (const [start, end] of splitLine(line[0]))
        sentences.push({ start: offset + start, end: offset + end, paragraph });
    }
    paragraph++;
  }
  return sentences;
}

/** Sentence ranges of one line, relative to it. */
function splitLine(line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const mark of allMatches(TERMINAL, line)) {
    const end = mark.index + mark[0].length;
    if (end >= line.length) break;
    if (!endsSentence(line, mark.index, mark[0], end)) continue;
    pushTrimmed(ranges, line, start, end);
    start = end;
  }
  pushTrimmed(ranges, line, start, line.length);
  return ranges;
}

function pushTrimmed(ranges: Array<[number, number]>, line: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(line[s] ?? "")) s++;
  while (e > s && /\s/u.test(line[e - 1] ?? "")) e--;
  if (e > s) ranges.push([s, e]);
}

/** Whether the terminal `mark` at `at` (ending at `end`) ends a sentence, judging the words on both sides. */
function endsSentence(line: string, at: number, mark: string, end: number): boolean {
  // Short windows: anchored patterns on the whole line would make long paragraphs quadratic.
  const rest = line.slice(end, end + 40);
  const before = line.slice(Math.max(0, at - 40), at);
  const spaced = /^\s/u.test(rest);
  if (!spaced) {
    // Only a glued full stop between two real words ends a sentence: "Israel.Where", not "3.5", "U.S.", "Al-Jazeera.com".
    return (
      /^[.!?]$/u.test(mark) &&
      GLUED_BEFORE.test(before) &&
      GLUED_NEXT.test(rest) &&
      !ADDRESS.test(`${/\S*$/u.exec(before)?.[0] ?? ""}${mark}${/^\S*/u.exec(rest)?.[0] ?? ""}`)
    );
  }
  const next = rest.trimStart();
  if (!NEXT_START.test(next)) return false;
  const starter = sentenceStarters.has((FIRST_WORD.exec(next)?.[1] ?? "").toLowerCase());
  const dots = mark.replace(/["”’'»)\]]+$/u, "");
  if (dots === "…" || dots.length > 1) return dots.includes("?") || dots.includes("!") || starter;
  if (dots !== ".") return true;
  const word = WORD_BEFORE.exec(before)?.[0] ?? "";
  if (word === "") return true;
  const last = (word.split("-").at(-1) ?? word).toLowerCase();
  if (titles.has(last) && CAPITALISED.test(word.split("-").at(-1) ?? "")) return false;
  if (lowerAbbreviations.has(last)) return false;
  const initial = /^\p{Lu}$/u.test(word);
  const acronym = word.includes(".");
  if (initial || acronym || ambiguous.has(last)) return starter;
  return true;
}
