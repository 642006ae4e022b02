/**
 * Hostile variants of a real text, each made deterministically from a seeded generator (the same seed gives the same
 * text on every run), and pathological texts of a chosen size for timing stages as input grows.
 */

/** A source of numbers in [0, 1). */
export type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const at = (random: Random, n: number): number => Math.floor(random() * (n + 1));

/** Inserts a piece made by `make` at about `rate` of the positions (never inside an existing surrogate pair). */
function sprinkle(text: string, random: Random, rate: number, make: () => string): string {
  let out = "";
  for (const char of text) {
    out += char;
    if (random() < rate) out += make();
  }
  return out;
}

const QUOTE_OR_BRACKET = /["“”„«»‘’'()[\]{}]/gu;
const CLOSING = /["”»’)\]}]/gu;
const PUNCTUATION = /\p{P}/gu;
const LETTERS = /\p{L}+/gu;
const LINE_BREAKS = /\s*\n\s*/gu;

const CONTROL = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\b",
  "\u000b",
  "\f",
  "\r",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u2028",
  "\u2029",
];
const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"];
const EMOJI = ["😀", "🇺🇸", "👩‍👩‍👧‍👦", "👍🏽", "🔥", "❤️", "🏳️‍🌈", "1️⃣", "🧑🏿‍🚀"];
const RTL = [
  "قال الرئيس إن المحادثات ستستأنف يوم الثلاثاء.",
  "«لن نتراجع» قال المتحدث باسم الحكومة في 12 مارس 2024.",
  'ראש הממשלה אמר ביום שני כי "השיחות יימשכו".',
  "\u202eSecret reversed text\u202c",
  "\u200fالأمم المتحدة\u200e",
];
const MIXED_QUOTES = ["«", "»", "„", "“", "「", "」", "‹", "›", "''", "``"];

/** The kinds of variant, each a function of the text and the generator. */
export const mutations: Readonly<Record<string, (text: string, random: Random) => string>> = {
  truncated: (text, random) => text.slice(0, at(random, text.length)),
  truncatedInQuote: (text, random) => {
    const marks = [...text.matchAll(QUOTE_OR_BRACKET)].map((m) => m.index);
    const cut = marks.length ? pick(random, marks) + 1 + Math.floor(random() * 12) : at(random, text.length);
    return text.slice(0, cut);
  },
  unbalancedClosersDropped: (text, random) => text.replace(CLOSING, (m) => (random() < 0.5 ? "" : m)),
  unbalancedOpenersAdded: (text, random) =>
    sprinkle(text, random, 0.01, () => pick(random, ['"', "“", "(", "[", "«", "'"])),
  mixedQuotes: (text, random) => text.replace(/["“”]/gu, () => pick(random, MIXED_QUOTES)),
  allCaps: (text) => text.toUpperCase(),
  allLower: (text) => text.toLowerCase(),
  noPunctuation: (text) => text.replace(PUNCTUATION, ""),
  linesJoined: (text) => text.replace(LINE_BREAKS, " "),
  wordPerLine: (text) => text.replace(/ +/gu, "\n"),
  controlChars: (text, random) => sprinkle(text, random, 0.02, () => pick(random, CONTROL)),
  loneSurrogates: (text, random) =>
    sprinkle(text, random, 0.01, () => pick(random, ["\ud800", "\udfff", "\ud83d", "\ude00", "\udc00\ud800"])),
  emojiCutInHalf: (text, random) => {
    const withEmoji = sprinkle(text, random, 0.02, () => pick(random, EMOJI));
    return withEmoji.slice(0, withEmoji.length - 1);
  },
  rtl: (text, random) =>
    text
      .split("\n")
      .map((line) => (random() < 0.4 ? `${pick(random, RTL)} ${line} ${pick(random, RTL)}` : line))
      .join("\n"),
  emoji: (text, random) => sprinkle(text, random, 0.02, () => pick(random, EMOJI)),
  zeroWidth: (text, random) => sprinkle(text, random, 0.05, () => pick(random, ZERO_WIDTH)),
  combiningMarks: (text, random) =>
    sprinkle(text, random, 0.05, () => pick(random, ["\u0301", "\u0308", "\u20dd", "\u0338"])),
  whitespaceFlood: (text, random) =>
    text.replace(/ /gu, () => pick(random, [" ", "\t", "\u00a0", "   ", "\u3000", "\u2003", " \n \n "])),
  titleOnly: (text) => (text.split("\n").find((line) => line.trim() !== "") ?? text).trim(),
  numbersOnly: (text, random) => text.replace(LETTERS, () => String(Math.floor(random() * 100_000))),
  dateSoup: (text, random) =>
    sprinkle(text, random, 0.01, () =>
      pick(random, [
        " 31/02/2024 ",
        " 0000-00-00 ",
        " 99999 BC ",
        " 12:99 ",
        " Feb 30 ",
        " 2024-13-45T25:61 ",
        " 1e308 ",
      ]),
    ),
  figureSoup: (text, random) =>
    sprinkle(text, random, 0.01, () =>
      pick(random, [
        " $1,000,000,000,000,000,000 ",
        " 99.9999% ",
        " NaN ",
        " -0 ",
        " 1/0 ",
        " ½ ",
        " Infinity ",
        " 10^400 ",
      ]),
    ),
};

/** Pathological texts of about `size` characters, for timing: each grows the way its name says. */
export const pathological: Readonly<Record<string, (size: number, seed: string) => string>> = {
  repeatedArticle: (size, seed) => fill(`${seed}\n\n`, size),
  oneSentence: (size, seed) => fill(`${seed.replace(PUNCTUATION, "").replace(LINE_BREAKS, " ")} `, size),
  allCaps: (size, seed) => fill(`${seed.toUpperCase()}\n\n`, size),
  oneParagraph: (size, seed) => fill(`${seed.replace(LINE_BREAKS, " ")} `, size),
  openQuoteNeverClosed: (size, seed) => `"${fill(`${seed.replace(/["“”]/gu, "")} `, size - 1)}`,
  manyOpenQuotes: (size) => fill('He said "we will ', size),
  nestedBrackets: (size) => `${"(".repeat(Math.floor(size / 2))}${"x".repeat(size - Math.floor(size / 2))}`,
  oneLongWord: (size) => "a".repeat(size),
  capitalisedWords: (size) => fill("John Smith Mary Jones United Nations ", size),
  numbers: (size) => fill("12 345 6.7 2024 ", size),
  dates: (size) => fill("on March 3, 2024 and Tuesday ", size),
  emojiAndRtl: (size) => fill("قال الرئيس 😀 ראש הממשלה 👩‍👩‍👧‍👦 ", size),
  controlChars: (size) => fill("Officials said\u0000 the\u0007 talks\u001b ended.\r", size),
};

function fill(unit: string, size: number): string {
  if (unit.length === 0) return "";
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}
