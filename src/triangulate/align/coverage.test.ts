import { describe, expect, it } from "vitest";
import { alignStory } from "./alignStory.js";
import { testArticle } from "./testArticle.js";

const toll = (id: string, quantity: number) =>
  testArticle({
    id,
    text: `At least ${quantity} people were killed.`,
    claims: [{ quantity, qualifier: "at least", what: "people killed", category: "killed", asOf: "2025-03-12" }],
  });

describe("coverage", () => {
  it("lists who reports a fact and who omits one that two independent others report", () => {
    const other = testArticle({ id: "c", text: "Rescuers dug through the rubble." });
    const { coverage } = alignStory([toll("a", 67), toll("b", 67), other], new Map());
    expect(coverage).toEqual([{ fact: "people killed", factKind: "claim", articles: ["a", "b"], omittedBy: ["c"] }]);
  });

  it("does not count a copy as a second report", () => {
    const other = testArticle({ id: "c", text: "Rescuers dug through the rubble." });
    const { coverage } = alignStory([toll("a", 67), toll("copy", 67), other], new Map([["copy", "a"]]));
    expect(coverage).toEqual([]);
  });
});

describe("coverage of a copy", () => {
  it("does not list a copy of a reporting article as omitting the fact", () => {
    const copy = testArticle({ id: "copy", text: "At least 67 people were killed." });
    const { coverage } = alignStory([toll("a", 67), toll("b", 67), copy], new Map([["copy", "a"]]));
    expect(coverage[0]?.omittedBy).toEqual([]);
  });
});
