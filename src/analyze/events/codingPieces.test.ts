import { describe, expect, it } from "vitest";
import { codingPieces, MAX_CODED_SENTENCE } from "./codingPieces.js";
import { codeText } from "./testCoder.js";

describe("codingPieces", () => {
  it("leaves a sentence of ordinary length whole", () => {
    const sentence = { start: 4, end: 80, paragraph: 2 };
    expect(codingPieces("x".repeat(100), sentence)).toEqual([sentence]);
  });

  it("cuts a page without punctuation into pieces that cover it, each within the limit, at clause breaks", () => {
    const text = "the talks went on, and on and on ".repeat(400);
    const pieces = codingPieces(text, { start: 0, end: text.length, paragraph: 0 });
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces[0]?.start).toBe(0);
    expect(pieces.at(-1)?.end).toBe(text.length);
    for (const [i, piece] of pieces.entries()) {
      expect(piece.end - piece.start).toBeLessThanOrEqual(MAX_CODED_SENTENCE);
      if (i > 0) expect(text.slice(pieces[i - 1]?.end, piece.start).trim()).toBe("");
      if (i < pieces.length - 1) expect(text.slice(piece.start, piece.end).endsWith(",")).toBe(true);
    }
  });

  it("cuts at a space when no clause break is near, and never inside a word", () => {
    const text = "word ".repeat(1_000);
    for (const piece of codingPieces(text, { start: 0, end: text.length, paragraph: 0 }))
      expect(text.slice(piece.start, piece.end)).toMatch(/^word( word)*\s?$/u);
  });

  it("still codes an event at the end of a text that lost its punctuation", () => {
    const text = `${"the talks went on and on ".repeat(400)}Israeli forces attacked Hamas in Gaza`;
    expect(codeText(text).map((e) => e.code)).toContain("190");
  });
});
