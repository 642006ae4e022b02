import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentHash } from "../../ingest/clean.js";
import { storeTestArticle } from "../store.case.js";
import { riverFlood } from "../testTexts.js";
import { migrations } from "./migrations/index.js";
import { openDatabase } from "./openDatabase.js";
import { openSqliteStore } from "./SqliteStore.js";

describe("migrations", () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "parallax-migrate-"));
    path = join(dir, "old.db");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("are numbered 1, 2, 3 … in the order they apply", () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it("bring a version-1 store up to date, indexing the articles it already holds", async () => {
    // A store as Parallax wrote it at schema version 1, before the near-duplicate index existed.
    const old = openDatabase(path, { upTo: 1 });
    old
      .prepare(
        `INSERT INTO articles (id, source, url, url_key, text, content_hash, simhash, removed, messages, extraction,
           ingested_at, published)
         VALUES ('a-wire', 'wire.txt', NULL, NULL, ?, ?, '0000000000000000', '[]', '[]', '{"sentences":[]}',
           '2024-11-04T07:00:00.000Z', '2024-11-04')`,
      )
      .run(riverFlood.original, contentHash(riverFlood.original));
    old
      .prepare(
        `INSERT INTO raw_documents (article_id, format, encoding, compression, body, meta, extra)
         VALUES ('a-wire', 'text', NULL, 'none', ?, '{}', '{"source":"wire.txt"}')`,
      )
      .run(Buffer.from(riverFlood.original));
    expect(old.prepare("SELECT max(version) FROM schema_migrations").pluck().get()).toBe(1);
    old.close();

    const store = await openSqliteStore(path);
    expect((await store.stats()).schemaVersion).toBe(migrations.length);
    const article = await store.getArticle("a-wire");
    expect(article?.text).toBe(riverFlood.original);
    // Analysis arrays the old row lacks read as empty.
    expect(article?.mentions).toEqual([]);
    // The backfilled index finds the old article as the original of a new copy.
    expect(await store.putArticle(storeTestArticle("a-repub", riverFlood.republished))).toMatchObject({
      status: "copy",
      originalId: "a-wire",
    });
    await store.close();

    const peek = new Database(path, { readonly: true });
    expect(peek.prepare("SELECT version, name FROM schema_migrations ORDER BY version").all()).toEqual([
      { version: 1, name: "articles, raw documents, copies, failures" },
      { version: 2, name: "near-duplicate band index" },
      { version: 3, name: "content hash shared by copies from other publishers" },
      { version: 4, name: "stories, story membership and the clustering index" },
    ]);
    peek.close();
  });

  it("bring a version-3 store to stories, with its articles waiting to be clustered", async () => {
    const old = await openSqliteStore(path);
    await old.putArticle(storeTestArticle("a-wire", riverFlood.original));
    await old.putArticle(storeTestArticle("a-other", riverFlood.otherOutlet));
    await old.close();
    // Back to schema version 3, as a store written before stories were persisted.
    const db = new Database(path);
    db.exec("DROP TABLE story_members; DROP TABLE stories; DROP TABLE story_index");
    db.prepare("DELETE FROM schema_migrations WHERE version = 4").run();
    db.close();

    const store = await openSqliteStore(path);
    expect((await store.stats()).schemaVersion).toBe(4);
    expect(await store.unclusteredArticles()).toEqual(["a-wire", "a-other"]);
    expect(await store.loadStoryIndex()).toEqual({ state: null, revision: 0, members: 0 });
    await store.close();
  });

  it("apply once: reopening an up-to-date store changes nothing", async () => {
    await (await openSqliteStore(path)).close();
    await (await openSqliteStore(path)).close();
    const peek = new Database(path, { readonly: true });
    expect(peek.prepare("SELECT count(*) FROM schema_migrations").pluck().get()).toBe(migrations.length);
    peek.close();
  });

  it("leave a store at its old version when a step fails", () => {
    const old = openDatabase(path, { upTo: 1 });
    // A table in the way makes step 2 fail half-way.
    old.exec("CREATE TABLE lsh_bands (x INTEGER)");
    old.close();
    expect(() => openDatabase(path)).toThrow(/lsh_bands already exists/);
    const peek = new Database(path, { readonly: true });
    expect(peek.prepare("SELECT max(version) FROM schema_migrations").pluck().get()).toBe(1);
    peek.close();
  });
});
