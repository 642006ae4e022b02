import type { Database } from "better-sqlite3";
import type { Migration } from "./migrations/index.js";

/** Thrown when the database was written by a newer Parallax: opening it with this one could lose data. */
export class NewerSchemaError extends Error {
  constructor(location: string, found: number, known: number) {
    super(
      `${location} was written by a newer Parallax (schema version ${found}; this version knows up to ${known}): ` +
        `upgrade Parallax to open it`,
    );
    this.name = "NewerSchemaError";
  }
}

/** The highest applied migration, 0 for a database without the table. */
export function schemaVersion(db: Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return 0;
  const row = db.prepare("SELECT max(version) AS version FROM schema_migrations").get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Applies the migrations above the database's version, in order, each in an immediate transaction (so two
 * processes opening one file never apply a step twice). `upTo` stops early: tests use it to build an old database.
 * Throws NewerSchemaError when the database is ahead of `migrations`.
 *
 * @example migrate(db, migrations, "parallax.db", () => new Date())
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  location: string,
  now: () => Date,
  upTo = Number.POSITIVE_INFINITY,
): number {
  const latest = migrations.at(-1)?.version ?? 0;
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const found = schemaVersion(db);
  if (found > latest) throw new NewerSchemaError(location, found, latest);
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  for (const migration of migrations) {
    if (migration.version > upTo) break;
    const step = db.transaction(() => {
      // Re-read inside the lock: another process may have applied this step meanwhile.
      if (schemaVersion(db) >= migration.version) return;
      migration.up(db);
      record.run(migration.version, migration.name, now().toISOString());
    });
    step.immediate();
  }
  return schemaVersion(db);
}
