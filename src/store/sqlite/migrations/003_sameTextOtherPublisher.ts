import type { Migration } from "./Migration.js";

/**
 * The same text published by two outlets (a wire story run verbatim) is one original and one copy, not one article:
 * the content hash stops being unique. Duplicates are still refused in code (same hash and same publisher).
 */
export const sameTextOtherPublisher: Migration = {
  version: 3,
  name: "content hash shared by copies from other publishers",
  up(db) {
    db.exec(`
      DROP INDEX articles_content_hash;
      CREATE INDEX articles_content_hash ON articles (content_hash);
    `);
  },
};
