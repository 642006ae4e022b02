import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureInput, fixturesRoot, runFixture, type FixtureResult } from "./fixtures/runFixture.js";
import { StoryIndex, type ClusterDoc } from "./index.js";

const slugs = readdirSync(fixturesRoot).filter((s) => statSync(join(fixturesRoot, s)).isDirectory());

describe("StoryIndex fixtures", () => {
  for (const slug of slugs) {
    it(slug, () => {
      const expected = JSON.parse(readFileSync(join(fixturesRoot, slug, "expected.json"), "utf8")) as FixtureResult;
      expect(runFixture(slug)).toEqual(expected);
    });
  }
});

describe("StoryIndex", () => {
  it("tells one event from opposite slants as one story, apart from an unrelated one", () => {
    const index = new StoryIndex();
    const [left, right, wildfire] = fixtureInput("opposite-slants") as [ClusterDoc, ClusterDoc, ClusterDoc];
    expect(index.add(left).story).toBe(left.id);
    expect(index.add(right).story).toBe(left.id);
    expect(index.add(wildfire).story).toBe(wildfire.id);
  });

  it("keeps the same actors a year apart as two stories of one storyline", () => {
    const index = new StoryIndex();
    for (const doc of fixtureInput("same-actors-year-apart")) index.add(doc);
    expect(index.storyOf("veto-2023")).not.toBe(index.storyOf("veto-2022-a"));
    const stories = index.allStories();
    expect(new Set(stories.map((s) => s.storyline))).toEqual(new Set(["veto-2022-a"]));
  });

  it("would join the year-later report if it came within the story window", () => {
    const index = new StoryIndex();
    const [a, b, later] = fixtureInput("same-actors-year-apart") as [ClusterDoc, ClusterDoc, ClusterDoc];
    index.add(a);
    index.add(b);
    expect(index.add({ ...later, published: "2022-03-03" }).story).toBe(a.id);
  });

  it("merges two stories when a bridging report links both, and says which went away", () => {
    const index = new StoryIndex();
    const docs = fixtureInput("bridge-merges");
    const results = docs.map((doc) => index.add(doc));
    expect(results.slice(0, 4).map((r) => r.story)).toEqual(["dam-a", "dam-a", "valley-a", "valley-a"]);
    expect(results[4]).toMatchObject({ story: "dam-a", merged: ["valley-a"] });
    expect(index.storyOf("valley-b")).toBe("dam-a");
  });

  it("does not merge without the bridge", () => {
    const index = new StoryIndex();
    for (const doc of fixtureInput("bridge-merges").slice(0, 4)) index.add(doc);
    expect(index.allStories()).toHaveLength(2);
  });

  it("does not fuse two established, unrelated stories through one headline naming both, but folds in a small one", () => {
    const add = (index: StoryIndex, id: string, title: string) =>
      index.add({ id, published: "2014-03-10", title, text: "", outlet: id });
    const xbox = [
      "Microsoft cuts Xbox One console price in Britain",
      "British Xbox One buyers see Microsoft console price cut",
      "Microsoft Xbox One console gets British price cut",
    ];
    const game = [
      "Titanfall shooter launch draws huge crowds at midnight",
      "Midnight launch crowds for Titanfall shooter",
      "Titanfall shooter midnight launch draws crowds",
    ];
    const bridge = "Microsoft Xbox One console price cut ahead of Titanfall shooter midnight launch";
    const established = new StoryIndex();
    xbox.forEach((t, i) => add(established, `a${i}`, t));
    game.forEach((t, i) => add(established, `b${i}`, t));
    expect(add(established, "x", bridge).merged).toBeUndefined();
    expect(established.allStories()).toHaveLength(2);
    // With only two reports, the game story is still small enough for a strong bridge to fold it in.
    const young = new StoryIndex();
    xbox.forEach((t, i) => add(young, `a${i}`, t));
    game.slice(0, 2).forEach((t, i) => add(young, `b${i}`, t));
    expect(add(young, "x", bridge).merged).toEqual(["b0"]);
  });

  it("lists syndicated copies with the original and counts them once", () => {
    const index = new StoryIndex();
    const results = fixtureInput("syndicated-copy").map((doc) => index.add(doc));
    expect(results[1]).toMatchObject({ story: "wire-original", copyOf: "wire-original" });
    expect(results[2]).toMatchObject({ story: "wire-original", copyOf: "wire-original" });
    const [story] = index.allStories();
    expect(story?.members).toEqual(["wire-original", "own-report"]);
    expect(story?.copies.map((c) => c.id)).toEqual(["reprint-given", "reprint-found"]);
    // Copies are not indexed: only the two originals are searchable.
    expect(index.sizes().activeDocs).toBe(2);
  });

  it("continues identically after a JSON round trip", () => {
    const docs = [...fixtureInput("bridge-merges"), ...fixtureInput("opposite-slants")];
    const straight = new StoryIndex();
    const resumed = new StoryIndex();
    const expected = docs.map((doc) => straight.add(doc));
    const first = docs.slice(0, 3).map((doc) => resumed.add(doc));
    const restored = StoryIndex.fromJSON(JSON.parse(JSON.stringify(resumed)));
    const rest = docs.slice(3).map((doc) => restored.add(doc));
    expect([...first, ...rest]).toEqual(expected);
    expect(restored.allStories()).toEqual(straight.allStories());
  });

  it("rejects a state that is not one it wrote, naming the field", () => {
    const state = JSON.parse(JSON.stringify(new StoryIndex())) as Record<string, unknown>;
    expect(() => StoryIndex.fromJSON({ ...state, docs: "nope" })).toThrow(/docs/);
    expect(() => StoryIndex.fromJSON({ ...state, version: 2 })).toThrow(/version/);
  });

  it("uses analysis features when present: shared actors and events pull thin reports together", () => {
    const base = { published: "2024-01-02", outlet: null };
    const a: ClusterDoc = { ...base, id: "a", title: "Talks", text: "Officials met on Tuesday." };
    const b: ClusterDoc = { ...base, id: "b", title: "Meeting", text: "A meeting took place." };
    const plain = new StoryIndex();
    plain.add(a);
    expect(plain.add(b).story).toBe("b");
    const analysed = new StoryIndex();
    const event = { source: "country:QAT", target: "country:EGY", code: "040", date: "2024-01-02" };
    analysed.add({ ...a, actors: ["country:QAT", "country:EGY"], events: [event] });
    expect(analysed.add({ ...b, actors: ["country:QAT", "country:EGY"], events: [event] }).story).toBe("a");
  });

  it("suppresses an outlet's boilerplate paragraph once it has repeated", () => {
    const signOff = "Follow Metro Daily on social media for breaking news alerts and exclusive local coverage.";
    const topics = [
      "harbour bridge repairs",
      "school lunch prices",
      "zoo welcomes panda cub",
      "marathon road closures",
    ];
    const feed = (outlet: string | null): string[] => {
      const index = new StoryIndex();
      return topics.map(
        (topic, i) =>
          index.add({ id: `m${i}`, published: "2024-02-01", outlet, title: topic, text: `On ${topic}.\n\n${signOff}` })
            .story,
      );
    };
    // Without an outlet the shared sign-off is all the short reports have in common, and it joins them.
    expect(feed(null)[3]).toBe("m0");
    // Learned as the outlet's boilerplate after two articles, it no longer joins the later ones.
    const stories = feed("metrodaily.example");
    expect(stories[2]).toBe("m2");
    expect(stories[3]).toBe("m3");
  });
});
