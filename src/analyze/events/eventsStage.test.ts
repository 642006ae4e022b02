import { describe, expect, it } from "vitest";
import { runPipeline } from "../../pipeline.js";

describe("events stage", () => {
  it("adds the unknown names and generic agents its events name to the article's actors", () => {
    const article = runPipeline({
      source: "test.txt",
      format: "text",
      body: "Leaders of the Azadliq opposition coalition attacked Azerbaijan.\n\nPolice arrested Turkish protesters.",
      meta: { published: "2024-05-01" },
    });
    if (!("events" in article)) throw new Error("expected an article");
    const ids = new Set(article.actors.map((a) => a.id));
    for (const event of article.events) {
      for (const id of [event.source, event.target]) if (id) expect(ids.has(id), id).toBe(true);
    }
    const named = article.actors.find((a) => a.id.startsWith("named:"));
    expect(named).toMatchObject({ type: "other", country: null });
    expect(named?.name).toContain("Azadliq");
  });
});
