import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Article, RawDocument } from "../article.js";
import { contentHash } from "../ingest/clean.js";
import { newArticle } from "../pipeline.js";
import type { Store, StoredStory } from "./Store.js";
import { riverFlood } from "./testTexts.js";

/** An article as the clean stage leaves it: id, text, content hash and metadata set. */
export function storeTestArticle(
  id: string,
  text: string,
  meta: Partial<Article["meta"]> = {},
  raw: Partial<RawDocument> = {},
): Article {
  const article = newArticle({ source: `${id}.txt`, format: "text", body: text, meta: {}, ...raw });
  article.id = id;
  article.text = text;
  article.contentHash = contentHash(text);
  article.meta = { ...article.meta, ...meta };
  return article;
}

/** An article with every field filled, to check nothing is lost on the way through the store. */
function fullArticle(): Article {
  const body = `<html><head><title>Flood</title></head><body><p>${riverFlood.original.replace(/\n\n/g, "</p><p>")}</p><p>Grüße — 洪水 — «citation»</p></body></html>`;
  const article = storeTestArticle(
    "a-full",
    riverFlood.original,
    {
      title: "Levee breaks on the Tarro",
      outlet: "Valley Wire",
      byline: "Ana Ruiz",
      dateline: "MERIDA",
      published: "2024-11-04T06:30:00Z",
      language: "en",
      url: "https://wire.example/2024/11/04/levee",
    },
    {
      source: "https://wire.example/2024/11/04/levee",
      id: "a-full",
      format: "html",
      body,
      meta: { outlet: "Valley Wire", published: null },
      encoding: "windows-1252",
      fetchUrl: "https://wire.example/2024/11/04/levee?amp=1",
      notes: ["charset fallback: windows-1252"],
    },
  );
  article.source = "https://wire.example/2024/11/04/levee";
  article.removed = [{ text: "Subscribe to our newsletter", reason: "boilerplate" }];
  article.messages = [{ level: "warning", stage: "clean", message: "byline guessed from the first line" }];
  article.sentences = [{ start: 0, end: 10, paragraph: 0 }];
  article.mentions = [{ start: 12, end: 16, actor: "person:lucia-ferran", text: "Ferran", evidence: "stated" }];
  article.actors = [
    { id: "person:lucia-ferran", name: "Lucia Ferran", type: "person", country: null, roles: ["mayor"], aliases: [] },
  ];
  article.quotes = [
    {
      start: 20,
      end: 60,
      text: "We have never seen the water come up this fast",
      kind: "direct",
      speaker: "person:lucia-ferran",
      speakerText: "Lucia Ferran",
      via: null,
      evidence: "stated",
    },
  ];
  article.times = [{ start: 70, end: 76, text: "Monday", value: "2024-11-04", evidence: "inferred" }];
  article.claims = [
    {
      start: 80,
      end: 100,
      text: "more than 3,000 residents",
      quantity: 3000,
      qualifier: "more than",
      what: "residents evacuated",
      asOf: "2024-11-04",
      attributedTo: "regional officials",
      evidence: "stated",
    },
  ];
  article.events = [
    {
      start: 0,
      end: 120,
      source: null,
      target: null,
      code: "0233",
      label: "appeal for humanitarian aid",
      goldstein: 3.4,
      date: "2024-11-04",
      place: "San Elio",
      sentence: "Governor Andres Mol … asked the national government for helicopters and pumps.",
      evidence: "stated",
    },
  ];
  return article;
}

/** A story as triangulation hands it to the store (everything but the time the store stamps). */
function testStory(id: string, articles: string[], more: Partial<StoredStory> = {}): Omit<StoredStory, "updated"> {
  return {
    id,
    title: `Title of ${id}`,
    storyline: id,
    first: "2024-11-04",
    last: "2024-11-05",
    articles,
    copies: [],
    outlets: [],
    alignment: { quotes: [], claims: [], discrepancies: [], coverage: [], framing: [] },
    ...more,
  };
}

/**
 * The behaviour every Store implementation shares (SQLite now, PostgreSQL later). `open` gives a fresh, empty store.
 *
 * @example runStoreSuite("SqliteStore", () => openSqliteStore(":memory:"))
 */
export function runStoreSuite(name: string, open: () => Promise<Store>): void {
  describe(`${name}: the Store contract`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    describe("articles", () => {
      it("gives back a stored article whole, raw input included", async () => {
        const article = fullArticle();
        expect(await store.putArticle(article)).toEqual({ status: "new", id: "a-full" });
        const back = await store.getArticle("a-full");
        expect(back).toStrictEqual(article);
      });

      it("keeps a short raw body and a minimal raw document as they were", async () => {
        const article = storeTestArticle("a-short", riverFlood.otherOutlet, {}, { body: "short body" });
        await store.putArticle(article);
        const back = await store.getArticle("a-short");
        expect(back?.raw).toStrictEqual({ source: "a-short.txt", format: "text", body: "short body", meta: {} });
        expect(back).toStrictEqual(article);
      });

      it("answers null for an id it does not hold", async () => {
        expect(await store.getArticle("a-missing")).toBeNull();
        expect(await store.originalOf("a-missing")).toBeNull();
        expect(await store.copiesOf("a-missing")).toEqual([]);
      });

      it("lists articles in the order they were stored", async () => {
        await store.putArticle(storeTestArticle("a-2", riverFlood.otherOutlet));
        await store.putArticle(storeTestArticle("a-1", riverFlood.original));
        expect((await store.listArticles()).map((a) => a.id)).toEqual(["a-2", "a-1"]);
      });

      it("refuses an article the clean stage has not filled", async () => {
        const raw = newArticle({ source: "x.txt", format: "text", body: "text", meta: {} });
        await expect(store.putArticle(raw)).rejects.toThrow(/no id or content hash; run the clean stage first/);
      });

      it("stores a different article under a taken id with a suffix", async () => {
        await store.putArticle(storeTestArticle("a-same", riverFlood.original));
        const other = storeTestArticle("a-same", riverFlood.otherOutlet);
        const outcome = await store.putArticle(other);
        const suffixed = `a-same-${other.contentHash.slice(0, 8)}`;
        expect(outcome).toEqual({ status: "new", id: suffixed });
        expect((await store.getArticle(suffixed))?.text).toBe(riverFlood.otherOutlet);
        expect((await store.getArticle("a-same"))?.text).toBe(riverFlood.original);
      });
    });

    describe("exact duplicates", () => {
      it("keeps one article for the same text under another id", async () => {
        await store.putArticle(storeTestArticle("a-1", riverFlood.original));
        const again = storeTestArticle("a-2", `  ${riverFlood.original.toUpperCase()}\n`);
        again.contentHash = contentHash(again.text);
        expect(await store.putArticle(again)).toEqual({ status: "duplicate", id: "a-2", existingId: "a-1" });
        expect(await store.getArticle("a-2")).toBeNull();
        expect((await store.stats()).articles).toBe(1);
      });

      it("keeps one article for variants of one URL, even when the text changed", async () => {
        await store.putArticle(storeTestArticle("a-1", riverFlood.original, { url: "https://example.com/news/flood" }));
        const variant = storeTestArticle("a-2", riverFlood.otherOutlet, {
          url: "http://www.example.com/news/flood/?utm_source=twitter&fbclid=abc#comments",
        });
        expect(await store.putArticle(variant)).toEqual({ status: "duplicate", id: "a-2", existingId: "a-1" });
        expect((await store.stats()).articles).toBe(1);
      });

      it("does not take different URLs on one site for one article", async () => {
        await store.putArticle(storeTestArticle("a-1", riverFlood.original, { url: "https://example.com/news?id=1" }));
        const other = storeTestArticle("a-2", riverFlood.otherOutlet, { url: "https://example.com/news?id=2" });
        expect((await store.putArticle(other)).status).toBe("new");
      });
    });

    describe("near-identical copies", () => {
      it("links a republished copy with a disclaimer appended to its original", async () => {
        await store.putArticle(storeTestArticle("a-wire", riverFlood.original, { outlet: "Valley Wire" }));
        const outcome = await store.putArticle(
          storeTestArticle("a-repub", riverFlood.republished, { outlet: "Daily" }),
        );
        expect(outcome).toEqual({ status: "copy", id: "a-repub", originalId: "a-wire", similarity: 1 });
        expect(await store.originalOf("a-repub")).toBe("a-wire");
        expect(await store.copiesOf("a-wire")).toEqual(["a-repub"]);
        expect(await store.getArticle("a-repub")).not.toBeNull();
      });

      it("links the same words published by another outlet as a copy, not a duplicate", async () => {
        await store.putArticle(storeTestArticle("a-wire", riverFlood.original, { outlet: "Valley Wire" }));
        const verbatim = storeTestArticle("a-other", riverFlood.original, { outlet: "Coast Daily" });
        expect(await store.putArticle(verbatim)).toEqual({
          status: "copy",
          id: "a-other",
          originalId: "a-wire",
          similarity: 1,
        });
        const sameOutletAgain = storeTestArticle("a-again", riverFlood.original, { outlet: "valley wire" });
        expect((await store.putArticle(sameOutletAgain)).status).toBe("duplicate");
        expect((await store.stats()).articles).toBe(2);
      });

      it("links trimmed and lightly edited wire copies to the one original, never to each other", async () => {
        await store.putArticle(storeTestArticle("a-wire", riverFlood.original));
        await store.putArticle(storeTestArticle("a-repub", riverFlood.republished));
        const trimmed = await store.putArticle(storeTestArticle("a-trim", riverFlood.trimmed));
        const edited = await store.putArticle(storeTestArticle("a-edit", riverFlood.editedCopy));
        expect(trimmed).toMatchObject({ status: "copy", originalId: "a-wire" });
        expect(edited).toMatchObject({ status: "copy", originalId: "a-wire" });
        expect(edited.status === "copy" && edited.similarity).toBeGreaterThan(0.9);
        expect(await store.copiesOf("a-wire")).toEqual(["a-repub", "a-trim", "a-edit"]);
        expect(await store.originalOf("a-wire")).toBeNull();
        expect((await store.stats()).copies).toBe(3);
      });

      it("links a copy of a copy to the original", async () => {
        await store.putArticle(storeTestArticle("a-wire", riverFlood.original));
        await store.putArticle(storeTestArticle("a-repub", riverFlood.republished));
        const again = `${riverFlood.republished}\n\nCorrection: an earlier version misspelled the mayor's name.`;
        expect(await store.putArticle(storeTestArticle("a-again", again))).toMatchObject({
          status: "copy",
          originalId: "a-wire",
        });
      });

      it("does not link another outlet's report of the same event, though it shares quotes", async () => {
        await store.putArticle(storeTestArticle("a-wire", riverFlood.original));
        expect(await store.putArticle(storeTestArticle("a-other", riverFlood.otherOutlet))).toEqual({
          status: "new",
          id: "a-other",
        });
        expect(await store.originalOf("a-other")).toBeNull();
        expect(await store.copiesOf("a-wire")).toEqual([]);
      });

      it("makes an earlier-published article stored later the original of the group", async () => {
        await store.putArticle(storeTestArticle("a-repub", riverFlood.republished, { published: "2024-11-05" }));
        await store.putArticle(storeTestArticle("a-trim", riverFlood.trimmed, { published: "2024-11-06T10:00:00Z" }));
        const outcome = await store.putArticle(
          storeTestArticle("a-wire", riverFlood.original, { published: "2024-11-04T06:30:00Z" }),
        );
        expect(outcome).toEqual({ status: "new", id: "a-wire", relinked: ["a-repub", "a-trim"] });
        expect(await store.originalOf("a-repub")).toBe("a-wire");
        expect(await store.originalOf("a-trim")).toBe("a-wire");
        expect(await store.originalOf("a-wire")).toBeNull();
        expect(await store.copiesOf("a-repub")).toEqual([]);
        expect(await store.copiesOf("a-wire")).toEqual(["a-repub", "a-trim"]);
      });

      it("keeps the first stored as original when dates are unknown or equal", async () => {
        await store.putArticle(storeTestArticle("a-repub", riverFlood.republished, { published: "2024-11-04" }));
        const sameDay = storeTestArticle("a-wire", riverFlood.original, { published: "2024-11-04T06:30:00Z" });
        expect(await store.putArticle(sameDay)).toMatchObject({ status: "copy", originalId: "a-repub" });
        const undated = storeTestArticle("a-edit", riverFlood.editedCopy);
        expect(await store.putArticle(undated)).toMatchObject({ status: "copy", originalId: "a-repub" });
      });
    });

    describe("stories", () => {
      async function putThree(): Promise<void> {
        await store.putArticle(storeTestArticle("a-wire", riverFlood.original, { outlet: "Valley Wire" }));
        await store.putArticle(storeTestArticle("a-repub", riverFlood.republished, { outlet: "Daily" }));
        await store.putArticle(storeTestArticle("a-other", riverFlood.otherOutlet, { outlet: "Coast" }));
      }

      it("holds no story and no index at first, and lists every stored article as unclustered", async () => {
        await putThree();
        expect(await store.loadStoryIndex()).toEqual({ state: null, revision: 0, members: 0 });
        expect(await store.listStories()).toEqual([]);
        expect(await store.getStory("story-a-wire")).toBeNull();
        expect(await store.storyOf("a-wire")).toBeNull();
        expect(await store.unclusteredArticles()).toEqual(["a-wire", "a-repub", "a-other"]);
      });

      it("saves the index with its stories and gives them back whole, newest first", async () => {
        await putThree();
        const flood = testStory("story-a-wire", ["a-wire", "a-repub"], {
          copies: [{ id: "a-repub", of: "a-wire" }],
          outlets: ["Valley Wire"],
          alignment: {
            quotes: [{ speaker: "person:lucia-ferran", variants: [{ article: "a-wire", text: "We have never seen" }] }],
            claims: [],
            discrepancies: [],
            coverage: [{ fact: "levee broke", articles: ["a-wire"] }],
            framing: [],
          },
        });
        const later = testStory("story-a-other", ["a-other"], { first: "2024-11-06", last: "2024-11-07" });
        const state = { version: 1, docs: [{ id: "a-wire", weights: [0.25, 0.5] }] };
        expect(await store.saveStories({ basedOn: 0, state, upsert: [flood, later], remove: [] })).toBe(true);

        expect(await store.loadStoryIndex()).toEqual({ state, revision: 1, members: 3 });
        const listed = await store.listStories();
        expect(listed.map((s) => s.id)).toEqual(["story-a-other", "story-a-wire"]);
        const { updated, ...rest } = listed[1] as StoredStory;
        expect(rest).toStrictEqual(flood);
        expect(Number.isNaN(Date.parse(updated))).toBe(false);
        expect(await store.getStory("story-a-wire")).toStrictEqual(listed[1]);
        expect(await store.storyOf("a-repub")).toBe("story-a-wire");
        expect(await store.unclusteredArticles()).toEqual([]);
      });

      it("moves the members of a merged story to the story it went into", async () => {
        await putThree();
        const a = testStory("story-a-wire", ["a-wire", "a-repub"]);
        const b = testStory("story-a-other", ["a-other"]);
        await store.saveStories({ basedOn: 0, state: { n: 1 }, upsert: [a, b], remove: [] });
        const merged = testStory("story-a-wire", ["a-wire", "a-repub", "a-other"]);
        expect(
          await store.saveStories({ basedOn: 1, state: { n: 2 }, upsert: [merged], remove: ["story-a-other"] }),
        ).toBe(true);
        expect(await store.storyOf("a-other")).toBe("story-a-wire");
        expect(await store.getStory("story-a-other")).toBeNull();
        expect((await store.listStories()).map((s) => [s.id, s.articles])).toEqual([
          ["story-a-wire", ["a-wire", "a-repub", "a-other"]],
        ]);
        expect(await store.loadStoryIndex()).toEqual({ state: { n: 2 }, revision: 2, members: 3 });
      });

      it("refuses a change computed from an older revision, and changes nothing", async () => {
        await putThree();
        await store.saveStories({ basedOn: 0, state: { n: 1 }, upsert: [testStory("s-1", ["a-wire"])], remove: [] });
        const stale = { basedOn: 0, state: { n: 9 }, upsert: [testStory("s-2", ["a-other"])], remove: [] };
        expect(await store.saveStories(stale)).toBe(false);
        expect(await store.loadStoryIndex()).toEqual({ state: { n: 1 }, revision: 1, members: 1 });
        expect(await store.getStory("s-2")).toBeNull();
      });

      it("replaces every story on a reset, whatever revision it was based on", async () => {
        await putThree();
        await store.saveStories({
          basedOn: 0,
          state: {},
          upsert: [testStory("s-1", ["a-wire", "a-other"])],
          remove: [],
        });
        const fresh = [testStory("s-a", ["a-wire"]), testStory("s-b", ["a-other", "a-repub"])];
        expect(await store.saveStories({ basedOn: 0, state: {}, upsert: fresh, remove: [], reset: true })).toBe(true);
        expect((await store.loadStoryIndex()).revision).toBe(2);
        expect((await store.listStories()).map((s) => s.id).sort()).toEqual(["s-a", "s-b"]);
        expect(await store.storyOf("a-repub")).toBe("s-b");
      });

      it("lists undated stories last", async () => {
        await putThree();
        const undated = testStory("s-undated", ["a-repub"], { first: null, last: null });
        const old = testStory("s-old", ["a-wire"], { first: "2020-01-01", last: "2020-01-02" });
        const recent = testStory("s-recent", ["a-other"], { first: "2024-01-01", last: "2024-01-03" });
        await store.saveStories({ basedOn: 0, state: {}, upsert: [undated, old, recent], remove: [] });
        expect((await store.listStories()).map((s) => s.id)).toEqual(["s-recent", "s-old", "s-undated"]);
      });

      it("refuses a story listing an article it does not hold, and saves nothing", async () => {
        await putThree();
        const bad = testStory("s-bad", ["a-wire", "a-missing"]);
        await expect(store.saveStories({ basedOn: 0, state: {}, upsert: [bad], remove: [] })).rejects.toThrow(
          /story s-bad lists article a-missing, which is not stored/,
        );
        expect(await store.loadStoryIndex()).toEqual({ state: null, revision: 0, members: 0 });
        expect(await store.getStory("s-bad")).toBeNull();
      });
    });

    describe("failures", () => {
      it("lists recorded failures in order, with when", async () => {
        expect(await store.listFailures()).toEqual([]);
        await store.putFailure({ source: "feeds/world.rss#item-3", reason: "no article text found" });
        await store.putFailure({ source: "broken.html", reason: "no article found in the HTML page" });
        const failures = await store.listFailures();
        expect(failures.map(({ source, reason }) => ({ source, reason }))).toEqual([
          { source: "feeds/world.rss#item-3", reason: "no article text found" },
          { source: "broken.html", reason: "no article found in the HTML page" },
        ]);
        for (const f of failures) expect(Number.isNaN(Date.parse(f.at))).toBe(false);
        expect(failures[0]?.id).toBeLessThan(failures[1]?.id ?? 0);
        expect((await store.stats()).failures).toBe(2);
      });
    });
  });
}
