import type { Article, Failure } from "../article.js";

/** What happened to an article handed to the store. */
export type PutOutcome =
  /** New, independent report. */
  | { status: "new"; id: string }
  /** Same content hash or same normalised URL as a stored article: kept once. */
  | { status: "duplicate"; id: string; existingId: string }
  /** Near-identical copy (syndication, republication): stored and linked to its original. */
  | { status: "copy"; id: string; originalId: string; similarity: number };

export interface StoredFailure extends Failure {
  id: number;
  at: string;
}

/**
 * The store interface, async so that SQLite (embedded, default) and PostgreSQL implement it and pass one shared suite.
 */
export interface Store {
  /** Stores the article (with its raw input) unless it duplicates one already stored. */
  putArticle(article: Article): Promise<PutOutcome>;
  getArticle(id: string): Promise<Article | null>;
  /** All articles, oldest first. */
  listArticles(): Promise<Article[]>;
  /** Ids of the copies linked to an original. */
  copiesOf(originalId: string): Promise<string[]>;
  originalOf(id: string): Promise<string | null>;
  putFailure(failure: Failure): Promise<void>;
  listFailures(): Promise<StoredFailure[]>;
  close(): Promise<void>;
}
