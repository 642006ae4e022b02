import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article, Failure, RawDocument } from "./article.js";
import { KnownPeople } from "./analyze/actors/index.js";
import { BATCH_SIZE, runPipeline, runPipelineBatch } from "./pipeline.js";
import { processInputs } from "./process.js";
import type { Stage } from "./stage.js";
import { defaultContext } from "./stage.js";

const STORIES = [
  "Secretary of State Marco Rubio met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha on Monday. " +
    '"If any country can mediate, it\'s Qatar," Rubio told reporters.',
  "Rubio said on Tuesday that the talks would resume in Cairo next week. Israeli strikes killed at least 12 people in Gaza, " +
    "the Health Ministry said.",
  "Hamas said it had received the proposal. Al Thani said the mediators were working around the clock.",
];

function docs(n: number): RawDocument[] {
  return Array.from({ length: n }, (_, i) => ({
    source: `doc-${String(i).padStart(3, "0")}.txt`,
    format: "text" as const,
    // Every fifth document is empty: it must fail in place without moving its neighbours.
    body: i % 5 === 4 ? "" : `Report ${i}\n\n${STORIES[i % STORIES.length]}\n`,
    meta: { published: "2025-03-10" },
  }));
}

/** Everything a stage fills, without the raw input (identical by construction). */
function analysed(outcome: Article | Failure): unknown {
  if ("reason" in outcome) return outcome;
  const { raw: _raw, ...rest } = outcome;
  return rest;
}

describe("runPipelineBatch", () => {
  it("gives each document the same outcome as running it alone, run memory included", () => {
    const input = docs(BATCH_SIZE + 7);
    const batchCtx = { ...defaultContext, knownPeople: new KnownPeople() };
    const aloneCtx = { ...defaultContext, knownPeople: new KnownPeople() };
    const batched = runPipelineBatch(input, batchCtx).map(analysed);
    const alone = input.map((doc) => analysed(runPipeline(doc, aloneCtx)));
    expect(batched).toEqual(alone);
    // The bare "Rubio" of a later article still finds the full name from the first one.
    const second = batched[1] as Article;
    expect(second.mentions.some((m) => m.actor.includes("marco-rubio"))).toBe(true);
  });

  it("turns a stage that throws into one failure for that article; the others go on", () => {
    const input = docs(4);
    const broken: Stage = {
      name: "broken",
      run(article) {
        if (article.source === "doc-001.txt") throw new Error("boom");
        article.messages.push({ level: "info", stage: "broken", message: "ran" });
      },
    };
    const outcomes = runPipelineBatch(input, defaultContext, [broken]);
    expect(outcomes.map((o) => ("reason" in o ? o.reason : "ok"))).toEqual([
      "ok",
      "internal error in the broken stage (please report it with this input): boom",
      "ok",
      "ok",
    ]);
  });

  it("keeps input order across batch boundaries, failures in place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-batch-"));
    const input = docs(BATCH_SIZE * 2 + 3);
    for (const doc of input) writeFileSync(join(dir, doc.source), doc.body);
    const sources: string[] = [];
    const failed: string[] = [];
    for await (const result of processInputs([dir])) {
      const source = result.ok ? result.article.source : result.failure.source;
      sources.push(source.slice(source.lastIndexOf("doc-")));
      if (!result.ok) failed.push(source.slice(source.lastIndexOf("doc-")));
    }
    expect(sources).toEqual(input.map((doc) => doc.source));
    expect(failed).toEqual(input.filter((doc) => doc.body === "").map((doc) => doc.source));
  });
});
