import type { Article } from "../../article.js";
import { publishedTime } from "./publishedTime.js";
import type { SavedStoryIndex, Store } from "../../store/Store.js";
import { StoryIndex, clusterDocFromArticle } from "../stories/index.js";
import type { StoryIndexOptions } from "../stories/index.js";
import { storedStoryOf, storyIdPrefix } from "./storedStoryOf.js";
import { StoryStateError } from "./StoryStateError.js";

export interface UpdateStoriesOptions {
  /** Forget the saved index and stories and re-cluster every stored article (the way out of a damaged state). */
  rebuild?: boolean;
  /** Clustering options for a new index (a saved index keeps the options it was made with). */
  index?: Partial<StoryIndexOptions>;
}

/** What one update did, for the CLI's summary line. */
export interface StoriesUpdateSummary {
  /** Articles clustered this time. */
  added: number;
  /** Ids of stories started this time. */
  created: string[];
  /** Ids of stories that existed and changed: took articles, absorbed another story, or changed storyline. */
  changed: string[];
  /** Ids of stories that went into another because an article bridged them. */
  merged: string[];
  /** Stories in the store afterwards. */
  total: number;
  /**
   * Articles published more than the story window (30 days by default) before the newest clustered article: they
   * were matched against the stories still held around their own date (they may join one, but never merge two), and
   * past the storyline horizon (a year and a window) they start stories of their own. A rebuild clusters everything
   * in publication order.
   */
  late: number;
}

/** Saves retried when another process saved stories between our load and our save. */
const maxAttempts = 5;

const dayMs = 86_400_000;

/** The time (ms) before which an article arrives too late to join the index's stories, or -Infinity. */
function lateBefore(index: StoryIndex): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const story of index.allStories()) {
    const last = story.last === null ? NaN : Date.parse(story.last);
    if (!Number.isNaN(last)) latest = Math.max(latest, last);
  }
  // `last` is a date: count the whole day, so an article of that day is never late.
  return latest + dayMs - index.options.storyWindowDays * dayMs;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The saved index, checked against the membership table; StoryStateError when it cannot be used. */
async function loadIndex(store: Store, options: Partial<StoryIndexOptions>): Promise<[StoryIndex, SavedStoryIndex]> {
  let saved: SavedStoryIndex;
  try {
    saved = await store.loadStoryIndex();
  } catch (error) {
    throw new StoryStateError(messageOf(error));
  }
  if (saved.state === null) {
    if (saved.members > 0) throw new StoryStateError(`${saved.members} articles have a story but no index is saved`);
    return [new StoryIndex(options), saved];
  }
  let index: StoryIndex;
  try {
    index = StoryIndex.fromJSON(saved.state);
  } catch (error) {
    throw new StoryStateError(messageOf(error));
  }
  const documents = index.sizes().documents;
  if (documents !== saved.members) {
    throw new StoryStateError(`the index holds ${documents} articles but ${saved.members} have a story`);
  }
  return [index, saved];
}

async function articlesById(store: Store, ids: Iterable<string>, known: Map<string, Article>): Promise<void> {
  for (const id of ids) {
    if (known.has(id)) continue;
    const article = await store.getArticle(id);
    if (article) known.set(id, article);
  }
}

async function copyLinks(store: Store, ids: Iterable<string>, links: Map<string, string>): Promise<void> {
  for (const id of ids) {
    const original = await store.originalOf(id);
    if (original) links.set(id, original);
  }
}

async function tryUpdate(store: Store, options: UpdateStoriesOptions): Promise<StoriesUpdateSummary | null> {
  const rebuild = options.rebuild === true;
  let index: StoryIndex;
  let basedOn: number;
  const articles = new Map<string, Article>();
  let pending: string[];
  if (rebuild) {
    // A reset replaces whatever is saved, damaged or not, so nothing saved needs reading.
    basedOn = 0;
    index = new StoryIndex(options.index ?? {});
    for (const article of await store.listArticles()) articles.set(article.id, article);
    pending = [...articles.keys()];
  } else {
    const [loaded, saved] = await loadIndex(store, options.index ?? {});
    index = loaded;
    basedOn = saved.revision;
    pending = await store.unclusteredArticles();
    await articlesById(store, pending, articles);
    pending = pending.filter((id) => articles.has(id));
  }
  if (pending.length === 0 && !rebuild) {
    return { added: 0, created: [], changed: [], merged: [], total: index.sizes().stories, late: 0 };
  }

  const copyOf = new Map<string, string>();
  await copyLinks(store, pending, copyOf);
  const storylineBefore = new Map(index.allStories().map((s) => [s.id, s.storyline]));
  // In publication order, as they would have arrived; the sort is stable, so ties keep the stored order.
  const ordered = pending.map((id) => articles.get(id) as Article).sort((a, b) => publishedTime(a) - publishedTime(b));
  const tooOld = rebuild ? Number.NEGATIVE_INFINITY : lateBefore(index);
  const late = ordered.filter((a) => publishedTime(a) < tooOld).length;
  const touched = new Set<string>();
  const merged = new Set<string>();
  for (const article of ordered) {
    const assignment = index.add(clusterDocFromArticle(article, copyOf.get(article.id) ?? null));
    touched.add(assignment.story);
    for (const gone of assignment.merged ?? []) {
      merged.add(gone);
      touched.delete(gone);
    }
  }
  // Copies stored earlier and now linked to a new, earlier-published original: their story's alignment changes.
  for (const article of ordered) {
    for (const copy of await store.copiesOf(article.id)) {
      const story = index.storyOf(copy);
      if (story !== null) touched.add(story);
    }
  }
  const stories = index.allStories();
  for (const story of stories) {
    const before = storylineBefore.get(story.id);
    if (before !== undefined && before !== story.storyline) touched.add(story.id);
  }

  const linked = new Set(pending);
  const upsert = [];
  for (const story of stories) {
    if (!touched.has(story.id)) continue;
    const ids = [...story.members, ...story.copies.map((c) => c.id)];
    await articlesById(store, ids, articles);
    await copyLinks(
      store,
      ids.filter((id) => !linked.has(id)),
      copyOf,
    );
    for (const id of ids) linked.add(id);
    upsert.push(storedStoryOf(story, articles, copyOf));
  }
  const saved = await store.saveStories({
    basedOn,
    state: index.toJSON(),
    upsert,
    remove: [...merged].map((id) => `${storyIdPrefix}${id}`),
    reset: rebuild,
  });
  if (!saved) return null;
  const created = [...touched].filter((id) => !storylineBefore.has(id));
  return {
    added: ordered.length,
    created: created.map((id) => `${storyIdPrefix}${id}`),
    changed: [...touched].filter((id) => storylineBefore.has(id)).map((id) => `${storyIdPrefix}${id}`),
    merged: [...merged].filter((id) => storylineBefore.has(id)).map((id) => `${storyIdPrefix}${id}`),
    total: stories.length,
    late,
  };
}

/**
 * Clusters the stored articles that are in no story yet into the persisted stories: loads the saved StoryIndex,
 * adds them in publication order (copies with their original, so they count once), recomputes the story-level
 * alignment of the stories they touched only, and saves index, stories and membership in one transaction. A
 * story that an article bridged into an older one is removed and its articles follow. Story ids stay stable:
 * a story keeps the id of its first article, and a merge keeps the oldest. Throws StoryStateError (saying to
 * run `parallax stories --rebuild`) when the saved state is damaged; `rebuild: true` re-clusters everything.
 *
 * @example const { created, changed } = await updateStories(store) // after store.putArticle(...)
 */
export async function updateStories(store: Store, options: UpdateStoriesOptions = {}): Promise<StoriesUpdateSummary> {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const summary = await tryUpdate(store, options);
    if (summary) return summary;
  }
  throw new Error(`another process kept changing the stories (${maxAttempts} attempts); run the command again`);
}
