import Database from "better-sqlite3";
import { migrate } from "./migrate.js";
import { migrations } from "./migrations/index.js";

/** `PRAGMA application_id` of a Parallax store: "PRLX". Marks the file as ours for `file(1)` and for `openDatabase`. */
export const parallaxApplicationId = 0x50524c58;

/** Thrown when the file at the path is not a Parallax store (not SQLite, or another application's database). */
export class NotParallaxDatabaseError extends Error {
  constructor(location: string, why: string) {
    super(`not a Parallax database: ${location} (${why}); give --db a new file name or an existing Parallax store`);
    this.name = "NotParallaxDatabaseError";
  }
}

export interface OpenDatabaseOptions {
  /** Clock for `applied_at`; defaults to the system clock. */
  now?: () => Date;
  /** Stop migrating at this version (tests build old databases with it). */
  upTo?: number;
}

/**
 * Opens (creating when absent) a SQLite Parallax store at `location` (a file path or `:memory:`), checks it is
 * one, switches it to WAL with foreign keys and a busy timeout, and brings its schema up to date.
 * Throws NotParallaxDatabaseError or NewerSchemaError with a message saying what to do.
 *
 * @example const db = openDatabase("parallax.db")
 */
export function openDatabase(location: string, options: OpenDatabaseOptions = {}): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(location);
  } catch (error) {
    throw new Error(
      `cannot open the store at ${location}: ${messageOf(error)} (does the folder exist and is it writable?)`,
    );
  }
  try {
    // Another writer holds the lock for at most one article's transaction: wait rather than fail.
    db.pragma("busy_timeout = 5000");
    checkIdentity(db, location);
    db.pragma("journal_mode = WAL");
    // Durable on commit in WAL mode except across a power cut, and much faster than FULL.
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    // 32 MB page cache (default 2 MB): keeps the upper levels of the band and hash indexes in memory as they grow.
    db.pragma("cache_size = -32768");
    migrate(db, migrations, location, options.now ?? (() => new Date()), options.upTo);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Accepts a Parallax store or an empty database (which becomes one); refuses anything else before writing to it. */
function checkIdentity(db: Database.Database, location: string): void {
  let applicationId: number;
  let tables: string[];
  try {
    applicationId = db.pragma("application_id", { simple: true }) as number;
    tables = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]
    ).map((row) => row.name);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") {
      throw new NotParallaxDatabaseError(location, "the file is not a SQLite database or is damaged");
    }
    throw error;
  }
  if (applicationId === parallaxApplicationId) return;
  if (applicationId === 0 && tables.length === 0) {
    db.pragma(`application_id = ${parallaxApplicationId}`);
    return;
  }
  const what = tables.length ? `holds tables ${tables.slice(0, 5).join(", ")}${tables.length > 5 ? ", …" : ""}` : "";
  throw new NotParallaxDatabaseError(
    location,
    applicationId === 0
      ? `a SQLite database of another application that ${what}`
      : `a SQLite database of another application (id ${applicationId})`,
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
