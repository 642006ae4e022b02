import { describe, expect, it } from "vitest";
import type { Mention } from "../../article.js";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string, mentions: Mention[] = []) => findQuotes(text, splitSentences(text), { mentions });
const pairs = (text: string) => quotesIn(text).map((q) => [q.text, q.speakerText]);

/** A mention of `actor` at the first occurrence of `words` in `text`. */
function mention(text: string, words: string, actor: string): Mention {
  const start = text.indexOf(words);
  return { start, end: start + words.length, actor, text: words, evidence: "stated", kind: "name" };
}

// Everyday news sentences whose cue words are not speech here (from the bundled demo corpus's kind of text).
describe("cue words that report no speech in ordinary news", () => {
  it("reads no speaker in an adverbial such as “so far”", () => {
    const text = "The government in Oslo has so far avoided threatening retaliation against Washington.";
    expect(quotesIn(text).map((q) => q.speakerText)).not.toContain("far");
    expect(quotesIn(text).map((q) => q.speakerText)).not.toContain("far avoided");
  });

  it("gives no quote to a verb followed by an adverbial of time or place", () => {
    expect(quotesIn("Aftershocks, the strongest of magnitude 5.4, continued through the afternoon.")).toEqual([]);
    expect(quotesIn("Protests continued across the capital into the night.")).toEqual([]);
  });

  it("does not take the object of a preposition for a speaker", () => {
    const text =
      '"People are sleeping in the plazas tonight," she said in a video posted on the regional government\'s social media accounts.';
    expect(quotesIn(text).map((q) => q.speakerText)).not.toContain("a video");
  });

  it("reads what pictures show as no statement", () => {
    expect(quotesIn("Footage broadcast by local television showed residents pulling at rubble.")).toEqual([]);
    expect(quotesIn("Images from the scene showed collapsed homes along the main road.")).toEqual([]);
  });

  it("does not read a speaker after a cue that has a subject of its own", () => {
    const text =
      "United Nations agencies have generally regarded its casualty counts as reliable, though Israel disputes them and says its forces have killed about 20,000 militants.";
    expect(quotesIn(text).map((q) => q.speakerText)).not.toContain("its forces");
  });

  it("reads things offered or sought as no statement", () => {
    expect(quotesIn("Neighbouring Chile and Bolivia offered rescue teams.")).toEqual([]);
  });

  it("reads the terms of speaking and refusals to speak as no content", () => {
    const texts = [
      "“Nobody expects a breakthrough tonight,” an Egyptian official said, asking not to be named because he was not authorised to speak.",
      "“What we lack is a decision,” said a senior Qatari official, who spoke on condition of anonymity because the talks are confidential.",
      "He declined to give details about the draft.",
    ];
    for (const text of texts) {
      const contents = quotesIn(text).map((q) => q.text);
      expect(contents.some((c) => /not to be named|condition of anonymity|give details/u.test(c))).toBe(false);
    }
  });

  it("reads a declared state of emergency as an act, not a statement", () => {
    expect(quotesIn("The government declared a 60-day state of emergency in three southern regions.")).toEqual([]);
  });
});

describe("speech next to those cases is still read", () => {
  it("keeps the speaker before a “so far” and a clause after the cue", () => {
    expect(pairs("The ministry has so far said that no foreign nationals were among the dead.")).toEqual([
      ["no foreign nationals were among the dead", "The ministry"],
    ]);
  });

  it("keeps a clause after a preposition when “that” follows", () => {
    const found = pairs("The minister added through a spokesman that more aid was on the way.");
    expect(found.map(([, s]) => s)).toEqual(["The minister"]);
    expect(found[0]?.[0]).toContain("more aid was on the way");
  });

  it("keeps what a report shows when a clause follows “that”", () => {
    expect(pairs("The video showed that the bridge had collapsed before the convoy arrived.")).toEqual([
      ["the bridge had collapsed before the convoy arrived", "The video"],
    ]);
  });

  it("keeps an inverted speaker right after the comma", () => {
    expect(pairs("The bridge will reopen on Friday, said the transport minister.")).toEqual([
      ["The bridge will reopen on Friday", "the transport minister"],
    ]);
  });

  it("keeps an offer to do something", () => {
    expect(pairs("Egypt offered to host the technical talks in Cairo.")).toEqual([
      ["to host the technical talks in Cairo", "Egypt"],
    ]);
  });

  it("keeps the speech in the clause after an anonymity formula", () => {
    const text =
      "A Hamas official in Cairo, who asked not to be identified, said the group had handed over a list of the hostages.";
    expect(pairs(text)).toEqual([["the group had handed over a list of the hostages", "A Hamas official in Cairo"]]);
  });

  it("keeps a declaration that is a claim", () => {
    expect(pairs("The governor declared that the emergency was over.").map(([, s]) => s)).toEqual(["The governor"]);
  });
});

describe("speaker ids for coordinated and long names", () => {
  it("gives a coordinated speaker no single id", () => {
    const text = "Egypt and Qatar said their mediators were ready to reconvene at short notice.";
    const mentions = [mention(text, "Egypt", "country:EGY"), mention(text, "Qatar", "country:QAT")];
    expect(quotesIn(text, mentions).map((q) => [q.speakerText, q.speaker])).toEqual([["Egypt and Qatar", null]]);
  });

  it("links an organisation whose name runs on in capitals", () => {
    const text = "At least 67 people were killed, according to Peru's National Civil Defence Institute.";
    const mentions = [mention(text, "Peru", "country:PER"), mention(text, "Civil Defence", "org:civil-defense:PER")];
    expect(quotesIn(text, mentions).map((q) => q.speaker)).toEqual(["org:civil-defense:PER"]);
  });

  it("still reads a country's ministry as not the country", () => {
    const text = "Talks will resume next week, Qatar's foreign ministry said.";
    expect(quotesIn(text, [mention(text, "Qatar", "country:QAT")]).map((q) => q.speaker)).toEqual([null]);
  });
});
