import { describe, expect, it } from "vitest";
import type { Article } from "../article.js";
import { testArticle } from "./align/testArticle.js";
import { storylineUpdates } from "./storylineUpdates.js";

function killed(id: string, quantity: number, asOf: string): Article {
  const text = `More than ${quantity} people were killed in the earthquake in Peru, officials said.`;
  return testArticle({
    id,
    text,
    mentions: [{ text: "Peru", actor: "country:PER" }],
    claims: [{ quantity, qualifier: "more than", what: "people killed", category: "killed", asOf, text }],
  });
}

const none = new Map<string, string>();
const byId = (articles: Article[]) => new Map(articles.map((a) => [a.id, a]));

describe("storylineUpdates", () => {
  const early = killed("a", 48500, "2025-03-10");
  const late = killed("b", 50000, "2025-03-23");

  it("gives a figure updated across two stories of one storyline to the story holding the later value", () => {
    const stories = [
      { id: "story-a", storyline: "story-a", articles: ["a"] },
      { id: "story-b", storyline: "story-a", articles: ["b"] },
    ];
    const updates = storylineUpdates(stories, byId([early, late]), none);
    expect([...updates.keys()]).toEqual(["story-b"]);
    expect(updates.get("story-b")?.[0]?.values.map((v) => v.quantity)).toEqual([48500, 50000]);
  });

  it("says nothing across different storylines, nor within one story", () => {
    const apart = [
      { id: "story-a", storyline: "story-a", articles: ["a"] },
      { id: "story-b", storyline: "story-b", articles: ["b"] },
    ];
    expect(storylineUpdates(apart, byId([early, late]), none).size).toBe(0);
    const together = [{ id: "story-a", storyline: "story-a", articles: ["a", "b"] }];
    expect(storylineUpdates(together, byId([early, late]), none).size).toBe(0);
  });
});
