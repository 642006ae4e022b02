import { describe, expect, it } from "vitest";
import { tagWords } from "./tagWords.js";

describe("tagWords", () => {
  it("tags a sentence with offsets into the whole text", () => {
    const text = "Dateline. They fear that he will lose.";
    const words = tagWords(text, 10, text.length);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(["They", "fear", "that", "he", "will", "lose", "."]);
    expect(words[1]?.pos).toBe("VERB");
    expect(words[2]?.pos).toBe("SCONJ");
  });

  it("gives lemmas only when asked", () => {
    const text = "Shares fell sharply.";
    expect(tagWords(text, 0, text.length, { lemmas: true })[1]?.lemma).toBe("fall");
    expect(tagWords(text, 0, text.length)[1]?.lemma).toBe("fell");
  });

  it("returns nothing for an empty stretch and never throws on odd characters", () => {
    expect(tagWords("", 0, 0)).toEqual([]);
    expect(() => tagWords("\u0000\uFFFD … “ ” \u200B", 0, 10)).not.toThrow();
  });
});
