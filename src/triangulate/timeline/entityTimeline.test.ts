import { describe, expect, it } from "vitest";
import type { ArticleEvent } from "../../article.js";
import { entityTimeline } from "./entityTimeline.js";
import type { EntityTimelineInput } from "./entityTimeline.js";
import { testStoryEvent } from "./testStoryEvent.js";

const text = "Norway met the United States. Then Norway signed a deal with Sweden.";

function articleEvent(start: number, end: number, verb: string): ArticleEvent {
  return {
    start,
    end,
    source: "country:NOR",
    target: "country:USA",
    code: "042",
    label: "Make a visit",
    goldstein: 1.9,
    date: null,
    place: null,
    sentence: text.slice(start, end),
    evidence: "stated",
    verb,
  };
}

function input(overrides: Partial<EntityTimelineInput> = {}): EntityTimelineInput {
  const met = testStoryEvent({ id: "e-met", articles: ["a1"], date: "2025-03-19", text: text.slice(0, 29) });
  const deal = testStoryEvent({
    id: "e-deal",
    articles: ["a1"],
    code: "057",
    target: "country:SWE",
    date: "2025-03",
    text: text.slice(30),
  });
  deal.evidence = deal.evidence.map((e) => ({ ...e, start: 30, end: text.length }));
  const undated = testStoryEvent({
    id: "e-undated",
    articles: ["a2"],
    source: "country:USA",
    target: "country:DEU",
    date: null,
  });
  const early = testStoryEvent({
    id: "e-early",
    articles: ["a2"],
    source: "country:SWE",
    target: "country:NOR",
    date: "2024",
  });
  return {
    stories: [
      { id: "story-1", events: [met, deal] },
      { id: "story-2", events: [undated, early] },
    ],
    articles: [
      {
        id: "a1",
        outlet: "Outlet One",
        url: null,
        copyOf: null,
        published: "2025-03-20",
        text,
        events: [articleEvent(0, 29, "met"), articleEvent(30, text.length, "signed a deal")],
      },
      { id: "a2", outlet: "Outlet Two", url: null, copyOf: null, published: "2025-03-21" },
    ],
    actors: [
      { id: "country:NOR", name: "Norway", country: "NOR" },
      { id: "country:USA", name: "United States", country: "USA" },
      { id: "country:SWE", name: "Sweden", country: "SWE" },
    ],
    ...overrides,
  };
}

describe("entityTimeline", () => {
  it("lists the events the actor takes part in, coarse dates before the finer dates they hold, undated last", () => {
    const entries = entityTimeline(input(), "country:NOR");
    expect(entries.map((e) => [e.date, e.role, e.counterpart, e.events])).toEqual([
      ["2024", "target", "country:SWE", ["e-early"]],
      ["2025-03", "source", "country:SWE", ["e-deal"]],
      ["2025-03-19", "source", "country:USA", ["e-met"]],
    ]);
    expect(entityTimeline(input(), "country:USA").map((e) => [e.date, e.role])).toEqual([
      ["2025-03-19", "target"],
      [null, "source"],
    ]);
  });

  it("gives each report's verb phrase and where it stands in the article", () => {
    const [deal] = entityTimeline(input(), "country:SWE").filter((e) => e.code === "057");
    expect(deal?.sources).toEqual([
      expect.objectContaining({ article: "a1", outlet: "Outlet One", verb: "signed a deal", verbStart: 42 }),
    ]);
    expect(text.slice(42, 55)).toBe("signed a deal");
    const [early] = entityTimeline(input(), "country:SWE");
    expect(early?.sources[0]).toMatchObject({ verb: null, verbStart: null });
  });

  it("merges one event told in two stories into one entry", () => {
    const again = testStoryEvent({ id: "e-met-again", articles: ["a2"], code: "043", date: "2025-03-19" });
    const base = input();
    const stories = [...base.stories, { id: "story-3", events: [again] }];
    const entries = entityTimeline({ ...base, stories }, "country:NOR").filter((e) => e.date === "2025-03-19");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      stories: ["story-1", "story-3"],
      events: ["e-met", "e-met-again"],
      articles: ["a1", "a2"],
    });
  });

  it("merges a joint event told with its parties the other way round in another story, but not a visit", () => {
    const talks = (id: string, source: string, target: string, mutual: boolean) =>
      testStoryEvent({ id, articles: ["a2"], code: "046", source, target, date: "2025-04-02", mutual });
    const base = input();
    const joint = [talks("t1", "country:NOR", "country:DEU", true), talks("t2", "country:DEU", "country:NOR", true)];
    const once = entityTimeline(
      {
        ...base,
        stories: [
          { id: "s1", events: [joint[0]!] },
          { id: "s2", events: [joint[1]!] },
        ],
      },
      "country:NOR",
    );
    expect(once.filter((e) => e.date === "2025-04-02")).toHaveLength(1);
    const directed = [
      talks("v1", "country:NOR", "country:DEU", false),
      talks("v2", "country:DEU", "country:NOR", false),
    ];
    const twice = entityTimeline(
      {
        ...base,
        stories: [
          { id: "s1", events: [directed[0]!] },
          { id: "s2", events: [directed[1]!] },
        ],
      },
      "country:NOR",
    );
    expect(twice.filter((e) => e.date === "2025-04-02")).toHaveLength(2);
  });

  it("takes several ids for one entity, and can leave undated events out", () => {
    const both = entityTimeline(input(), ["country:SWE", "country:USA"], { undated: false });
    expect(both.map((e) => e.events[0])).toEqual(["e-early", "e-deal", "e-met"]);
    expect(both.find((e) => e.events[0] === "e-early")?.role).toBe("source");
  });

  it("returns nothing for an actor in no event, or for no stories", () => {
    expect(entityTimeline(input(), "country:FRA")).toEqual([]);
    expect(entityTimeline(input({ stories: [] }), "country:NOR")).toEqual([]);
    expect(entityTimeline(input(), [])).toEqual([]);
  });
});
