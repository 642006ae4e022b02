import type { Database } from "better-sqlite3";

/**
 * One step of the SQLite schema. Migrations are applied in version order, each in its own transaction with its
 * row in `schema_migrations`; a published migration is never edited, a change is a new one.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
