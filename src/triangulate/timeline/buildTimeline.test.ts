import { describe, expect, it } from "vitest";
import { buildTimeline } from "./buildTimeline.js";
import type { TimelineArticle } from "./buildTimeline.js";
import { eventSummary } from "./eventSummary.js";
import { testStoryEvent } from "./testStoryEvent.js";

const actors = [
  { id: "country:NOR", name: "Norway", country: "NOR" },
  { id: "country:USA", name: "United States", country: "USA" },
  { id: "agent:civilians:PER", name: "civilians", country: "PER" },
];
const articles: TimelineArticle[] = [
  { id: "a", outlet: "Gulf Wire", url: "https://gw.example/a", copyOf: null },
  { id: "b", outlet: "Ledger", url: null, copyOf: null },
  { id: "c", outlet: "Coastline", url: "https://cl.example/c", copyOf: "a" },
];

describe("buildTimeline", () => {
  it("lists dated story events once each, in date order, with their story, storyline and sources", () => {
    const stories = [
      {
        id: "story-trade",
        storyline: "trade",
        events: [
          testStoryEvent({ id: "event-2", articles: ["a", "b"], date: "2025-03-19" }),
          testStoryEvent({
            id: "event-1",
            articles: ["b"],
            date: "2025-03-12",
            code: "190",
            label: "Use conventional military force, not specified below",
            source: null,
            target: "agent:civilians:PER",
          }),
        ],
      },
      {
        id: "story-later",
        storyline: "trade",
        events: [testStoryEvent({ id: "event-3", articles: ["c"], date: "2025-W13" })],
      },
    ];
    const timeline = buildTimeline(stories, articles, actors);
    expect(timeline.map((t) => [t.date, t.story, t.storyline, t.events])).toEqual([
      ["2025-03-12", "story-trade", "trade", ["event-1"]],
      ["2025-03-19", "story-trade", "trade", ["event-2"]],
      ["2025-W13", "story-later", "trade", ["event-3"]],
    ]);
    expect(timeline[0]?.summary).toBe("use conventional military force → civilians (PER)");
    expect(timeline[1]).toMatchObject({
      summary: "Norway → make a visit → United States",
      articles: ["a", "b"],
      precision: "day",
      publishers: 2,
      sources: [
        { article: "a", outlet: "Gulf Wire", url: "https://gw.example/a", text: "Norway met the United States." },
        { article: "b", outlet: "Ledger", url: null },
      ],
    });
  });

  it("leaves out undated events and sorts a coarser date after the days it starts with", () => {
    const events = [
      testStoryEvent({ id: "event-undated", articles: ["a"], date: null }),
      testStoryEvent({ id: "event-vague", articles: ["a"], date: "PAST_REF" }),
      testStoryEvent({ id: "event-month", articles: ["a"], date: "2025-03" }),
      testStoryEvent({ id: "event-day", articles: ["b"], date: "2025-03-01", target: "country:CAN" }),
    ];
    const timeline = buildTimeline([{ id: "s", events }], articles, actors);
    expect(timeline.map((t) => [t.date, t.precision])).toEqual([
      ["2025-03-01", "day"],
      ["2025-03", "month"],
    ]);
    expect(timeline.every((t) => t.storyline === null)).toBe(true);
  });

  it("makes one line of two events of a story that read the same on the same date, counting a copy once", () => {
    const events = [
      testStoryEvent({ id: "event-1", articles: ["a"] }),
      testStoryEvent({ id: "event-2", articles: ["c"], text: "Norway visited the US." }),
    ];
    const [entry, ...rest] = buildTimeline([{ id: "s", events }], articles, actors);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ events: ["event-1", "event-2"], articles: ["a", "c"], publishers: 1 });
    expect(entry?.sources.map((s) => s.text)).toEqual(["Norway met the United States.", "Norway visited the US."]);
  });

  it("keeps the same event line apart in two stories, and apart on two dates", () => {
    const event = (id: string, date: string) => testStoryEvent({ id, articles: ["a"], date });
    const timeline = buildTimeline(
      [
        { id: "s1", events: [event("e1", "2025-03-19"), event("e2", "2025-03-25")] },
        { id: "s2", events: [event("e3", "2025-03-19")] },
      ],
      articles,
      actors,
    );
    expect(timeline.map((t) => t.events[0])).toEqual(["e1", "e3", "e2"]);
  });

  it("is empty without stories or events", () => {
    expect(buildTimeline([], [], [])).toEqual([]);
    expect(buildTimeline([{ id: "s" }], [], [])).toEqual([]);
  });
});

describe("eventSummary", () => {
  const names = new Map(actors.map((a) => [a.id, a]));
  it("reads source, the CAMEO label without its catch-all suffix, target and place", () => {
    const event = testStoryEvent({ id: "e", articles: ["a"], place: "Washington", label: "Engage in negotiation" });
    expect(eventSummary(event, names)).toBe("Norway → engage in negotiation → United States, in Washington");
  });
  it("reads a joint event the same whichever party comes first", () => {
    const spec = { id: "e", articles: ["a"], place: "Oslo", label: "Engage in negotiation", mutual: true };
    const one = testStoryEvent(spec);
    const other = testStoryEvent({ ...spec, source: "country:USA", target: "country:NOR" });
    expect(eventSummary(one, names)).toBe("Norway ↔ United States: engage in negotiation, in Oslo");
    expect(eventSummary(other, names)).toBe(eventSummary(one, names));
  });
  it("names unknown ids by their readable part", () => {
    const event = testStoryEvent({
      id: "e",
      articles: ["a"],
      source: "person:ingrid-halvorsen",
      target: "agent:hostages",
    });
    expect(eventSummary(event, names)).toBe("ingrid halvorsen → make a visit → hostages");
  });
  it("falls back on the evidence sentence when the event has no actor", () => {
    const event = testStoryEvent({ id: "e", articles: ["a"], source: null, target: null, text: "A  quake\nstruck." });
    expect(eventSummary(event, names)).toBe("A quake struck.");
  });
});
