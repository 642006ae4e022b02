import { describe, expect, it } from "vitest";
import { alignQuotes } from "./alignQuotes.js";
import { testArticle } from "./testArticle.js";

const none = new Map<string, string>();

describe("alignQuotes", () => {
  it("aligns one statement by one speaker worded two ways", () => {
    const a = testArticle({
      id: "a",
      text: '"If there is one country in the world capable of keeping both sides at this table, it is Qatar," Whitcombe said.',
      quotes: [
        {
          text: "If there is one country in the world capable of keeping both sides at this table, it is Qatar,",
          speaker: "person:whitcombe",
        },
      ],
    });
    const b = testArticle({
      id: "b",
      text: '"If anyone can keep them at the table, it is Qatar," he said.',
      quotes: [{ text: "If anyone can keep them at the table, it is Qatar,", speaker: "person:whitcombe" }],
    });
    const aligned = alignQuotes([a, b], none);
    expect(aligned).toHaveLength(1);
    expect(aligned[0]?.speaker).toBe("person:whitcombe");
    expect(aligned[0]?.variants.map((v) => v.article)).toEqual(["a", "b"]);
  });

  it("does not align two statements of one speaker that share only the story's topic words", () => {
    // BASIL: two different remarks by the plaintiffs' lawyer in the Wal-Mart case.
    const quote = (id: string, words: string) =>
      testArticle({ id, text: `"${words}" Sellers said.`, quotes: [{ text: words, speaker: "person:sellers" }] });
    const a = quote("a", "The comparison that is relevant is between men and women at Wal-Mart.");
    const b = quote("b", "Wal-Mart's culture stereotypes women as less aggressive than men.");
    expect(alignQuotes([a, b], none)).toEqual([]);
  });

  it("does not align two statements about one person that share only the person's name", () => {
    // BASIL: Trump faulting the Justice Department for not pursuing his opponents, and for Sessions's recusal.
    const quote = (id: string, words: string) =>
      testArticle({
        id,
        text: `He attacked ${words}, Trump said.`,
        quotes: [{ text: words, speaker: "person:trump" }],
      });
    const a = quote("a", "the Justice Department and Attorney General Jeff Sessions for not pursuing investigations");
    const b = quote("b", "Attorney General Jeff Sessions numerous times for recusing himself from the investigation");
    expect(alignQuotes([a, b], none)).toEqual([]);
  });

  it("aligns a partial quote inside a full one, supplying an unresolved speaker the article knows", () => {
    const a = testArticle({
      id: "a",
      text: '"We are not there yet, but the gaps are narrower than they were a week ago," Al-Sulaiti said.',
      quotes: [
        {
          text: "We are not there yet, but the gaps are narrower than they were a week ago,",
          speaker: "person:al-sulaiti",
        },
      ],
    });
    const b = testArticle({
      id: "b",
      text: 'Nasser Al-Sulaiti spoke. The minister said the gaps were "narrower than they were a week ago".',
      mentions: [{ text: "Nasser Al-Sulaiti", actor: "person:al-sulaiti" }],
      quotes: [
        { text: "narrower than they were a week ago", speaker: null, kind: "partial", speakerText: "The minister" },
      ],
    });
    const aligned = alignQuotes([a, b], none);
    expect(aligned).toHaveLength(1);
    expect(aligned[0]?.variants.find((v) => v.article === "b")?.speakerEvidence).toBe("inferred");
  });

  it("does not align two different statements by the same speaker", () => {
    const a = testArticle({
      id: "a",
      text: '"Our hospitals in the south are working at full capacity," Paredes said.',
      quotes: [{ text: "Our hospitals in the south are working at full capacity,", speaker: "person:paredes" }],
    });
    const b = testArticle({
      id: "b",
      text: '"The death toll in the south will rise as rescuers reach the villages," Paredes said.',
      quotes: [
        { text: "The death toll in the south will rise as rescuers reach the villages,", speaker: "person:paredes" },
      ],
    });
    expect(alignQuotes([a, b], none)).toEqual([]);
  });

  it("does not align the same words given to different speakers (that is an attribution question)", () => {
    const words = "Nobody at this table wants a trade war, but nobody is going to sign a bad deal either,";
    const a = testArticle({
      id: "a",
      text: `"${words}" Halvorsen said.`,
      quotes: [{ text: words, speaker: "person:halvorsen" }],
    });
    const b = testArticle({
      id: "b",
      text: `"${words}" Doyle said.`,
      quotes: [{ text: words, speaker: "person:doyle" }],
    });
    expect(alignQuotes([a, b], none)).toEqual([]);
  });

  it("does not count an original and its copy as two outlets quoting", () => {
    const words = "The priority now is to reach the villages in the high valleys,";
    const a = testArticle({
      id: "wire",
      text: `"${words}" she said.`,
      quotes: [{ text: words, speaker: "person:villanueva" }],
    });
    const b = testArticle({
      id: "copy",
      text: `"${words}" she said.`,
      quotes: [{ text: words, speaker: "person:villanueva" }],
    });
    expect(alignQuotes([a, b], new Map([["copy", "wire"]]))).toEqual([]);
  });
});
