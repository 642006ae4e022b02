import { describe, expect, it } from "vitest";
import { emptyMeta, type Article } from "../../article.js";
import { clusterDocFromArticle } from "./index.js";

function article(overrides: Partial<Article>): Article {
  return {
    id: "art-1",
    source: "a.txt",
    meta: { ...emptyMeta(), title: "Talks in Doha", outlet: "wire.example", published: "2025-01-02" },
    text: "Qatar hosted talks.",
    removed: [],
    raw: { source: "a.txt", format: "text", body: "", meta: {} },
    contentHash: "",
    messages: [],
    sentences: [],
    mentions: [],
    actors: [],
    quotes: [],
    times: [],
    claims: [],
    events: [],
    ...overrides,
  };
}

const span = { start: 0, end: 1, text: "x", evidence: "stated" as const };

describe("clusterDocFromArticle", () => {
  it("reads text, title, outlet and date when no analysis ran", () => {
    expect(clusterDocFromArticle(article({}))).toEqual({
      id: "art-1",
      published: "2025-01-02",
      title: "Talks in Doha",
      text: "Qatar hosted talks.",
      outlet: "wire.example",
      url: null,
      actors: [],
      events: [],
      places: [],
      quotes: [],
      copyOf: null,
    });
  });

  it("keeps actors, sets places apart, leaves media and channels out", () => {
    const doc = clusterDocFromArticle(
      article({
        actors: [
          { id: "country:QAT", name: "Qatar", type: "country", country: "QAT", roles: [], aliases: [] },
          { id: "media:fox", name: "Fox News", type: "media", country: "USA", roles: [], aliases: [] },
          { id: "place:doha", name: "Doha", type: "place", country: "QAT", roles: [], aliases: [] },
        ],
        mentions: [
          { ...span, actor: "country:QAT" },
          { ...span, actor: "media:fox" },
          { ...span, actor: "person:someone", channel: true },
          { ...span, actor: "place:doha" },
        ],
        quotes: [
          { ...span, text: "we want a deal", kind: "direct", speaker: null, speakerText: null, via: null },
          { ...span, text: "they want a deal", kind: "indirect", speaker: null, speakerText: null, via: null },
        ],
      }),
      "art-0",
    );
    expect(doc.actors).toEqual(["country:QAT"]);
    expect(doc.places).toEqual(["place:doha"]);
    expect(doc.quotes).toEqual(["we want a deal"]);
    expect(doc.copyOf).toBe("art-0");
  });
});
