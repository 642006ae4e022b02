import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Article } from "../../article.js";
import { storeTestArticle } from "../../store/store.case.js";
import { openSqliteStore } from "../../store/sqlite/SqliteStore.js";
import type { Store, StoriesUpdate } from "../../store/Store.js";
import { StoryIndex } from "../stories/index.js";
import { fixtureInput } from "../stories/fixtures/runFixture.js";
import { StoryStateError, updateStories } from "./index.js";

/** The story clustering fixtures as stored articles (title, outlet and date from the fixture). */
function fixtureArticles(slug: string): Map<string, Article> {
  return new Map(
    fixtureInput(slug).map((doc) => [
      doc.id,
      storeTestArticle(doc.id, doc.text, { title: doc.title, outlet: doc.outlet ?? null, published: doc.published }),
    ]),
  );
}

async function put(store: Store, articles: Map<string, Article>, ids: string[]): Promise<void> {
  for (const id of ids) await store.putArticle(articles.get(id) as Article);
}

async function membership(store: Store): Promise<Record<string, string[]>> {
  return Object.fromEntries((await store.listStories()).map((s) => [s.id, s.articles]));
}

describe("updateStories: persisted, incremental stories", () => {
  let store: Store;
  beforeEach(async () => {
    store = await openSqliteStore(":memory:");
  });
  afterEach(async () => {
    await store.close();
  });

  const dams = fixtureArticles("bridge-merges");

  it("starts stories, then a bridging article merges them and the membership follows", async () => {
    await put(store, dams, ["dam-a", "dam-b", "valley-a", "valley-b"]);
    const first = await updateStories(store);
    expect(first).toEqual({
      added: 4,
      created: ["story-dam-a", "story-valley-a"],
      changed: [],
      merged: [],
      total: 2,
      late: 0,
    });
    expect(await membership(store)).toEqual({
      "story-dam-a": ["dam-a", "dam-b"],
      "story-valley-a": ["valley-a", "valley-b"],
    });

    await put(store, dams, ["bridge"]);
    const second = await updateStories(store);
    expect(second).toEqual({
      added: 1,
      created: [],
      changed: ["story-dam-a"],
      merged: ["story-valley-a"],
      total: 1,
      late: 0,
    });
    expect(await store.storyOf("valley-b")).toBe("story-dam-a");
    expect(await store.getStory("story-valley-a")).toBeNull();
    const story = await store.getStory("story-dam-a");
    expect(story?.articles.sort()).toEqual(["bridge", "dam-a", "dam-b", "valley-a", "valley-b"]);
    expect(story?.outlets.sort()).toEqual(["capitalwire.example", "northnews.example", "southherald.example"]);
    expect(story).toMatchObject({ first: "2025-01-10", last: "2025-01-11", title: dams.get("dam-a")?.meta.title });
  });

  it("gives the same stories whether the articles arrive in one run or two", async () => {
    await put(store, dams, [...dams.keys()]);
    await updateStories(store);
    const twice = await openSqliteStore(":memory:");
    await put(twice, dams, ["dam-a", "dam-b", "valley-a"]);
    await updateStories(twice);
    await put(twice, dams, ["valley-b", "bridge"]);
    await updateStories(twice);
    const sorted = (m: Record<string, string[]>) =>
      Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.sort()]));
    expect(sorted(await membership(twice))).toEqual(sorted(await membership(store)));
    await twice.close();
  });

  it("does nothing, and saves nothing, when no stored article is new", async () => {
    await put(store, dams, ["dam-a", "dam-b"]);
    await updateStories(store);
    const revision = (await store.loadStoryIndex()).revision;
    expect(await updateStories(store)).toEqual({
      added: 0,
      created: [],
      changed: [],
      merged: [],
      total: 1,
      late: 0,
    });
    expect((await store.loadStoryIndex()).revision).toBe(revision);
  });

  it("counts articles arriving after the story window has moved past them, and still places them", async () => {
    const later = storeTestArticle("later", fixtureInput("syndicated-copy")[0]?.text ?? "", {
      published: "2025-06-01",
    });
    await put(store, dams, ["dam-a"]);
    await store.putArticle(later);
    await updateStories(store);
    await put(store, dams, ["dam-b"]);
    // dam-b is dated months before the newest article: dam-a's documents are no longer searched, but its story is
    // still held, and the index searches stories around dam-b's own date (StoryIndex: late documents).
    expect(await updateStories(store)).toMatchObject({ added: 1, created: [], changed: ["story-dam-a"], late: 1 });
    expect(await store.storyOf("dam-b")).toBe("story-dam-a");
  });

  it("lists copies with their original and counts only independent outlets", async () => {
    const quake = fixtureArticles("syndicated-copy");
    await put(store, quake, ["wire-original", "reprint-given", "own-report"]);
    await updateStories(store);
    const [story] = await store.listStories();
    expect(story?.id).toBe("story-wire-original");
    expect(story?.copies).toEqual([{ id: "reprint-given", of: "wire-original" }]);
    expect(story?.articles).toEqual(["wire-original", "own-report", "reprint-given"]);
    expect(story?.outlets).toEqual(["wire.example", "broadcaster.example"]);
    expect(Object.keys(story?.alignment ?? {})).toEqual(
      expect.arrayContaining(["quotes", "claims", "discrepancies", "coverage", "framing"]),
    );
  });

  it("says a damaged index is damaged and how to rebuild, and the rebuild restores the stories", async () => {
    await put(store, dams, [...dams.keys()]);
    await updateStories(store);
    const before = await membership(store);
    const { revision } = await store.loadStoryIndex();
    await store.saveStories({ basedOn: revision, state: { version: 7 }, upsert: [], remove: [] });
    const failure = updateStories(store);
    await expect(failure).rejects.toThrow(StoryStateError);
    await expect(updateStories(store)).rejects.toThrow(
      /stored stories are damaged \(StoryIndex\.fromJSON: invalid state at version.*run `parallax stories --rebuild`/,
    );
    const rebuilt = await updateStories(store, { rebuild: true });
    expect(rebuilt).toMatchObject({ added: 5, total: 1 });
    expect(await membership(store)).toEqual(before);
    expect(await updateStories(store)).toMatchObject({ added: 0 });
  });

  it("refuses an index that does not match the membership table", async () => {
    await put(store, dams, ["dam-a", "dam-b"]);
    await updateStories(store);
    const { revision } = await store.loadStoryIndex();
    await store.saveStories({ basedOn: revision, state: new StoryIndex().toJSON(), upsert: [], remove: [] });
    await expect(updateStories(store)).rejects.toThrow(/the index holds 0 articles but 2 have a story/);
  });

  it("redoes its change when another process saved stories meanwhile, losing neither", async () => {
    await put(store, dams, ["dam-a", "dam-b"]);
    let interfered = false;
    const racing = new Proxy(store, {
      get(target, key) {
        if (key === "saveStories") {
          return async (update: StoriesUpdate) => {
            if (!interfered) {
              interfered = true;
              // Another ingest stores and clusters an article between our load and our save.
              await put(store, dams, ["valley-a"]);
              await updateStories(store);
            }
            return target.saveStories(update);
          };
        }
        const value: unknown = Reflect.get(target, key);
        return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    await updateStories(racing);
    expect(interfered).toBe(true);
    expect(await membership(store)).toEqual({ "story-dam-a": ["dam-a", "dam-b"], "story-valley-a": ["valley-a"] });
    expect((await store.loadStoryIndex()).members).toBe(3);
  });
});
