import { describe, expect, it } from "vitest";
import { entityEventTimeline } from "./entityEventTimeline.js";
import type { EntityEventArticle } from "./entityEventTimeline.js";
import { entityFixture } from "./testEntityEvents.js";

const article = (id: string, text: string, extra: Partial<EntityEventArticle> = {}): EntityEventArticle => ({
  id,
  outlet: null,
  title: null,
  published: "2020-05-04T10:00:00Z",
  text,
  mentions: [],
  times: [],
  ...extra,
});

const words = (entity: string, ...texts: string[]): string[] =>
  entityFixture({
    entity,
    articles: texts.map((text, i) => ({ id: `t-${i}`, published: "2020-05-04T10:00:00Z", text })),
  }).map((e) => e.word);

describe("entityEventTimeline: what it finds", () => {
  it("lists the verbs and event nouns of the entity's clause, not those of another clause", () => {
    expect(
      words("Kestrel Foods", "Kestrel Foods bought a dairy after a long dispute, and analysts expected a loss."),
    ).toEqual(["bought", "dispute"]);
  });

  it("anchors each mention to the sentence's date, else the publication date marked inferred", () => {
    const events = entityFixture({
      entity: "Kestrel Foods",
      articles: [
        { id: "a", published: "2020-05-04T10:00:00Z", text: "Kestrel Foods opened a plant on March 3, 2019." },
        { id: "b", published: "2020-05-04T10:00:00Z", text: "Kestrel Foods cut prices." },
      ],
    });
    expect(events.map((e) => [e.date, e.dateEvidence, e.time, e.word])).toEqual([
      ["2019-03-03", "stated", "March 3, 2019", "opened"],
      ["2020-05-04", "inferred", null, "cut"],
    ]);
  });

  it("orders by date across articles, the earlier date first whatever the article order", () => {
    const events = entityFixture({
      entity: "Kestrel Foods",
      articles: [
        { id: "late", published: "2021-01-10T10:00:00Z", text: "Kestrel Foods closed the plant." },
        { id: "early", published: "2020-02-10T10:00:00Z", text: "Kestrel Foods opened the plant." },
      ],
    });
    expect(events.map((e) => e.article)).toEqual(["early", "late"]);
  });

  it("reads the headline, which the cleaner keeps apart from the text", () => {
    const events = entityEventTimeline(
      { articles: [article("h", "Shares rose.", { title: "Kestrel Foods recalls cheese" })], actors: [] },
      "Kestrel Foods",
    );
    expect(events.map((e) => [e.field, e.word, e.sentence.text])).toEqual([
      ["title", "recalls", "Kestrel Foods recalls cheese"],
    ]);
  });

  it("finds an organisation the actors stage does not type, by its acronym once an article spells it out", () => {
    expect(words("Vandor Rail Company", "Vandor Rail Company (VRC) runs trains.", "VRC raised fares.")).toEqual([
      "runs",
      "raised",
    ]);
  });

  it("follows a pronoun in the next sentence when the entity was its subject", () => {
    expect(words("Kestrel Foods", "Kestrel Foods lost money. It plans a sale.")).toEqual(["lost", "plans", "sale"]);
  });

  it("gives the evidence: offsets of the predicate and of the entity's mention", () => {
    const text = "Kestrel Foods hired a chef.";
    const [event] = entityEventTimeline({ articles: [article("o", text)], actors: [] }, "Kestrel Foods");
    expect(event === undefined ? null : text.slice(event.start, event.end)).toBe("hired");
    expect(event?.entity).toEqual({ start: 0, end: 13, text: "Kestrel Foods", via: "name" });
  });

  it("links the entity to the dossier actors by name and uses their aliases", () => {
    const events = entityEventTimeline(
      {
        articles: [article("p", "Okafor signed the bill.")],
        actors: [{ id: "person:ada-okafor", name: "Ada Okafor", type: "person", aliases: ["Okafor"] }],
      },
      "Ada Okafor",
    );
    expect(events.map((e) => e.word)).toEqual(["signed"]);
  });

  it("with dates: publication, ignores the sentence's date", () => {
    const events = entityEventTimeline(
      {
        articles: [
          article("d", "Kestrel Foods opened a plant in 2019.", {
            times: [{ start: 32, end: 36, text: "2019", value: "2019", evidence: "stated", precision: "year" }],
          }),
        ],
        actors: [],
      },
      "Kestrel Foods",
      { dates: "publication" },
    );
    expect(events.map((e) => [e.date, e.dateEvidence, e.time])).toEqual([["2020-05-04", "inferred", null]]);
  });
});
