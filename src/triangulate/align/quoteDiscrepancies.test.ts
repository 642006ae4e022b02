import { describe, expect, it } from "vitest";
import type { Article, Quote } from "../../article.js";
import { attributionDiscrepancies } from "./quoteDiscrepancies.js";
import { testArticle } from "./testArticle.js";

const words = "We will not sign a deal that leaves our workers without protection in the steel mills,";
const none = new Map<string, string>();

/** An article giving `quoted` to `name` (surname written beside the quote), with quote fields the quote stage sets. */
function says(id: string, name: string, quoted = words, extra: Partial<Quote> = {}, text?: string): Article {
  const surname = name.split(" ").at(-1) ?? name;
  const speaker = `person:${surname.toLowerCase()}`;
  const article = testArticle({
    id,
    text: text ?? `"${quoted}" ${surname} said.`,
    quotes: [{ text: quoted, speaker, speakerText: surname, kind: extra.kind ?? "direct" }],
    actors: [{ id: speaker, name }],
  });
  article.quotes = article.quotes.map((q) => ({ ...q, ...extra }));
  return article;
}

const speakers = (found: ReturnType<typeof attributionDiscrepancies>) =>
  found.map((d) => d.variants.map((v) => `${v.article}:${v.value}`));

describe("attributionDiscrepancies", () => {
  it("compares the outlets that name a speaker, leaving out one that says only 'he said'", () => {
    const he = says("c", "Ida Halvorsen", words, { anaphor: { start: 0, end: 2, text: "he" }, evidence: "inferred" });
    const found = attributionDiscrepancies([says("a", "Ida Halvorsen"), says("b", "Sean Doyle"), he], none);
    expect(speakers(found)).toEqual([["a:Ida Halvorsen", "b:Sean Doyle"]]);
  });

  it("finds a fragment of the quote given to another person", () => {
    const fragment = "will not sign a deal that leaves our workers without protection";
    const found = attributionDiscrepancies(
      [
        says("a", "Ida Halvorsen"),
        says("b", "Sean Doyle", fragment, { kind: "partial" }, `Doyle said they "${fragment}".`),
      ],
      none,
    );
    expect(speakers(found)).toEqual([["a:Ida Halvorsen", "b:Sean Doyle"]]);
  });

  it("finds reported speech given to two people after a verb of saying, not after an act", () => {
    const reported = "the plant would close in March and all four hundred workers would lose their jobs";
    const said = (id: string, name: string, cue: string) =>
      says(
        id,
        name,
        reported,
        { kind: "indirect", cue: { start: 0, end: cue.length, text: cue } },
        `${name} ${cue} ${reported}.`,
      );
    expect(
      speakers(attributionDiscrepancies([said("a", "Ida Halvorsen", "said"), said("b", "Sean Doyle", "said")], none)),
    ).toEqual([["a:Ida Halvorsen", "b:Sean Doyle"]]);
    expect(
      attributionDiscrepancies([said("a", "Ida Halvorsen", "said"), said("b", "Sean Doyle", "defended")], none),
    ).toEqual([]);
  });

  it("does not report words an article itself gives to both people", () => {
    const both = testArticle({
      id: "a",
      text: `"${words}" Halvorsen said. Doyle repeated it: "${words}"`,
      quotes: [
        { text: words, speaker: "person:halvorsen", speakerText: "Halvorsen" },
        { text: words, speaker: "person:doyle", speakerText: "Doyle" },
      ],
      actors: [
        { id: "person:halvorsen", name: "Ida Halvorsen" },
        { id: "person:doyle", name: "Sean Doyle" },
      ],
    });
    // Offsets: the second quote is the second occurrence of the words.
    const second = both.quotes[1];
    if (second !== undefined) {
      const start = both.text.lastIndexOf(words);
      both.quotes[1] = { ...second, start, end: start + words.length };
    }
    expect(attributionDiscrepancies([both, says("b", "Sean Doyle")], none)).toEqual([]);
  });

  it("does not report a copy against its original", () => {
    expect(
      attributionDiscrepancies([says("a", "Ida Halvorsen"), says("b", "Sean Doyle")], new Map([["b", "a"]])),
    ).toEqual([]);
  });
});
