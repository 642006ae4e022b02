import type { Article, Failure } from "../article.js";

/** What happened to an article handed to the store. */
export type PutOutcome =
  /**
   * New, independent report. `relinked` lists stored articles that turned out to be copies of this one, published
   * earlier than the one they were linked to: they are now linked to it.
   */
  | { status: "new"; id: string; relinked?: string[] }
  /** Same content hash or same normalised URL as a stored article: kept once. */
  | { status: "duplicate"; id: string; existingId: string }
  /**
   * Near-identical copy (syndication, republication): stored and linked to its original. `similarity` is the share
   * of the smaller text's 3-word shingles found in the other (0–1).
   */
  | { status: "copy"; id: string; originalId: string; similarity: number };

export interface StoredFailure extends Failure {
  id: number;
  /** ISO 8601 time it was recorded. */
  at: string;
}

/** Counts for `parallax` status lines and health checks. */
export interface StoreStats {
  articles: number;
  /** Articles linked as copies of another (included in `articles`). */
  copies: number;
  failures: number;
  /** Applied schema version. */
  schemaVersion: number;
}

/** A story as the store keeps it: what `parallax stories` lists and `parallax story <id>` shows. */
export interface StoredStory {
  /** Stable id (`story-<id of the story's first article>`). */
  id: string;
  title: string;
  /** The id of the storyline the story belongs to (a story id; its own id when it stands alone). */
  storyline: string;
  /** Earliest and latest publication date of its articles (ISO date), null when none is dated. */
  first: string | null;
  last: string | null;
  /** Every article of the story: original reports, then copies, each in publication order. */
  articles: string[];
  /** Syndicated copies among `articles`, each with the original it repeats (they add no evidence). */
  copies: { id: string; of: string }[];
  /** Distinct outlets of the original reports: the independent sources. */
  outlets: string[];
  /**
   * Story-level results (aligned quotes, claims, discrepancies, coverage, framing) as triangulation computed them.
   * Their item shapes belong to triangulation; the store checks they are arrays of objects.
   */
  alignment: Record<string, object[]>;
  /** When the story last changed (ISO 8601, stamped by the store). */
  updated: string;
}

/** The persisted story clustering index, as `loadStoryIndex` hands it back. */
export interface SavedStoryIndex {
  /** The index's own JSON state (validated by its reader), or null when none was saved yet. */
  state: unknown;
  /** Bumped by every save: `saveStories` refuses a change based on an older revision. */
  revision: number;
  /** Articles that belong to a story, for checking the index against the membership table. */
  members: number;
}

/** One atomic change to the stored stories. */
export interface StoriesUpdate {
  /** The revision the change was computed from (`SavedStoryIndex.revision`). */
  basedOn: number;
  /** The clustering index's new JSON state. */
  state: unknown;
  /** Stories created or changed; their membership is rewritten (an article moves when its story merged). */
  upsert: Omit<StoredStory, "updated">[];
  /** Stories that no longer exist (merged into another). */
  remove: string[];
  /** Drop every stored story first (a rebuild from the stored articles); `basedOn` is not checked then. */
  reset?: boolean;
}

/**
 * The store interface, async so that SQLite (embedded, default) and PostgreSQL implement it and pass one shared suite.
 */
export interface Store {
  /**
   * Stores the article (with its raw input) unless it duplicates one already stored: same content hash or same
   * normalised URL. A near-identical copy is stored and linked to the original: the earliest published of the
   * group, else the first stored. The outcome's `id` is the id stored under: when another article already has the
   * given id, the new one gets `<id>-<first 8 hex digits of its content hash>`. Throws on an article without id or
   * content hash (run the clean stage first).
   */
  putArticle(article: Article): Promise<PutOutcome>;
  /** The stored article with its raw input, or null. */
  getArticle(id: string): Promise<Article | null>;
  /** All articles, in the order they were stored. */
  listArticles(): Promise<Article[]>;
  /** Ids of the copies linked to an original, in the order they were stored; [] for none. */
  copiesOf(originalId: string): Promise<string[]>;
  /** The original a copy is linked to; null for an original or an unknown id. Copies never chain. */
  originalOf(id: string): Promise<string | null>;
  putFailure(failure: Failure): Promise<void>;
  /** Failures, in the order they were recorded. */
  listFailures(): Promise<StoredFailure[]>;
  stats(): Promise<StoreStats>;
  /** The persisted story index with its revision; `state` is null before the first save. Never throws on its shape. */
  loadStoryIndex(): Promise<SavedStoryIndex>;
  /**
   * Saves the index state and the stories it changed, in one transaction. Returns false (and changes nothing) when
   * another writer saved since `basedOn`: reload and redo the change. Throws on an article id that is not stored.
   */
  saveStories(update: StoriesUpdate): Promise<boolean>;
  /** Every story, newest first (latest publication date, then earliest, then id); undated stories last. */
  listStories(): Promise<StoredStory[]>;
  /** The story with this id, or null. */
  getStory(id: string): Promise<StoredStory | null>;
  /** The id of the story an article belongs to, or null. */
  storyOf(articleId: string): Promise<string | null>;
  /** Ids of stored articles that belong to no story yet, in the order they were stored. */
  unclusteredArticles(): Promise<string[]>;
  close(): Promise<void>;
}
