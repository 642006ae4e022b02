import Database from "better-sqlite3";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dossier } from "../dossier/dossier.js";
import { loadContract } from "../contract.js";
import { main } from "./main.js";
import { captureIo } from "./testIo.js";

/** The demo corpus ingested in two runs; demo/answer-key.json says which articles make each story. */
interface AnswerKey {
  articles: { key: string; source: string }[];
  stories: { id: string; articles: string[] }[];
  copies: { copy: string; original: string }[];
}
interface Listing {
  id: string;
  title: string;
  first: string | null;
  last: string | null;
  articles: number;
  copies: number;
  outlets: string[];
  storyline: string;
}

const root = new URL("../../", import.meta.url);
const key = JSON.parse(readFileSync(new URL("demo/answer-key.json", root), "utf8")) as AnswerKey;
const corpus = new URL("demo/corpus", root).pathname;
const validate = new Ajv2020({ strict: false }).compile(loadContract().schema);

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await main(["node", "parallax", ...args], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

function listing(out: string): Listing[] {
  return out
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Listing);
}

/** Answer-key article key of a dossier article, by the source the readers named it with. */
function keyOf(source: string): string {
  const relative = source.slice(corpus.length + 1);
  const found = key.articles.find((a) => a.source === relative);
  if (!found) throw new Error(`no demo article read from ${source}`);
  return found.key;
}

/** Each story's articles as answer-key keys, sorted, from the dossier of `parallax story <id>`. */
async function storyKeys(db: string, id: string): Promise<string[]> {
  const { code, out } = await run("story", id, "--db", db);
  expect(code).toBe(0);
  const dossier = JSON.parse(out) as Dossier;
  return dossier.articles.map((a) => keyOf(a.source)).sort();
}

describe("parallax ingest, again and again, then stories and story <id>", () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-stories-"));
  const db = join(dir, "p.db");
  const first = { code: 0, out: "", err: "" };
  const second = { code: 0, out: "", err: "" };
  let stories: Listing[];

  beforeAll(async () => {
    // Scraped pages and the feed first; the saved pages, the Markdown file and the manifest a day later.
    Object.assign(first, await run("ingest", join(corpus, "scraped"), join(corpus, "feeds"), "--db", db));
    Object.assign(
      second,
      await run("ingest", join(corpus, "html"), join(corpus, "markdown"), join(corpus, "manifest.jsonl"), "--db", db),
    );
    stories = listing((await run("stories", "--json", "--db", db)).out);
  });

  it("clusters each ingest into the stored stories and says what changed", () => {
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/stories: 7 article\(s\) clustered, 3 new, 0 updated, 0 merged; 3 in the store/);
    expect(second.code).toBe(0);
    // Every story of the first run took articles from the second.
    expect(second.err).toMatch(/stories: 8 article\(s\) clustered, \d+ new, 3 updated, 0 merged/);
  });

  it("lists the demo's three stories (storylines), newest first, with independent outlets", async () => {
    const byLine = new Map<string, string[]>();
    for (const story of stories) {
      byLine.set(story.storyline, [...(byLine.get(story.storyline) ?? []), ...(await storyKeys(db, story.id))]);
    }
    const found = [...byLine.values()].map((keys) => keys.sort()).sort();
    expect(found).toEqual(key.stories.map((s) => [...s.articles].sort()).sort());
    const lasts = stories.map((s) => s.last ?? "");
    expect(lasts).toEqual([...lasts].sort().reverse());
    const quake = stories.find((s) => s.copies > 0);
    expect(quake).toMatchObject({ articles: 5, copies: 1, first: "2025-03-12", last: "2025-03-13" });
    expect(quake?.outlets).toHaveLength(4);
  });

  it("makes the same stories from two ingests as analyze makes from one run", async () => {
    // With a store of its own, so the copy is linked to its original there too.
    const fresh = join(mkdtempSync(join(tmpdir(), "parallax-stories-")), "once.db");
    const once = JSON.parse((await run("analyze", corpus, "--db", fresh, "-q")).out) as Dossier;
    const sourceOf = new Map(once.articles.map((a) => [a.id, a.source]));
    const perRun = once.stories.map((s) => s.articles.map((id) => keyOf(sourceOf.get(id) ?? "")).sort()).sort();
    const stored = [];
    for (const story of stories) stored.push(await storyKeys(db, story.id));
    expect(stored.sort()).toEqual(perRun);
    // The alignment recomputed for the stories each ingest touched is the one a single run finds.
    for (const story of stories) {
      const saved = (JSON.parse((await run("story", story.id, "--db", db)).out) as Dossier).stories[0];
      const same = once.stories.find(
        (s) => [...s.articles].sort().join() === [...(saved?.articles ?? [])].sort().join(),
      );
      expect(saved?.discrepancies).toEqual(same?.discrepancies);
      expect(saved?.claims).toEqual(same?.claims);
    }
  });

  it("shows on the stored later episode the figure it updates from the earlier one, as analyze does", async () => {
    const fresh = join(mkdtempSync(join(tmpdir(), "parallax-stories-")), "once.db");
    const once = JSON.parse((await run("analyze", corpus, "--db", fresh, "-q")).out) as Dossier;
    const expected = once.stories.filter((s) => (s.storylineClaims ?? []).length > 0);
    expect(expected.length).toBeGreaterThan(0);
    const stored = [];
    for (const story of stories)
      stored.push((JSON.parse((await run("story", story.id, "--db", db)).out) as Dossier).stories[0]);
    const sourceOf = new Map(once.articles.map((a) => [a.id, keyOf(a.source)]));
    const keysOf = (articles: readonly string[]) =>
      articles
        .map((id) => sourceOf.get(id))
        .sort()
        .join();
    for (const story of expected) {
      const same = stored.find((s) => keysOf(s?.articles ?? []) === keysOf(story.articles));
      const quantities = (s: typeof story | undefined) =>
        (s?.storylineClaims ?? []).map((c) => [c.relation, c.values.map((v) => v.quantity)]);
      expect(quantities(same)).toEqual(quantities(story));
    }
    // A story alone in its storyline has none.
    const alone = stored.filter((s) => stories.filter((l) => l.storyline === s?.storyline).length === 1);
    for (const story of alone) expect(story?.storylineClaims).toEqual([]);
  });

  it("prints one story's dossier, valid against the contract, with the copy linked to its original", async () => {
    const quake = stories.find((s) => s.copies > 0) as Listing;
    const { code, out } = await run("story", quake.id, "--format", "json", "--db", db);
    expect(code).toBe(0);
    const dossier = JSON.parse(out) as Dossier;
    expect(validate(dossier), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(dossier.stories.map((s) => s.id)).toEqual([quake.id]);
    expect(dossier.stories[0]?.articles.sort()).toEqual(dossier.articles.map((a) => a.id).sort());
    const idOf = (k: string) => dossier.articles.find((a) => keyOf(a.source) === k)?.id;
    for (const { copy, original } of key.copies) {
      expect(dossier.articles.find((a) => a.id === idOf(copy))?.copyOf).toBe(idOf(original));
    }
    expect(dossier.stories[0]?.discrepancies.map((d) => d.kind)).toContain("number");
    // The id prefix may be left out.
    expect((await run("story", quake.id.replace(/^story-/, ""), "-f", "md", "--db", db)).out).toMatch(/^# /);
  });

  it("exits 2 naming an unknown story id", async () => {
    const { code, err, out } = await run("story", "story-nope", "--db", db);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/no story "story-nope" in .*: run `parallax stories` to list the story ids/);
  });

  it("keeps story ids when the same inputs are ingested again", async () => {
    const again = await run("ingest", corpus, "--db", db);
    expect(again.err).toMatch(/0 new, 0 copies, 15 duplicates/);
    expect(again.err).toMatch(/stories: 0 article\(s\) clustered, 0 new, 0 updated, 0 merged/);
    expect(listing((await run("stories", "--json", "--db", db)).out)).toEqual(stories);
  });
});

describe("parallax stories with a damaged saved state", () => {
  it("says so without a stack trace, and --rebuild re-clusters the stored articles", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-stories-"));
    const db = join(dir, "p.db");
    expect((await run("ingest", join(corpus, "feeds"), "--db", db, "-q")).code).toBe(0);
    const before = listing((await run("stories", "--json", "--db", db)).out);
    const edit = new Database(db);
    edit.prepare("UPDATE story_index SET state = substr(state, 1, 100)").run();
    edit.close();

    const ingest = await run("ingest", join(corpus, "markdown"), "--db", db);
    expect(ingest.code).toBe(1);
    expect(ingest.err).toMatch(/stored 1 new/);
    expect(ingest.err).toMatch(
      /parallax: the stored stories are damaged \(damaged store row: story_index\.state is not valid JSON\); run `parallax stories --rebuild`/,
    );
    expect(ingest.err).not.toMatch(/\n\s+at /);
    const waiting = await run("stories", "--db", db);
    expect(waiting.err).toMatch(/1 stored article is in no story yet: run `parallax stories --update`/);

    const rebuilt = await run("stories", "--rebuild", "--json", "--db", db);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.err).toMatch(/stories: 3 article\(s\) clustered/);
    const after = listing(rebuilt.out);
    expect(after.reduce((n, s) => n + s.articles, 0)).toBe(3);
    expect(after.map((s) => s.id)).toEqual(expect.arrayContaining(before.map((s) => s.id)));
  });

  it("--help works on the story commands", async () => {
    for (const cmd of ["stories", "story"]) {
      const { code, out } = await run(cmd, "--help");
      expect(code).toBe(0);
      expect(out).toMatch(/Usage: parallax/);
    }
  });
});
