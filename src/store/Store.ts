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
  close(): Promise<void>;
}
