/**
 * Runs `clean` and then each analysis stage over one raw document, one stage at a time, timing each and catching a
 * throw as a crash that names the stage and the top of its stack: what `runPipelineBatch` does, with the measurements
 * kept. A document that `clean` empties (a bare headline is page furniture to it) is analysed as its raw body, as the
 * clustering evaluation does, so its text still reaches every stage.
 */
import { fileURLToPath } from "node:url";
import type { Article, ArticleMeta, RawDocument } from "../../src/article.js";
import { clean } from "../../src/ingest/clean.js";
import { analysisStages, newArticle } from "../../src/pipeline.js";
import type { Context, Stage } from "../../src/stage.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** A stage that threw, with where. */
export interface Crash {
  stage: string;
  message: string;
  /** The first stack frame, and the first in the repository's src/ (paths relative to the repository). */
  top: string;
  srcTop: string;
}

export interface StageRun {
  article: Article;
  /** Milliseconds per stage, `clean` included; a stage after a crash is absent. */
  ms: Record<string, number>;
  crash: Crash | null;
  /** True when `clean` left no text and the raw body was analysed instead. */
  rawBody: boolean;
}

const frames = (stack: string): string[] =>
  stack
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .map((line) => line.trim().replace(/^at /, "").replaceAll(repoRoot, "").replaceAll("file://", ""));

/** The crash an error thrown by `stage` amounts to. */
export function crashOf(stage: string, error: unknown): Crash {
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const all = frames(stack);
  return {
    stage,
    message: message.split("\n")[0] ?? "",
    top: all[0] ?? "(no stack)",
    srcTop: all.find((f) => f.includes("src/")) ?? "(none in src/)",
  };
}

function timed(stage: Stage, article: Article, ctx: Context, ms: Record<string, number>): Crash | null {
  const started = performance.now();
  try {
    stage.run(article, ctx);
    return null;
  } catch (error) {
    return crashOf(stage.name, error);
  } finally {
    ms[stage.name] = performance.now() - started;
  }
}

/**
 * Cleans and analyses one document; `until` stops after the named stage (for shrinking a crash), `onStage` hears
 * each stage's name before it runs (for a watchdog).
 */
export function runStages(
  doc: RawDocument,
  ctx: Context,
  until?: string,
  onStage: (name: string) => void = () => {},
): StageRun {
  const article = newArticle(doc);
  const ms: Record<string, number> = {};
  onStage(clean.name);
  let crash = timed(clean, article, ctx, ms);
  const rawBody = crash === null && article.text.trim() === "";
  if (rawBody) article.text = doc.body;
  if (crash === null && until !== "clean") {
    for (const stage of analysisStages) {
      onStage(stage.name);
      crash = timed(stage, article, ctx, ms);
      if (crash !== null || stage.name === until) break;
    }
  }
  return { article, ms, crash, rawBody };
}

/** A plain-text document for `body`, as the product reads a .txt file. */
export const textDocument = (source: string, body: string, meta: Partial<ArticleMeta> = {}): RawDocument => ({
  source,
  format: "text",
  body,
  meta,
});
