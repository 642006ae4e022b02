import { parseColumn } from "../articleSchema.js";
import type { StoredStory } from "../Store.js";
import { storyAlignmentSchema, storyArticlesSchema, storyCopiesSchema, storyOutletsSchema } from "../storySchema.js";

/** A row of `stories`, as SQLite returns it, with its members' ids gathered in order. */
export interface StoryRow {
  id: string;
  title: string;
  storyline: string;
  first: string | null;
  last: string | null;
  copies: string;
  outlets: string;
  alignment: string;
  updated_at: string;
  /** JSON array of member article ids in position order (from `json_group_array`). */
  members: string;
}

/** Stories with their members in position order; the WHERE clause and ORDER BY are appended by the caller. */
export const storySelect = `SELECT s.*, (SELECT json_group_array(article_id) FROM
    (SELECT article_id FROM story_members m WHERE m.story_id = s.id ORDER BY position)) AS members
  FROM stories s`;

/** Newest first: latest publication date, then earliest, then id; undated stories last. */
export const storyOrder = "ORDER BY s.last IS NULL, s.last DESC, s.first DESC, s.id";

/** Validates a story row and rebuilds the StoredStory; throws naming the row and field when it is damaged. */
export function rowToStory(row: StoryRow): StoredStory {
  const where = (column: string) => `stories[${row.id}].${column}`;
  return {
    id: row.id,
    title: row.title,
    storyline: row.storyline,
    first: row.first,
    last: row.last,
    articles: parseColumn(storyArticlesSchema, row.members, `story_members[${row.id}]`),
    copies: parseColumn(storyCopiesSchema, row.copies, where("copies")),
    outlets: parseColumn(storyOutletsSchema, row.outlets, where("outlets")),
    alignment: parseColumn(storyAlignmentSchema, row.alignment, where("alignment")),
    updated: row.updated_at,
  };
}
