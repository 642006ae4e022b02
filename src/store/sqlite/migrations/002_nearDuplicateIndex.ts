import { fingerprint } from "../../fingerprint.js";
import type { Migration } from "./Migration.js";

/**
 * The MinHash LSH band index for near-duplicate lookup without a full scan, filled for the articles already
 * stored. A change of the band parameters (src/store/minhash.ts) needs a new migration that empties and refills it.
 * No foreign key: the table is derived data, rebuilt from `articles.text`, and a cascade would need a second index.
 */
export const nearDuplicateIndex: Migration = {
  version: 2,
  name: "near-duplicate band index",
  up(db) {
    db.exec(`
      CREATE TABLE lsh_bands (
        key     INTEGER NOT NULL,
        article INTEGER NOT NULL,
        PRIMARY KEY (key, article)
      ) STRICT, WITHOUT ROWID;
    `);
    const insert = db.prepare("INSERT OR IGNORE INTO lsh_bands (key, article) VALUES (?, ?)");
    // In batches: better-sqlite3 runs no other statement while one is being iterated.
    const batch = db.prepare("SELECT seq, text FROM articles WHERE seq > ? ORDER BY seq LIMIT 500");
    let after = 0;
    for (;;) {
      const rows = batch.all(after) as { seq: number; text: string }[];
      if (rows.length === 0) break;
      for (const row of rows) {
        for (const key of fingerprint(row.text).bandKeys) insert.run(key, row.seq);
        after = row.seq;
      }
    }
  },
};
