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
 * The store interface. SQLite (embedded, default) and PostgreSQL implement it and pass one shared suite.
 */
export interface Store {
  /** Stores the article (with its raw input) unless it duplicates one already stored. */
  putArticle(article: Article): PutOutcome;
  getArticle(id: string): Article | null;
  /** All articles, oldest first. */
  listArticles(): Article[];
  /** Copies linked to an original: copyId → originalId. */
  copiesOf(originalId: string): string[];
  originalOf(id: string): string | null;
  putFailure(failure: Failure): void;
  listFailures(): StoredFailure[];
  close(): void;
}
