import { describe, expect, it } from "vitest";
import { isEnglishWord } from "./dictionary.js";
import { joinHyphenated, joinSplitWord } from "./joinSplitWord.js";

describe("isEnglishWord", () => {
  it("knows words and their inflections", () => {
    for (const w of ["negotiations", "talks", "displaced", "voting", "a", "I", "Hostage's"]) {
      expect(isEnglishWord(w), w).toBe(true);
    }
    for (const w of ["tinians", "negoti", "ations", "yahu"]) expect(isEnglishWord(w), w).toBe(false);
  });
});

describe("joinSplitWord", () => {
  it("joins a word cut in two", () => {
    expect(joinSplitWord("negoti", "ations")).toBe(true);
    expect(joinSplitWord("humani", "tarian")).toBe(true);
  });

  it("joins a name the document spells whole elsewhere", () => {
    expect(joinSplitWord("Pales", "tinians", new Set(["palestinians"]))).toBe(true);
  });

  it("joins a capitalised name followed by a lower-case non-word", () => {
    expect(joinSplitWord("Netan", "yahu")).toBe(true);
  });

  it("keeps two real words apart even when they form a word", () => {
    expect(joinSplitWord("not", "able")).toBe(false);
    expect(joinSplitWord("every", "one")).toBe(false);
    expect(joinSplitWord("cease", "fire")).toBe(false);
    expect(joinSplitWord("in", "side")).toBe(false);
  });

  it("keeps a name and the word after it apart", () => {
    expect(joinSplitWord("Rafah", "crossing")).toBe(false);
    expect(joinSplitWord("Hamas", "officials")).toBe(false);
  });
});

describe("joinHyphenated", () => {
  it("drops the hyphen of a word cut at the line end, keeps a compound's", () => {
    expect(joinHyphenated("negoti", "ations")).toBe("negotiations");
    expect(joinHyphenated("Gaza", "based")).toBe("Gaza-based");
    expect(joinHyphenated("cease", "fire")).toBe("cease-fire");
  });
});
