import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import type { ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";
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

  it("tags and lemmatises as wink-nlp's full default pipe does (the tagger runs the part-of-speech pass only)", () => {
    const full = winkNLP(model);
    const lemma = full.its.lemma as unknown as ItsFunction<string>;
    const texts = [
      "Democrats worry that Sanders could lose the nomination, officials said on Tuesday.",
      "“We are not going to back down,” he told reporters. Mr. Trump didn’t respond.",
      "The U.S. Senate voted 52-48 to confirm Judge Kavanaugh; protesters weren't pleased!",
      "Shares fell sharply after the company said it would cut 1,200 jobs in Germany.",
    ];
    for (const text of texts) {
      const doc = full.readDoc(text).tokens();
      const expected = doc.out(full.its.pos);
      const lemmas = (doc.out(lemma) as unknown as string[]).map((l) => l.toLowerCase());
      const words = tagWords(text, 0, text.length, { lemmas: true });
      expect(words.map((w) => w.pos)).toEqual(expected);
      expect(words.map((w) => w.lemma)).toEqual(lemmas);
    }
  });
});
