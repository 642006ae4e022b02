import type { Migration } from "./Migration.js";

/**
 * Stories persisted across runs: the clustering index as one JSON document (`story_index`, a single row whose
 * `revision` lets two writers notice each other), one row per story with its story-level results, and the story
 * of every clustered article. Membership is derived data: `parallax stories --rebuild` recomputes it all from
 * `articles`.
 */
export const stories: Migration = {
  version: 4,
  name: "stories, story membership and the clustering index",
  up(db) {
    db.exec(`
      CREATE TABLE story_index (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        state    TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision > 0),
        saved_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE stories (
        id         TEXT PRIMARY KEY,
        title      TEXT NOT NULL,
        storyline  TEXT NOT NULL,
        first      TEXT,
        last       TEXT,
        copies     TEXT NOT NULL CHECK (json_valid(copies)),
        outlets    TEXT NOT NULL CHECK (json_valid(outlets)),
        alignment  TEXT NOT NULL CHECK (json_valid(alignment)),
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX stories_recent ON stories (last DESC, first DESC, id);

      CREATE TABLE story_members (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX story_members_story ON story_members (story_id, position);
    `);
  },
};
