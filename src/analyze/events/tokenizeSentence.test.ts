import { describe, expect, it } from "vitest";
import { tokenizeSentence, wordPattern } from "./tokenizeSentence.js";
import type { Word } from "./tokenizeSentence.js";

/** The definition the scanner must match: `wordPattern` over the sentence, as the stage first did it. */
function byPattern(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const normalize = (raw: string): string => raw.toLowerCase().replace(/’/g, "'");
  for (const match of text.slice(start, end).matchAll(wordPattern)) {
    let raw = match[0];
    const at = start + match.index;
    const clitic = /^([A-Za-z]+)n['’]t$/.exec(raw);
    if (clitic?.[1]) {
      words.push({ norm: clitic[1].toLowerCase(), start: at, end: at + clitic[1].length });
      words.push({ norm: "n't", start: at + clitic[1].length, end: at + raw.length });
      continue;
    }
    if (raw.length > 1 && raw.endsWith(".") && !/\.[A-Za-z]+\.$/.test(raw) && !/^[A-Z][a-z]{0,3}\.$/.test(raw)) {
      raw = raw.slice(0, -1);
      words.push({ norm: normalize(raw), start: at, end: at + raw.length });
      words.push({ norm: ".", start: at + raw.length, end: at + raw.length + 1 });
      continue;
    }
    words.push({ norm: normalize(raw), start: at, end: at + raw.length });
  }
  return words;
}

describe("tokenizeSentence", () => {
  it("splits negations and clitics, keeps abbreviations and numbers", () => {
    expect(tokenizeSentence("Iran didn't strike.", 0, 19).map((w) => w.norm)).toEqual([
      "iran",
      "did",
      "n't",
      "strike",
      ".",
    ]);
    const text = "The U.S. and Gen. Smith’s 1,200.5 troops won’t re-enter al-Bab. DIDN'T";
    expect(tokenizeSentence(text, 0, text.length).map((w) => w.norm)).toEqual([
      "the",
      "u.s.",
      "and",
      "gen.",
      "smith",
      "'s",
      "1,200.5",
      "troops",
      "wo",
      "n't",
      "re-enter",
      "al-bab",
      ".",
      "didn",
      "'",
      "t",
    ]);
  });

  it("gives the same words as the word pattern on tricky text", () => {
    const samples = [
      "He said: “We won’t.” (Reuters) — A.B.C. news; x_y 3.4.5, 6,7 don'ts isn't’s",
      "Café São Paulo’s É İstanbul\u00a0talks\u2009ended\u3000now\ufeff.",
      "Mr. Mrs. Dr. Sept. Jan. Abcde. Ab.cd. a-b-c- -x .y 1. 2, n't 's ’s 'st",
      "end with didn",
      "can't",
    ];
    for (const text of samples) expect(tokenizeSentence(text, 0, text.length)).toEqual(byPattern(text, 0, text.length));
  });

  it("gives the same words as the word pattern on random text and sentence bounds", () => {
    const alphabet = [
      "a",
      "n",
      "t",
      "s",
      "N",
      "T",
      "S",
      "A",
      "'",
      "’",
      ".",
      "-",
      ",",
      "1",
      "0",
      " ",
      "\n",
      "é",
      "_",
      "\u00a0",
      "“",
      "😀",
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let round = 0; round < 3000; round++) {
      let text = "";
      const length = 1 + random(24);
      for (let k = 0; k < length; k++) text += alphabet[random(alphabet.length)];
      const start = random(3);
      const end = Math.max(start, text.length - random(3));
      expect(tokenizeSentence(text, start, end)).toEqual(byPattern(text, start, end));
    }
  });
});
