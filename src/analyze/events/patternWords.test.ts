import { describe, expect, it } from "vitest";
import { loadEventDictionary } from "./eventDictionary.js";
import { patternWordNumbers, patternWords } from "./patternWords.js";
import { tokenizeSentence } from "./tokenizeSentence.js";

const dictionary = loadEventDictionary();

function words(text: string) {
  return tokenizeSentence(text, 0, text.length);
}

/** The patterns of `lemma` whose every word element has a word after `head`, by `possible` and by a plain scan. */
function possibleBoth(text: string, lemma: string, head: number): { fast: boolean[]; scan: boolean[] } {
  const sentence = words(text);
  const read = patternWords(sentence, dictionary);
  const patterns = dictionary.patterns.get(lemma) ?? [];
  const elements = read.elementsOf(lemma);
  return {
    fast: patterns.map((_, k) => read.possible(elements, k, head)),
    scan: patterns.map((p) =>
      p.elements.every((e) => e.kind === "target" || sentence.slice(head + 1).some((w) => e.words.has(w.norm))),
    ),
  };
}

describe("patternWords", () => {
  it("rejects a pattern whose word stands nowhere after the head", () => {
    const { fast, scan } = possibleBoth("Israel held talks with Egypt.", "hold", 1);
    expect(fast).toEqual(scan);
    expect(fast.some(Boolean)).toBe(true);
    expect(fast.some((x) => !x)).toBe(true);
  });

  it("looks only after the head", () => {
    // "talks" stands before "held": "hold talks" cannot match at "held".
    const { fast, scan } = possibleBoth("Talks with Egypt were held in Cairo.", "hold", 4);
    expect(fast).toEqual(scan);
  });

  it("agrees with a plain scan on sentences of several verbs", () => {
    for (const text of [
      "Russia accused Ukraine of shelling the plant and threatened to cut gas supplies.",
      "The EU imposed sanctions on Iran after talks with the United States broke down.",
      "Police arrested protesters who had attacked a police station in Cairo.",
    ]) {
      const sentence = words(text);
      sentence.forEach((word, head) => {
        for (const form of dictionary.forms.get(word.norm) ?? []) {
          const { fast, scan } = possibleBoth(text, form.lemma, head);
          expect(fast).toEqual(scan);
        }
      });
    }
  });

  it("uses the word numbers a caller already looked up", () => {
    const sentence = words("Israel held talks with Egypt.");
    const numbers = patternWordNumbers(dictionary);
    const patterns = dictionary.patterns.get("hold") ?? [];
    // One reading at a time: each is asked before the next sentence is read.
    const given = patternWords(
      sentence,
      dictionary,
      sentence.map((w) => numbers.get(w.norm)),
    );
    const fromNumbers = patterns.map((_, k) => given.possible(given.elementsOf("hold"), k, 1));
    const plain = patternWords(sentence, dictionary);
    expect(fromNumbers).toEqual(patterns.map((_, k) => plain.possible(plain.elementsOf("hold"), k, 1)));
    expect(fromNumbers.some((x) => !x)).toBe(true);
  });

  it("answers possible once a later sentence has been read, and for an unknown lemma", () => {
    const first = patternWords(words("Israel held a meeting."), dictionary);
    const elements = first.elementsOf("hold");
    patternWords(words("Nothing here."), dictionary);
    expect(first.possible(elements, 0, 1)).toBe(true);
    expect(first.possible(first.elementsOf("no-such-lemma"), 0, 1)).toBe(true);
  });
});
