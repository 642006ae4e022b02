import type { Database } from "better-sqlite3";
import type { Article, Failure } from "../../article.js";
import { copySimilarity, publishedBefore } from "../copyPolicy.js";
import { fingerprint } from "../fingerprint.js";
import type { Fingerprint } from "../fingerprint.js";
import { lshBands } from "../minhash.js";
import { normalizeUrl } from "../normalizeUrl.js";
import { containment, shingleHashes } from "../shingles.js";
import { simhashToHex } from "../simhash.js";
import type {
  PutOutcome,
  SavedStoryIndex,
  Store,
  StoredFailure,
  StoredStory,
  StoreStats,
  StoriesUpdate,
} from "../Store.js";
import { articleRowColumns, articleToRows, rowToArticle } from "./articleRows.js";
import type { ArticleRow } from "./articleRows.js";
import { schemaVersion } from "./migrate.js";
import { openDatabase } from "./openDatabase.js";
import { rowToStory, storyOrder, storySelect } from "./storyRows.js";
import type { StoryRow } from "./storyRows.js";

export interface SqliteStoreOptions {
  /** Clock for `ingested_at`, failure times and migration times; defaults to the system clock. */
  now?: () => Date;
}

/** How a copy link was found, recorded in `copies.method`. */
const linkMethod = "minhash-lsh+containment";

/** Most candidates checked per article: the ones sharing the most LSH bands. */
const maxCandidates = 20;

interface Candidate {
  seq: number;
  id: string;
  text: string;
  published: string | null;
}

interface SameTextRow {
  id: string;
  source: string;
  url_key: string | null;
  outlet: string | null;
}

function hostOf(urlKey: string | null): string | null {
  if (!urlKey) return null;
  try {
    return new URL(urlKey).hostname;
  } catch {
    return null;
  }
}

/**
 * Whether a stored article with the same text comes from another publisher (a syndicated copy) rather than being
 * the same article again: their outlets or URL hosts are both known and differ, and the source is not the same.
 */
function otherPublisher(row: SameTextRow, article: Article, urlKey: string | null): boolean {
  if (row.source === article.source) return false;
  const outletA = row.outlet?.trim().toLowerCase() ?? "";
  const outletB = article.meta.outlet?.trim().toLowerCase() ?? "";
  if (outletA && outletB && outletA !== outletB) return true;
  const hostA = hostOf(row.url_key);
  const hostB = hostOf(urlKey);
  return hostA !== null && hostB !== null && hostA !== hostB;
}

/**
 * The embedded store: one SQLite file (WAL) holding articles with their raw input, copy links and failures.
 * Use `openSqliteStore`; every method runs synchronously inside, behind the async Store interface.
 */
export class SqliteStore implements Store {
  private readonly statements;
  private readonly now: () => Date;

  constructor(
    private readonly db: Database,
    options: SqliteStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    const bandParams = Array.from({ length: lshBands }, () => "?").join(", ");
    this.statements = {
      byHash: db.prepare("SELECT id, source, url_key, outlet FROM articles WHERE content_hash = ? ORDER BY seq"),
      byUrl: db.prepare("SELECT id FROM articles WHERE url_key = ?").pluck(),
      idTaken: db.prepare("SELECT 1 FROM articles WHERE id = ?").pluck(),
      candidates: db.prepare(
        `SELECT article, count(*) AS shared FROM lsh_bands WHERE key IN (${bandParams})
         GROUP BY article ORDER BY shared DESC, article LIMIT ${maxCandidates}`,
      ),
      candidate: db.prepare("SELECT seq, id, text, published FROM articles WHERE seq = ?"),
      byId: db.prepare("SELECT seq, id, text, published FROM articles WHERE id = ?"),
      insertArticle: db.prepare(
        `INSERT INTO articles (id, source, url, url_key, outlet, title, byline, dateline, published, language, text,
           content_hash, simhash, removed, messages, extraction, ingested_at)
         VALUES (@id, @source, @url, @url_key, @outlet, @title, @byline, @dateline, @published, @language, @text,
           @content_hash, @simhash, @removed, @messages, @extraction, @ingested_at)`,
      ),
      insertRaw: db.prepare(
        `INSERT INTO raw_documents (article_id, format, encoding, compression, body, meta, extra)
         VALUES (@article_id, @format, @encoding, @compression, @body, @meta, @extra)`,
      ),
      insertBand: db.prepare("INSERT OR IGNORE INTO lsh_bands (key, article) VALUES (?, ?)"),
      insertCopy: db.prepare(
        "INSERT INTO copies (copy_id, original_id, similarity, method, linked_at) VALUES (?, ?, ?, ?, ?)",
      ),
      deleteCopiesOf: db.prepare("DELETE FROM copies WHERE original_id = ?"),
      originalOf: db.prepare("SELECT original_id FROM copies WHERE copy_id = ?").pluck(),
      copiesOf: db
        .prepare(
          `SELECT c.copy_id FROM copies c JOIN articles a ON a.id = c.copy_id WHERE c.original_id = ? ORDER BY a.seq`,
        )
        .pluck(),
      getArticle: db.prepare(
        `SELECT ${articleRowColumns} FROM articles a JOIN raw_documents r ON r.article_id = a.id WHERE a.id = ?`,
      ),
      listArticles: db.prepare(
        `SELECT ${articleRowColumns} FROM articles a JOIN raw_documents r ON r.article_id = a.id ORDER BY a.seq`,
      ),
      insertFailure: db.prepare("INSERT INTO failures (source, reason, at) VALUES (?, ?, ?)"),
      listFailures: db.prepare("SELECT id, source, reason, at FROM failures ORDER BY id"),
      stories: {
        loadIndex: db.prepare("SELECT state, revision FROM story_index WHERE id = 1"),
        revision: db.prepare("SELECT revision FROM story_index WHERE id = 1").pluck(),
        members: db.prepare("SELECT count(*) FROM story_members").pluck(),
        saveIndex: db.prepare(
          `INSERT INTO story_index (id, state, revision, saved_at) VALUES (1, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET state = excluded.state, revision = excluded.revision,
             saved_at = excluded.saved_at`,
        ),
        upsert: db.prepare(
          `INSERT INTO stories (id, title, storyline, first, last, copies, outlets, alignment, updated_at)
           VALUES (@id, @title, @storyline, @first, @last, @copies, @outlets, @alignment, @updated_at)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, storyline = excluded.storyline,
             first = excluded.first, last = excluded.last, copies = excluded.copies, outlets = excluded.outlets,
             alignment = excluded.alignment, updated_at = excluded.updated_at`,
        ),
        remove: db.prepare("DELETE FROM stories WHERE id = ?"),
        removeMembers: db.prepare("DELETE FROM story_members WHERE story_id = ?"),
        addMember: db.prepare(
          `INSERT INTO story_members (article_id, story_id, position) VALUES (?, ?, ?)
           ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, position = excluded.position`,
        ),
        resetMembers: db.prepare("DELETE FROM story_members"),
        reset: db.prepare("DELETE FROM stories"),
        list: db.prepare(`${storySelect} ${storyOrder}`),
        get: db.prepare(`${storySelect} WHERE s.id = ?`),
        storyOf: db.prepare("SELECT story_id FROM story_members WHERE article_id = ?").pluck(),
        unclustered: db
          .prepare(
            `SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)
             ORDER BY a.seq`,
          )
          .pluck(),
      },
      count: {
        articles: db.prepare("SELECT count(*) FROM articles").pluck(),
        copies: db.prepare("SELECT count(*) FROM copies").pluck(),
        failures: db.prepare("SELECT count(*) FROM failures").pluck(),
      },
    };
  }

  async putArticle(article: Article): Promise<PutOutcome> {
    if (article.id === "" || article.contentHash === "") {
      throw new Error(
        `putArticle: article from ${article.source} has no id or content hash; run the clean stage first`,
      );
    }
    // Pure work outside the write lock.
    const print = fingerprint(article.text);
    const urlKey = normalizeUrl(article.meta.url ?? article.raw.fetchUrl ?? "");
    const ingestedAt = this.now().toISOString();
    const put = this.db.transaction((): PutOutcome => {
      const s = this.statements;
      const sameText = s.byHash.all(article.contentHash) as SameTextRow[];
      const sameHash = sameText.find((row) => !otherPublisher(row, article, urlKey));
      if (sameHash !== undefined) return { status: "duplicate", id: article.id, existingId: sameHash.id };
      const sameUrl = urlKey === null ? undefined : (s.byUrl.get(urlKey) as string | undefined);
      if (sameUrl !== undefined) return { status: "duplicate", id: article.id, existingId: sameUrl };

      const id = this.freeId(article);
      // Same words from another publisher: a verbatim copy of the earliest stored one.
      const verbatim = sameText[0] ? (s.byId.get(sameText[0].id) as Candidate) : undefined;
      const match = verbatim ? { candidate: verbatim, similarity: 1 } : this.bestCopyMatch(print);
      const rows = articleToRows(article, id, { urlKey, simhash: simhashToHex(print.simhash), ingestedAt });
      const { lastInsertRowid } = s.insertArticle.run(rows.article);
      s.insertRaw.run(rows.raw);
      for (const key of print.bandKeys) s.insertBand.run(key, lastInsertRowid);
      if (!match) return { status: "new", id };

      const rootId = (s.originalOf.get(match.candidate.id) as string | undefined) ?? match.candidate.id;
      const root = rootId === match.candidate.id ? match.candidate : (s.byId.get(rootId) as Candidate);
      if (publishedBefore(article.meta.published, root.published)) {
        return { status: "new", id, relinked: this.reroot(root, id, print.shingles, ingestedAt) };
      }
      const similarity =
        root === match.candidate ? match.similarity : containment(print.shingles, shingleHashes(root.text));
      s.insertCopy.run(id, root.id, similarity, linkMethod, ingestedAt);
      return { status: "copy", id, originalId: root.id, similarity };
    });
    return put.immediate();
  }

  /** The article's id, or when another article holds it `<id>-<8 hex of the content hash>` (then `-2`, `-3`, …). */
  private freeId(article: Article): string {
    if (!this.statements.idTaken.get(article.id)) return article.id;
    const base = `${article.id}-${article.contentHash.slice(0, 8)}`;
    let id = base;
    for (let n = 2; this.statements.idTaken.get(id); n++) id = `${base}-${n}`;
    return id;
  }

  /** The stored article this text is a copy of (most similar first, then earliest stored), if any. */
  private bestCopyMatch(print: Fingerprint): { candidate: Candidate; similarity: number } | null {
    if (print.bandKeys.length === 0) return null;
    const found = this.statements.candidates.all(...print.bandKeys) as { article: number }[];
    let best: { candidate: Candidate; similarity: number } | null = null;
    for (const { article } of found) {
      const candidate = this.statements.candidate.get(article) as Candidate | undefined;
      if (!candidate) continue;
      const similarity = copySimilarity(print.shingles, shingleHashes(candidate.text));
      if (similarity === null) continue;
      if (
        !best ||
        similarity > best.similarity ||
        (similarity === best.similarity && candidate.seq < best.candidate.seq)
      ) {
        best = { candidate, similarity };
      }
    }
    return best;
  }

  /**
   * The new article was published before the group's original: it becomes the original, and the old original
   * and its copies are linked to it, with their similarity to it. Returns the ids relinked.
   */
  private reroot(root: Candidate, newId: string, shingles: Uint32Array, at: string): string[] {
    const s = this.statements;
    const members = [root.id, ...(s.copiesOf.all(root.id) as string[])];
    s.deleteCopiesOf.run(root.id);
    for (const memberId of members) {
      const member = memberId === root.id ? root : (s.byId.get(memberId) as Candidate);
      s.insertCopy.run(memberId, newId, containment(shingles, shingleHashes(member.text)), linkMethod, at);
    }
    return members;
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.statements.getArticle.get(id) as ArticleRow | undefined;
    return row ? rowToArticle(row) : null;
  }

  async listArticles(): Promise<Article[]> {
    return (this.statements.listArticles.all() as ArticleRow[]).map(rowToArticle);
  }

  async copiesOf(originalId: string): Promise<string[]> {
    return this.statements.copiesOf.all(originalId) as string[];
  }

  async originalOf(id: string): Promise<string | null> {
    return (this.statements.originalOf.get(id) as string | undefined) ?? null;
  }

  async putFailure(failure: Failure): Promise<void> {
    this.statements.insertFailure.run(failure.source, failure.reason, this.now().toISOString());
  }

  async listFailures(): Promise<StoredFailure[]> {
    return this.statements.listFailures.all() as StoredFailure[];
  }

  async stats(): Promise<StoreStats> {
    const { count } = this.statements;
    return {
      articles: count.articles.get() as number,
      copies: count.copies.get() as number,
      failures: count.failures.get() as number,
      schemaVersion: schemaVersion(this.db),
    };
  }

  async loadStoryIndex(): Promise<SavedStoryIndex> {
    const s = this.statements.stories;
    const row = s.loadIndex.get() as { state: string; revision: number } | undefined;
    const members = s.members.get() as number;
    if (!row) return { state: null, revision: 0, members };
    let state: unknown;
    try {
      state = JSON.parse(row.state);
    } catch {
      throw new Error("damaged store row: story_index.state is not valid JSON");
    }
    return { state, revision: row.revision, members };
  }

  async saveStories(update: StoriesUpdate): Promise<boolean> {
    const s = this.statements.stories;
    // Serialise outside the write lock.
    const state = JSON.stringify(update.state);
    const at = this.now().toISOString();
    const rows = update.upsert.map((story) => ({
      row: {
        id: story.id,
        title: story.title,
        storyline: story.storyline,
        first: story.first,
        last: story.last,
        copies: JSON.stringify(story.copies),
        outlets: JSON.stringify(story.outlets),
        alignment: JSON.stringify(story.alignment),
        updated_at: at,
      },
      articles: story.articles,
    }));
    const save = this.db.transaction((): boolean => {
      const revision = (s.revision.get() as number | undefined) ?? 0;
      if (revision !== update.basedOn && !update.reset) return false;
      if (update.reset) {
        s.resetMembers.run();
        s.reset.run();
      }
      for (const id of update.remove) {
        s.removeMembers.run(id);
        s.remove.run(id);
      }
      for (const { row, articles } of rows) {
        s.upsert.run(row);
        s.removeMembers.run(row.id);
        articles.forEach((articleId, position) => {
          if (!this.statements.idTaken.get(articleId)) {
            throw new Error(`saveStories: story ${row.id} lists article ${articleId}, which is not stored`);
          }
          s.addMember.run(articleId, row.id, position);
        });
      }
      s.saveIndex.run(state, revision + 1, at);
      return true;
    });
    return save.immediate();
  }

  async listStories(): Promise<StoredStory[]> {
    return (this.statements.stories.list.all() as StoryRow[]).map(rowToStory);
  }

  async getStory(id: string): Promise<StoredStory | null> {
    const row = this.statements.stories.get.get(id) as StoryRow | undefined;
    return row ? rowToStory(row) : null;
  }

  async storyOf(articleId: string): Promise<string | null> {
    return (this.statements.stories.storyOf.get(articleId) as string | undefined) ?? null;
  }

  async unclusteredArticles(): Promise<string[]> {
    return this.statements.stories.unclustered.all() as string[];
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/**
 * Opens the SQLite store at `location` (a file, created when absent, or `:memory:`), migrating it to the current
 * schema. Rejects with a message saying what to do when the file is not a Parallax store or is newer than this
 * Parallax.
 *
 * @example const store = await openSqliteStore("parallax.db")
 */
export async function openSqliteStore(location: string, options: SqliteStoreOptions = {}): Promise<SqliteStore> {
  return new SqliteStore(openDatabase(location, options.now ? { now: options.now } : {}), options);
}
