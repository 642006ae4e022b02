import type { Article, Failure } from "../article.js";
import { KnownPeople, registryFor } from "../analyze/actors/index.js";
import type { ReadOptions } from "../ingest/readers/options.js";
import { processInputs } from "../process.js";
import type { Io } from "./io.js";
import type { ReadFlags } from "./options.js";
import { UsageError } from "./options.js";
import type { Context } from "../stage.js";
import { defaultContext } from "../stage.js";
import { startProgress } from "./progress.js";

/** Read options from validated CLI flags. */
export function readOptionsFrom(flags: ReadFlags, io: Io): Partial<ReadOptions> {
  return {
    allowPrivate: flags.allowPrivate,
    timeoutMs: flags.timeout * 1000,
    maxBytes: flags.maxBytes,
    fetchFeedLinks: flags.fetchFeedLinks,
    stdin: io.stdin,
  } as Partial<ReadOptions>;
}

/**
 * The context of one run: the actors registry (with the user's --actors file) and a fresh memory of the people
 * named so far, never shared between runs. A bad --actors file is a usage error naming the file, entry and field.
 */
export function runContext(flags: ReadFlags): Context {
  try {
    return { ...defaultContext, registry: registryFor(flags.actors), knownPeople: new KnownPeople() };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export interface RunSummary {
  articles: number;
  failures: Failure[];
}

/**
 * Runs the pipeline over the inputs, reporting each failure as one line on stderr and calling `onArticle` for the rest.
 */
export async function runInputs(
  inputs: readonly string[],
  options: Partial<ReadOptions>,
  ctx: Context,
  io: Io,
  quiet: boolean,
  label: string,
  onArticle: (article: Article) => Promise<void> | void,
  onFailure: (failure: Failure) => Promise<void> | void = () => {},
): Promise<RunSummary> {
  const progress = startProgress(label, quiet, io.stderrStream);
  const summary: RunSummary = { articles: 0, failures: [] };
  try {
    for await (const result of processInputs(inputs, options, ctx)) {
      if (result.ok) {
        summary.articles++;
        await onArticle(result.article);
      } else {
        summary.failures.push(result.failure);
        io.err(`parallax: ${result.failure.source}: ${result.failure.reason}\n`);
        await onFailure(result.failure);
      }
      progress.tick(!result.ok);
    }
  } finally {
    progress.stop();
  }
  return summary;
}

/** One summary line on stderr; exit code 1 when some inputs failed, 0 otherwise. */
export function finish(summary: RunSummary, io: Io, quiet: boolean, what: string): number {
  const failed = summary.failures.length;
  if (!quiet || failed > 0) {
    io.err(`parallax: ${what}: ${summary.articles} article(s)${failed ? `, ${failed} input(s) failed` : ""}\n`);
  }
  return failed > 0 ? 1 : 0;
}
