import { describe, expect, it } from "vitest";
import type { Article } from "../../article.js";
import { emptyMeta } from "../../article.js";
import { defaultContext } from "../../stage.js";
import { times } from "./times.js";

describe("times stage", () => {
  it("fills article.times from the text and the publication date", () => {
    const article = {
      text: "Ministers met on Friday and will meet again next week.",
      meta: { ...emptyMeta(), published: "2025-09-16" },
      times: [],
      messages: [],
    } as unknown as Article;
    times.run(article, defaultContext);
    expect(article.times.map((t) => [t.text, t.value])).toEqual([
      ["Friday", "2025-09-12"],
      ["next week", "2025-W39"],
    ]);
  });
});
