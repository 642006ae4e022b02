import { describe, expect, it } from "vitest";
import { extractiveSummary } from "./extractiveSummary.js";

const a = {
  id: "a",
  text:
    "Norway and the United States ended a first round of tariff talks in Washington on Wednesday without an agreement.\n\n" +
    "The weather in the capital was unusually warm for the time of year, residents said.\n\n" +
    "Both sides agreed to hold technical talks in Oslo in April, the Norwegian trade ministry said.",
};
const b = {
  id: "b",
  text:
    "Tariff talks between Norway and the United States in Washington ended on Wednesday without an agreement.\n\n" +
    "A local bakery reported record sales of cinnamon buns over the long weekend holiday.\n\n" +
    "Technical talks are to follow in Oslo in April, according to the trade ministry in Norway.",
};
const c = {
  id: "c",
  text:
    "The first round of talks on tariffs between Norway and the United States ended without an agreement on Wednesday.\n\n" +
    "Fishermen in the north complained about quotas at a meeting that had nothing to do with the talks.",
};

describe("extractiveSummary", () => {
  it("picks the sentences the articles share, verbatim, with the articles that support them", () => {
    const summary = extractiveSummary([a, b, c], { count: 2 });
    expect(summary).toHaveLength(2);
    expect(summary[0]?.text).toMatch(/without an agreement/);
    expect(summary[0]?.support.length).toBe(2);
    for (const s of summary) {
      const source = [a, b, c].find((x) => x.id === s.article);
      expect(source?.text.slice(s.start, s.end)).toBe(s.text);
    }
    // The second pick is a different fact, not a rewording of the first.
    expect(summary[1]?.text).toMatch(/Oslo in April/);
    // Off-topic sentences that no other article shares are never picked.
    expect(summary.map((s) => s.text).join(" ")).not.toMatch(/bakery|weather|Fishermen/);
  });

  it("draws on several articles rather than one", () => {
    const summary = extractiveSummary([a, b, c], { count: 3 });
    expect(new Set(summary.map((s) => s.article)).size).toBeGreaterThan(1);
  });

  it("summarises a lone article from its own most central sentences", () => {
    const summary = extractiveSummary([a], { count: 1 });
    expect(summary).toHaveLength(1);
    expect(summary[0]?.support).toEqual([]);
  });
});

describe("extractiveSummary: nothing to summarise gives []", () => {
  it.each([
    ["no article", []],
    ["an empty article", [{ id: "x", text: "" }]],
    [
      "headings and fragments only",
      [{ id: "x", text: "Race to reach villages\n\nShare on Facebook\n\nGulf Wire Service" }],
    ],
    ["an over-long run-on", [{ id: "x", text: `${"word ".repeat(200)}end.` }]],
  ])("%s", (_name, articles) => {
    expect(extractiveSummary(articles)).toEqual([]);
  });
});

describe("extractiveSummary: limits", () => {
  it("reads at most maxArticles articles and maxSentences sentences of each", () => {
    const summary = extractiveSummary([a, b, c], { count: 3, maxArticles: 2, maxSentences: 1 });
    expect(summary.every((s) => s.article !== "c" && s.start === 0)).toBe(true);
  });

  it("stays fast on a large story", () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      id: `x${i}`,
      text: Array.from(
        { length: 60 },
        (_, j) => `Sentence ${j} of report ${i} says talks on tariffs went on for hours.`,
      ).join(" "),
    }));
    const started = performance.now();
    const summary = extractiveSummary(many);
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(summary.length).toBeLessThanOrEqual(3);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
