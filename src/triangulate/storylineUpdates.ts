import type { Article } from "../article.js";
import { alignClaims } from "./align/index.js";
import type { AlignedClaim } from "./align/types.js";

/** The stories of a run as far as this needs: id, storyline and member article ids. */
export interface StorylineMember {
  id: string;
  storyline?: string;
  articles: readonly string[];
}

/**
 * Figures that a later story of a storyline updates ("more than 48,500 killed" in the talks story, "50,000" two weeks
 * later in the next episode): the storyline's articles aligned together, keeping only `update` relations whose values
 * come from two or more of its stories. Each update is given to the story holding its latest value. Stories alone
 * keep their own figures; this adds what only the storyline shows.
 *
 * @example storylineUpdates(stories, articlesById, copyOf).get("story-a-17f2…") // [{ what, values, relation: "update" }]
 */
export function storylineUpdates(
  stories: readonly StorylineMember[],
  byId: ReadonlyMap<string, Article>,
  copyOf: ReadonlyMap<string, string>,
): Map<string, AlignedClaim[]> {
  const lines = new Map<string, StorylineMember[]>();
  for (const story of stories) {
    if (!story.storyline) continue;
    lines.set(story.storyline, [...(lines.get(story.storyline) ?? []), story]);
  }
  const out = new Map<string, AlignedClaim[]>();
  for (const members of lines.values()) {
    if (members.length < 2) continue;
    const storyOf = new Map(members.flatMap((s) => s.articles.map((a) => [a, s.id] as const)));
    const articles = [...storyOf.keys()].map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    for (const claim of alignClaims(articles, copyOf)) {
      if (claim.relation !== "update") continue;
      const spanned = new Set(claim.values.map((v) => storyOf.get(v.article)));
      if (spanned.size < 2) continue;
      const latest = [...claim.values].sort((a, b) => (a.asOf ?? "").localeCompare(b.asOf ?? "")).at(-1);
      const owner = latest ? storyOf.get(latest.article) : undefined;
      if (owner === undefined) continue;
      out.set(owner, [...(out.get(owner) ?? []), claim]);
    }
  }
  return out;
}
