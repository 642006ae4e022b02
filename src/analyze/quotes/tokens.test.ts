import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens.js";

/** The reference: every token is the regex's match, as before the ASCII fast path. */
const REFERENCE =
  /(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Jr|Sr)\.|\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-‐.][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
const reference = (text: string): string[] => [...text.matchAll(REFERENCE)].map((m) => m[0]);

describe("tokenize", () => {
  const cases = [
    "Rubio said.",
    "U.S. Sen. Marco Rubio (R-Fla.) told Mr. Smith and Mr.Smith on St.Louis day.",
    "O'Brien’s rock-'n'-roll a--b 5-3 x' 'quoted' end.",
    "3rd 3.5% 1,000,000 10:30 2.x e.g. i.e. A.B",
    "Ünïcode café’s ‐ naïve 12٣ al‐Ansari",
    "end.\u00a0Next\u2028line\ttab\r\nwin",
    "",
    "   ",
    "😀 emoji then word",
  ];
  for (const text of cases) {
    it(`gives the regex's tokens for ${JSON.stringify(text)}`, () => {
      expect(tokenize(text).map((t) => t.text)).toEqual(reference(text));
    });
  }

  it("keeps offsets into the whole text for a range", () => {
    const text = "He said: Rubio’s plan works.";
    const tokens = tokenize(text, 9, 21);
    expect(tokens.map((t) => t.text)).toEqual(["Rubio’s", "plan"]);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["Rubio’s", "plan"]);
  });

  it("marks capitals, words and punctuation", () => {
    const [a, b, c, d] = tokenize("Élan said 42 ,");
    expect([a?.cap, a?.word, a?.lower]).toEqual([true, true, "élan"]);
    expect([b?.cap, b?.word]).toEqual([false, true]);
    expect([c?.cap, c?.word]).toEqual([false, true]);
    expect([d?.cap, d?.word]).toEqual([false, false]);
  });
});
