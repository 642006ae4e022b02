import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

/** The speaker a pronoun speaker resolves to, by its pronoun's text. */
function speakerOf(text: string, pronoun: string): string | null {
  const quotes = findQuotes(text, splitSentences(text));
  return quotes.find((q) => q.anaphor?.text === pronoun)?.speakerText ?? null;
}

describe("salientAntecedent (through findQuotes)", () => {
  it("takes the subject of the previous sentence, not a person it mentions", () => {
    const text =
      "Donald Trump said praise from Russian President Vladimir Putin would not affect his policy. He said the two men could work together.";
    expect(speakerOf(text, "He")).toBe("Donald Trump");
  });

  it("keeps to gender: a woman's first name or title is no antecedent of he", () => {
    const text =
      "The Republican nominee linked the hacks to the email server used by his opponent, Hillary Clinton. He said the country deserved better.";
    expect(speakerOf(text, "He")).not.toBe("Hillary Clinton");
    const titled = "Mr. Grant met Mrs. Holloway on Tuesday. She said the talks had gone well.";
    expect(speakerOf(titled, "She")).toBe("Mrs. Holloway");
  });

  it("gives a surname alone the gender of the full name before it", () => {
    const text =
      "Loretta Lynch spoke at the conference. Lynch met Bernie Sanders afterwards. She said the meeting was useful.";
    expect(speakerOf(text, "She")).toBe("Lynch");
  });

  it("reads no place, body or day as a person", () => {
    const text = "Kofi Annan arrived at the Marshall Islands on Friday. Crops are withering in Mexico City, he noted.";
    expect(speakerOf(text, "he")).toBe("Kofi Annan");
  });

  it("skips a fronted clause for the subject after it", () => {
    const text = "After meeting Vladimir Putin, Barack Obama flew home. He said the talks were frank.";
    expect(speakerOf(text, "He")).toBe("Barack Obama");
  });

  it("carries a resolved speaker along a quote chain", () => {
    const text = "Senator Tom Harkin spoke to reporters. “We will win,” he said. “It is over for them,” he added.";
    const quotes = findQuotes(text, splitSentences(text));
    expect(quotes.map((q) => q.speakerText)).toEqual(["Tom Harkin", "Tom Harkin"]);
  });

  it("takes people joined by “and” as the antecedent of they", () => {
    const text =
      "Mayor Lena Ortiz and Judge Paul Greer toured the flooded district. They said repairs would take a year.";
    expect(speakerOf(text, "They")).toBe("Mayor Lena Ortiz and Judge Paul Greer");
    const list = "Anna Berg, Tomas Lind and Eva Holm met the minister. They said the plan was unfair.";
    expect(speakerOf(list, "They")).toBe("Anna Berg, Tomas Lind and Eva Holm");
  });

  it("keeps he to one person of a pair, and joins no people a comma alone separates", () => {
    const pair = "Mayor Lena Ortiz and Judge Paul Greer toured the district. He said repairs would take a year.";
    expect(speakerOf(pair, "He")).toBe("Paul Greer");
    const apart = "Anna Berg met Tomas Lind, Eva Holm's deputy. They said the plan was unfair.";
    expect(speakerOf(apart, "They")).not.toContain(" and ");
  });
});
