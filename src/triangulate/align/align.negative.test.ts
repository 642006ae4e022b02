/** Inputs that must produce no alignment, no discrepancy and no frame. */

import { describe, expect, it } from "vitest";
import { alignStory } from "./alignStory.js";
import { eventFrames } from "./eventFrames.js";
import { testArticle } from "./testArticle.js";

const none = new Map<string, string>();

describe("alignStory negative cases", () => {
  it("returns empty lists for no articles and for one article", () => {
    expect(alignStory([], none)).toEqual({
      quotes: [],
      claims: [],
      discrepancies: [],
      coverage: [],
      framing: [],
      events: [],
    });
    const one = alignStory([testArticle({ id: "a", text: "Nothing happened." })], none);
    expect([one.quotes, one.claims, one.discrepancies, one.coverage]).toEqual([[], [], [], []]);
  });

  it("finds nothing between articles with no shared statement, figure or event", () => {
    const a = testArticle({
      id: "a",
      text: '"We will rebuild the bridge," the mayor said. Shops reopened on Thursday.',
      quotes: [{ text: "We will rebuild the bridge,", speaker: "person:mayor" }],
      times: [{ text: "Thursday", value: "2025-03-13" }],
    });
    const b = testArticle({
      id: "b",
      text: '"Our schools will stay closed," the governor said. The war began in October 2023.',
      quotes: [{ text: "Our schools will stay closed,", speaker: "person:governor" }],
      times: [{ text: "October 2023", value: "2023-10", precision: "month" }],
    });
    const result = alignStory([a, b], none);
    expect([result.quotes, result.claims, result.discrepancies, result.coverage]).toEqual([[], [], [], []]);
  });
});

describe("eventFrames negative cases", () => {
  it("reads no frame from an onset verb without a meeting noun near it, or from 'reopened'", () => {
    const article = testArticle({
      id: "a",
      text: "The war began in October 2023, long before negotiations were planned. Shops reopened on Thursday.",
      times: [{ text: "Thursday", value: "2025-03-13" }],
    });
    expect(eventFrames(article)).toEqual([]);
  });

  it("binds no time of day as the event's date", () => {
    const article = testArticle({
      id: "a",
      text: "The earthquake struck at 11:47 a.m.",
      times: [{ text: "11:47 a.m.", value: "2025-03-12T11:47", precision: "time" }],
    });
    expect(eventFrames(article).map((f) => f.date)).toEqual([null]);
  });
});

describe("eventFrames: a capital as subject is not the event's place", () => {
  it("does not bind 'Washington said' as where the talks opened", () => {
    const article = testArticle({
      id: "a",
      text: "The talks opened on Monday, Washington said.",
      mentions: [{ text: "Washington", actor: "country:USA", kind: "metonym" }],
      times: [{ text: "Monday", value: "2025-03-10" }],
    });
    expect(eventFrames(article).map((f) => [f.date, f.place])).toEqual([["2025-03-10", null]]);
  });
});
