import { describe, expect, it } from "vitest";
import { StoryIndex } from "./index.js";

/** Input that must not throw and must not join anything. */
describe("StoryIndex negative cases", () => {
  it("gives empty and stop-word-only documents stories of their own", () => {
    const index = new StoryIndex();
    const a = index.add({ id: "empty", published: null, title: "", text: "" });
    const b = index.add({ id: "stop", published: null, title: "The", text: "and the of it was said to be" });
    const c = index.add({ id: "empty2", published: null, title: "", text: "" });
    expect([a.story, b.story, c.story]).toEqual(["empty", "stop", "empty2"]);
  });

  it("treats an unreadable date as undated", () => {
    const index = new StoryIndex();
    expect(() => index.add({ id: "x", published: "not a date", title: "Flood", text: "Flood in town." })).not.toThrow();
    expect(index.allStories()[0]?.first).toBeNull();
  });

  it("returns the same story when an id is added again, without counting it twice", () => {
    const index = new StoryIndex();
    const doc = { id: "d", published: "2024-01-01", title: "Quake in Chile", text: "A quake struck Chile." };
    index.add(doc);
    expect(index.add(doc).story).toBe("d");
    expect(index.allStories()[0]?.members).toEqual(["d"]);
  });

  it("clusters a copy whose original it never saw as an ordinary document", () => {
    const index = new StoryIndex();
    const result = index.add({ id: "c", published: null, title: "Quake", text: "Quake.", copyOf: "missing" });
    expect(result).toEqual({ story: "c", score: 0 });
  });

  it("does not join reports of different events that share only common words", () => {
    const index = new StoryIndex();
    index.add({
      id: "a",
      published: "2024-03-01",
      title: "City council approves new budget",
      text: "The council voted.",
    });
    const b = index.add({
      id: "b",
      published: "2024-03-01",
      title: "Storm knocks out power across coast",
      text: "The storm cut power to homes.",
    });
    expect(b.story).toBe("b");
  });

  it("does not link two headlines through one shared word", () => {
    const index = new StoryIndex();
    index.add({ id: "a", published: "2014-03-10", title: "Sbarro files for bankruptcy", text: "" });
    const b = index.add({ id: "b", published: "2014-03-10", title: "Bitcoin exchange Gox bankruptcy", text: "" });
    const c = index.add({ id: "c", published: "2014-03-10", title: "Gox bitcoin exchange halts trading", text: "" });
    expect(b.story).toBe("b");
    expect(c.story).toBe("b");
  });
});
