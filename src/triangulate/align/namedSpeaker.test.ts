import { describe, expect, it } from "vitest";
import type { Quote } from "../../article.js";
import { namedSpeaker, speechCue } from "./namedSpeaker.js";
import { quoteItems } from "./quoteItems.js";
import { testArticle } from "./testArticle.js";

const words = "We will not sign a deal that leaves our workers without protection";

/** The quote of a one-sentence article, with the parts of the quote the quote stage would set. */
function item(text: string, quote: Partial<Quote> & { speakerText: string; speaker: string | null }, name?: string) {
  const article = testArticle({
    id: "a",
    text,
    quotes: [{ text: words, speaker: quote.speaker, speakerText: quote.speakerText, kind: quote.kind ?? "direct" }],
    actors: quote.speaker === null ? [] : [{ id: quote.speaker, name: name ?? quote.speakerText }],
  });
  const [first] = article.quotes;
  if (first !== undefined) article.quotes = [{ ...first, ...quote }];
  const [result] = quoteItems([article], (x) => x);
  if (result === undefined) throw new Error("no quote item");
  return result;
}

const cue = (text: string) => ({ start: 0, end: text.length, text });

describe("namedSpeaker", () => {
  it("takes a speaker the article names beside the quote", () => {
    expect(
      namedSpeaker(
        item(`"${words}," Halvorsen said.`, { speaker: "person:halvorsen", speakerText: "Halvorsen" }, "Ida Halvorsen"),
      ),
    ).toBe(true);
  });

  it("takes reported speech after a verb of saying", () => {
    const reported = item(`Halvorsen said ${words}.`, {
      speaker: "person:halvorsen",
      speakerText: "Halvorsen",
      kind: "indirect",
      cue: cue("said"),
    });
    expect(namedSpeaker(reported)).toBe(true);
  });

  it("leaves out a pronoun, a description, an unresolved or inferred speaker", () => {
    const he = item(`"${words}," he said.`, {
      speaker: "person:halvorsen",
      speakerText: "Halvorsen",
      anaphor: { start: 0, end: 2, text: "he" },
    });
    expect(namedSpeaker(he)).toBe(false);
    // "The president" resolved to Obama is our coreference, not the article's naming.
    expect(
      namedSpeaker(
        item(
          `"${words}," the president said.`,
          { speaker: "person:obama", speakerText: "the president" },
          "Barack Obama",
        ),
      ),
    ).toBe(false);
    expect(namedSpeaker(item(`"${words}," Halvorsen said.`, { speaker: null, speakerText: "Halvorsen" }))).toBe(false);
    expect(
      namedSpeaker(
        item(`"${words}."`, { speaker: "person:halvorsen", speakerText: "Halvorsen", evidence: "inferred" }),
      ),
    ).toBe(false);
  });

  it("leaves out reported speech whose cue is an act or names the source of a report", () => {
    const act = item(`Klitschko defended ${words}.`, {
      speaker: "person:klitschko",
      speakerText: "Klitschko",
      kind: "indirect",
      cue: cue("defended"),
    });
    expect(namedSpeaker(act)).toBe(false);
    const relay = item(`${words}, according to Wasson.`, {
      speaker: "person:wasson",
      speakerText: "Wasson",
      kind: "indirect",
      cue: cue("according to"),
    });
    expect(namedSpeaker(relay)).toBe(false);
  });
});

describe("speechCue", () => {
  it("matches verbs of saying, not acts or sources", () => {
    for (const verb of ["said", "told", "insisted", "announced", "tweeted"]) expect(speechCue.test(verb)).toBe(true);
    for (const verb of ["defended", "pleaded", "wants", "according to", "reported", "found"])
      expect(speechCue.test(verb)).toBe(false);
  });
});
