import type { Migration } from "./Migration.js";

/**
 * Articles with their raw input (so any article can be re-analysed without re-fetching), copy links and failures.
 * `seq` is the ingestion order. Analysis output lives in the `extraction` JSON column until a query needs a table.
 */
export const initial: Migration = {
  version: 1,
  name: "articles, raw documents, copies, failures",
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        seq          INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        source       TEXT NOT NULL,
        url          TEXT,
        url_key      TEXT,
        outlet       TEXT,
        title        TEXT,
        byline       TEXT,
        dateline     TEXT,
        published    TEXT,
        language     TEXT,
        text         TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        simhash      TEXT NOT NULL CHECK (length(simhash) = 16),
        removed      TEXT NOT NULL CHECK (json_valid(removed)),
        messages     TEXT NOT NULL CHECK (json_valid(messages)),
        extraction   TEXT NOT NULL CHECK (json_valid(extraction)),
        ingested_at  TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);
      CREATE UNIQUE INDEX articles_url_key ON articles (url_key) WHERE url_key IS NOT NULL;
      CREATE INDEX articles_published ON articles (published);

      CREATE TABLE raw_documents (
        article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        format      TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
        encoding    TEXT,
        compression TEXT NOT NULL CHECK (compression IN ('none', 'br')),
        body        BLOB NOT NULL,
        meta        TEXT NOT NULL CHECK (json_valid(meta)),
        extra       TEXT NOT NULL CHECK (json_valid(extra))
      ) STRICT;

      CREATE TABLE copies (
        copy_id     TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        original_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        similarity  REAL NOT NULL CHECK (similarity BETWEEN 0 AND 1),
        method      TEXT NOT NULL,
        linked_at   TEXT NOT NULL,
        CHECK (copy_id <> original_id)
      ) STRICT;
      CREATE INDEX copies_original ON copies (original_id);

      CREATE TABLE failures (
        id     INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        reason TEXT NOT NULL,
        at     TEXT NOT NULL
      ) STRICT;
    `);
  },
};
