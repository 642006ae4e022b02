import type { Article } from "../../article.js";
import { publishedTime } from "./publishedTime.js";
import type { StoredStory } from "../../store/Store.js";
import { alignStory } from "../align/index.js";
import type { Story } from "../stories/index.js";

/** Prefix of story ids outside the index, as the dossier names them (`story-<id of its first article>`). */
export const storyIdPrefix = "story-";

function outletOf(article: Article): string | null {
  const outlet = article.meta.outlet?.trim();
  if (outlet) return outlet;
  try {
    return article.meta.url ? new URL(article.meta.url).hostname : null;
  } catch {
    return null;
  }
}

/**
 * The stored form of one clustered story: its articles (original reports, then copies as the store links them,
 * each in publication order), independent outlets, title (its earliest report's) and story-level alignment. `articles` must hold every
 * article of the story; `copyOf` maps each copy to its original.
 *
 * @example storedStoryOf(index.allStories()[0], articlesById, copyOf).alignment.discrepancies
 */
export function storedStoryOf(
  story: Story,
  articles: ReadonlyMap<string, Article>,
  copyOf: ReadonlyMap<string, string>,
): Omit<StoredStory, "updated"> {
  // In publication order (stable: ties keep the order they joined), so the alignment lists each article's variant
  // in the same order however the articles were split between ingests.
  const ids = [...story.members, ...story.copies.map((c) => c.id)]
    .filter((id) => articles.has(id))
    .sort((a, b) => publishedTime(articles.get(a) as Article) - publishedTime(articles.get(b) as Article));
  // The store's copy links win over the index's: an earlier-published article stored later becomes the original.
  const originals = ids.filter((id) => !copyOf.has(id));
  const copies = ids.filter((id) => copyOf.has(id));
  const members = [...originals, ...copies].map((id) => articles.get(id) as Article);
  const outlets = new Map<string, string>();
  for (const article of members.slice(0, originals.length)) {
    const outlet = outletOf(article);
    if (outlet && !outlets.has(outlet.toLowerCase())) outlets.set(outlet.toLowerCase(), outlet);
  }
  // Titled after its earliest published report (the first to join when none is dated).
  const lead = members
    .slice(0, originals.length)
    .reduce<Article | undefined>(
      (best, a) => (best === undefined || publishedTime(a) < publishedTime(best) ? a : best),
      undefined,
    );
  return {
    id: `${storyIdPrefix}${story.id}`,
    title: lead?.meta.title ?? lead?.text.slice(0, 80) ?? story.id,
    storyline: `${storyIdPrefix}${story.storyline}`,
    first: story.first,
    last: story.last,
    articles: [...originals, ...copies],
    copies: copies.map((id) => ({ id, of: copyOf.get(id) as string })),
    outlets: [...outlets.values()],
    // Everything alignment yields (quotes, claims, discrepancies, coverage, framing, and what it adds later).
    alignment: { ...alignStory(members, copyOf) },
  };
}
