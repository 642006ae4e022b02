import { describe, expect, it } from "vitest";
import { testStoryEvent } from "../timeline/testStoryEvent.js";
import { actorGraph, periodOf } from "./actorGraph.js";
import { parseEventDate } from "../timeline/eventDate.js";

const actors = [
  { id: "country:NOR", name: "Norway", type: "country", country: "NOR" },
  { id: "country:USA", name: "United States", type: "country", country: "USA" },
];

describe("actorGraph", () => {
  const stories = [
    {
      events: [
        testStoryEvent({ id: "e1", articles: ["a", "b"], date: "2025-03-19", goldstein: 1.9 }),
        testStoryEvent({ id: "e2", articles: ["a"], date: "2025-03-20", goldstein: 7 }),
        testStoryEvent({ id: "e3", articles: ["a"], date: "2025-04-02", goldstein: -2 }),
        testStoryEvent({ id: "e4", articles: ["c"], source: "country:USA", target: "country:NOR", goldstein: -5 }),
        testStoryEvent({ id: "e5", articles: ["c"], target: null }),
      ],
    },
    { events: [testStoryEvent({ id: "e6", articles: ["d"], date: "2007", goldstein: 3 })] },
  ];

  it("counts each story event once per directed dyad and month, with the mean Goldstein score", () => {
    const graph = actorGraph(stories, actors);
    expect(graph.period).toBe("month");
    expect(
      graph.edges.map((e) => [e.source, e.target, e.period, e.events, e.goldstein, e.mentions, e.eventIds]),
    ).toEqual([
      ["country:NOR", "country:USA", "2007", 1, 3, 1, ["e6"]],
      ["country:NOR", "country:USA", "2025-03", 2, 4.45, 3, ["e1", "e2"]],
      ["country:NOR", "country:USA", "2025-04", 1, -2, 1, ["e3"]],
      ["country:USA", "country:NOR", "2025-03", 1, -5, 1, ["e4"]],
    ]);
    expect(graph.nodes).toEqual([
      { id: "country:NOR", name: "Norway", type: "country", country: "NOR", events: 5 },
      { id: "country:USA", name: "United States", type: "country", country: "USA", events: 5 },
    ]);
  });

  it("buckets by year or day when asked", () => {
    expect(actorGraph(stories, actors, { period: "year" }).edges.map((e) => e.period)).toEqual([
      "2007",
      "2025",
      "2025",
    ]);
    expect(actorGraph(stories, actors, { period: "day" }).edges).toHaveLength(5);
  });

  it("leaves out one-actor events and is empty without dyads", () => {
    const graph = actorGraph([{ events: [testStoryEvent({ id: "e", articles: ["a"], source: null })] }], actors);
    expect(graph).toEqual({ period: "month", nodes: [], edges: [] });
  });
});

describe("periodOf", () => {
  it.each([
    ["2025-03-10", "month", "2025-03"],
    ["2025-03-10", "week", "2025-W11"],
    ["2025-03-10TEV", "day", "2025-03-10"],
    ["2025-W11", "day", "2025-W11"],
    ["2025-W11", "week", "2025-W11"],
    ["2025-03", "week", "2025-03"],
    ["2025-Q1", "month", "2025-Q1"],
    ["2025-Q1", "year", "2025"],
    ["2007", "month", "2007"],
  ] as const)("%s by %s is %s", (date, period, expected) => {
    expect(periodOf(parseEventDate(date), period)).toBe(expected);
  });
  it("puts an unknown date in the undated period", () => {
    expect(periodOf(null, "month")).toBe("undated");
  });
});
