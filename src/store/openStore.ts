import type { Store } from "./Store.js";
import { openSqliteStore } from "./sqlite/SqliteStore.js";

/**
 * Opens the store named by `--db`: a file path (SQLite, the embedded default) or `:memory:`.
 * A `postgres://` URL will select the PostgreSQL store when it lands.
 *
 * @example const store = await openStore("parallax.db")
 */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error(`PostgreSQL store not available yet: use a SQLite file path for --db (got ${location})`);
  }
  return openSqliteStore(location);
}
