import Database from "better-sqlite3";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runStoreSuite, storeTestArticle } from "../store.case.js";
import { riverFlood } from "../testTexts.js";
import { migrations } from "./migrations/index.js";
import { openSqliteStore } from "./SqliteStore.js";

runStoreSuite("SqliteStore (:memory:)", () => openSqliteStore(":memory:"));

describe("SqliteStore on a file", () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "parallax-store-"));
    path = join(dir, "parallax.db");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps articles, copy links and failures when reopened", async () => {
    const store = await openSqliteStore(path);
    await store.putArticle(storeTestArticle("a-wire", riverFlood.original));
    await store.putArticle(storeTestArticle("a-repub", riverFlood.republished));
    await store.putFailure({ source: "x.html", reason: "no article found in the HTML page" });
    await store.close();

    const again = await openSqliteStore(path);
    expect((await again.getArticle("a-wire"))?.text).toBe(riverFlood.original);
    expect(await again.originalOf("a-repub")).toBe("a-wire");
    expect((await again.listFailures()).map((f) => f.source)).toEqual(["x.html"]);
    expect(await again.stats()).toEqual({ articles: 2, copies: 1, failures: 1, schemaVersion: migrations.length });
    expect(await again.putArticle(storeTestArticle("a-wire-2", riverFlood.original))).toMatchObject({
      status: "duplicate",
      existingId: "a-wire",
    });
    await again.close();
  });

  it("runs in WAL mode with foreign keys, and marks the file as a Parallax store", async () => {
    const store = await openSqliteStore(path);
    await store.putArticle(storeTestArticle("a-wire", riverFlood.original));
    const peek = new Database(path, { readonly: true });
    expect(peek.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(peek.pragma("application_id", { simple: true })).toBe(0x50524c58);
    peek.close();
    await store.close();
  });

  it("stamps times from the given clock", async () => {
    const at = new Date("2024-11-04T12:00:00Z");
    const store = await openSqliteStore(path, { now: () => at });
    await store.putFailure({ source: "x", reason: "y" });
    expect((await store.listFailures())[0]?.at).toBe("2024-11-04T12:00:00.000Z");
    await store.close();
  });

  it("makes a store of an empty file", async () => {
    writeFileSync(path, "");
    const store = await openSqliteStore(path);
    expect((await store.stats()).schemaVersion).toBe(migrations.length);
    await store.close();
  });

  it("refuses a file that is not SQLite, and leaves it untouched", async () => {
    const junk = "id,title\n1,not a database at all\n".repeat(200);
    writeFileSync(path, junk);
    await expect(openSqliteStore(path)).rejects.toThrow(`not a Parallax database: ${path}`);
    expect(readFileSync(path, "utf8")).toBe(junk);
  });

  it("refuses another application's SQLite database, and leaves it untouched", async () => {
    const other = new Database(path);
    other.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
    other.close();
    await expect(openSqliteStore(path)).rejects.toThrow(/not a Parallax database: .*holds tables photos/);
    const peek = new Database(path, { readonly: true });
    expect(peek.pragma("journal_mode", { simple: true })).toBe("delete");
    expect(peek.pragma("application_id", { simple: true })).toBe(0);
    peek.close();
  });

  it("refuses a store written by a newer Parallax", async () => {
    await (await openSqliteStore(path)).close();
    const future = new Database(path);
    future.prepare("INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01')").run();
    future.close();
    await expect(openSqliteStore(path)).rejects.toThrow(
      /written by a newer Parallax \(schema version 99; this version knows up to 4\): upgrade Parallax/,
    );
  });

  it("says which field of a stored row is damaged", async () => {
    const store = await openSqliteStore(path);
    await store.putArticle(storeTestArticle("a-wire", riverFlood.original));
    const edit = new Database(path);
    edit.prepare(`UPDATE articles SET messages = '[{"level":"loud","stage":"x","message":"y"}]'`).run();
    edit.close();
    await expect(store.getArticle("a-wire")).rejects.toThrow(
      /damaged store row: articles\[a-wire\]\.messages\.0\.level/,
    );
    await store.close();
  });

  it("says when the folder for a new store does not exist", async () => {
    await expect(openSqliteStore(join(dir, "missing", "p.db"))).rejects.toThrow(/cannot open the store at .*missing/);
  });
});

describe("SqliteStore stories on a file", () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "parallax-store-"));
    path = join(dir, "parallax.db");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function storeWithOneStory() {
    const store = await openSqliteStore(path);
    await store.putArticle(storeTestArticle("a-wire", riverFlood.original));
    const story = {
      id: "story-a-wire",
      title: "Levee breaks",
      storyline: "story-a-wire",
      first: null,
      last: null,
      articles: ["a-wire"],
      copies: [],
      outlets: [],
      alignment: { quotes: [] },
    };
    await store.saveStories({ basedOn: 0, state: { version: 1 }, upsert: [story], remove: [] });
    return store;
  }

  it("keeps stories and the index when reopened", async () => {
    await (await storeWithOneStory()).close();
    const again = await openSqliteStore(path);
    expect(await again.loadStoryIndex()).toEqual({ state: { version: 1 }, revision: 1, members: 1 });
    expect((await again.getStory("story-a-wire"))?.articles).toEqual(["a-wire"]);
    await again.close();
  });

  it("says when the saved index is not JSON", async () => {
    const store = await storeWithOneStory();
    const edit = new Database(path);
    edit.prepare("UPDATE story_index SET state = '{\"version\": 1, trunc'").run();
    edit.close();
    await expect(store.loadStoryIndex()).rejects.toThrow("damaged store row: story_index.state is not valid JSON");
    await store.close();
  });

  it("says which field of a stored story is damaged", async () => {
    const store = await storeWithOneStory();
    const edit = new Database(path);
    edit.prepare(`UPDATE stories SET alignment = '{"quotes": [1, 2]}'`).run();
    edit.close();
    await expect(store.getStory("story-a-wire")).rejects.toThrow(
      /damaged store row: stories\[story-a-wire\]\.alignment\.quotes\.0/,
    );
    await store.close();
  });
});
