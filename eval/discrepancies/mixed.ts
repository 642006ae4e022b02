/**
 * A clustering error made on purpose: each gold story merged with the most similar other story of its dataset (the
 * most shared actors), as an imperfect clustering would. A discrepancy whose variants come from two gold stories
 * compares two different events: false by construction, so precision under clustering errors is measured without
 * judging by hand.
 */
import type { Article } from "../../src/article.js";
import type { GoldStory } from "./stories.js";

export interface MixedStory {
  dataset: GoldStory["dataset"];
  stories: [string, string];
  articles: Article[];
  /** Article id (prefixed) → the gold story it came from. */
  goldOf: Map<string, string>;
}

function actorSet(story: GoldStory): Set<string> {
  return new Set(
    story.articles.flatMap((a) =>
      a.actors.filter((x) => !x.id.startsWith("place:") && !x.id.startsWith("country:")).map((x) => x.id),
    ),
  );
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Each story with its nearest other story of the same dataset (pairs counted once). */
export function confusablePairs(stories: readonly GoldStory[]): MixedStory[] {
  const sets = stories.map(actorSet);
  const seen = new Set<string>();
  const result: MixedStory[] = [];
  stories.forEach((story, i) => {
    let best = -1;
    let bestScore = 0;
    stories.forEach((other, j) => {
      if (j === i || other.dataset !== story.dataset) return;
      const score = jaccard(sets[i] ?? new Set(), sets[j] ?? new Set());
      if (score > bestScore) [best, bestScore] = [j, score];
    });
    const other = stories[best];
    if (other === undefined) return;
    const key = [story.id, other.id].sort().join("+");
    if (seen.has(key)) return;
    seen.add(key);
    const goldOf = new Map<string, string>();
    const articles = [story, other].flatMap((s, n) =>
      s.articles.map((a) => {
        const id = `${n === 0 ? "A" : "B"}:${a.id}`;
        goldOf.set(id, s.id);
        return { ...a, id };
      }),
    );
    result.push({ dataset: story.dataset, stories: [story.id, other.id], articles, goldOf });
  });
  return result;
}
