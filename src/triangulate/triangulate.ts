import type { Article } from "../article.js";
import type { DossierStory } from "../dossier/dossier.js";
import { alignStory } from "./align/index.js";
import { StoryIndex, clusterDocFromArticle } from "./stories/index.js";
import { storylineUpdates } from "./storylineUpdates.js";

function publishedTime(article: Article): number {
  const t = article.meta.published ? Date.parse(article.meta.published) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/**
 * Clusters a run's articles into stories (in publication order, as they would arrive) and lines up, inside each
 * story, what the outlets said: quotes, figures, discrepancies, coverage and framing. Copies count once.
 *
 * @example triangulate(articles, new Map([["copy-id", "original-id"]])).map((s) => s.title)
 */
export function triangulate(articles: readonly Article[], copyOf: ReadonlyMap<string, string>): DossierStory[] {
  const ordered = [...articles].sort((a, b) => publishedTime(a) - publishedTime(b) || a.id.localeCompare(b.id));
  const byId = new Map(ordered.map((a) => [a.id, a]));
  const index = new StoryIndex();
  for (const article of ordered) index.add(clusterDocFromArticle(article, copyOf.get(article.id) ?? null));
  const stories = index.allStories().map((story) => {
    const ids = [...story.members, ...story.copies.map((c) => c.id)];
    const members = ids.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    const lead = members[0];
    return {
      id: `story-${story.id}`,
      title: lead?.meta.title ?? lead?.text.slice(0, 80) ?? story.id,
      articles: ids,
      // The story id the storyline is named after (its first story), as the stored stories write it.
      storyline: `story-${story.storyline}`,
      first: story.first,
      last: story.last,
      copies: story.copies,
      ...alignStory(members, copyOf),
    };
  });
  // Figures a later episode updates show on that episode, with the earlier stories' values.
  const updates = storylineUpdates(stories, byId, copyOf);
  return stories.map((story) => ({ ...story, storylineClaims: updates.get(story.id) ?? [] }));
}
