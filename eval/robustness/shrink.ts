/**
 * Shrinks a text that crashes a stage to a small one that still crashes it the same way (same stage, same first
 * frame in src/): chunks of lines, then words, then characters are removed while the crash holds, halving the chunk
 * size as removals stop helping (delta debugging, simplified). Bounded by a number of runs and a time budget.
 */
import type { ArticleMeta } from "../../src/article.js";
import type { Context } from "../../src/stage.js";
import { runStages, textDocument, type Crash } from "./runStages.js";

export interface Shrunk {
  text: string;
  runs: number;
  /** False when the budget ran out before the text stopped shrinking. */
  complete: boolean;
}

const units: readonly RegExp[] = [/[^\n]*\n|[^\n]+$/gu, /\S+\s*|\s+/gu, /[\s\S]/gu];

/** The smallest text found that crashes `crash.stage` at the same place; `ctx` is made fresh for every run. */
export function shrink(
  text: string,
  meta: Partial<ArticleMeta>,
  crash: Crash,
  makeCtx: () => Context,
  budget = { runs: 4000, ms: 60_000 },
): Shrunk {
  return shrinkText(
    text,
    (candidate) => {
      const got = runStages(textDocument("repro.txt", candidate, meta), makeCtx(), crash.stage).crash;
      return got !== null && got.stage === crash.stage && got.srcTop === crash.srcTop;
    },
    budget,
  );
}

/** The smallest text found for which `fails` holds, removing lines, then words, then characters. */
export function shrinkText(
  text: string,
  fails: (candidate: string) => boolean,
  budget = { runs: 4000, ms: 60_000 },
): Shrunk {
  const started = Date.now();
  let runs = 0;
  const crashes = (candidate: string): boolean => {
    runs++;
    return fails(candidate);
  };
  const outOfBudget = (): boolean => runs >= budget.runs || Date.now() - started > budget.ms;
  if (!crashes(text)) return { text, runs, complete: false };
  let best = text;
  for (const unit of units) {
    let pieces: string[] = [...(best.match(unit) ?? [])];
    let chunk = Math.max(1, Math.floor(pieces.length / 2));
    while (chunk >= 1 && !outOfBudget()) {
      let removed = false;
      for (let i = 0; i < pieces.length && !outOfBudget();) {
        const candidate = [...pieces.slice(0, i), ...pieces.slice(i + chunk)];
        if (candidate.length > 0 && crashes(candidate.join(""))) {
          pieces = candidate;
          removed = true;
        } else i += chunk;
      }
      best = pieces.join("");
      if (!removed) chunk = Math.floor(chunk / 2);
      else chunk = Math.min(chunk, Math.max(1, Math.floor(pieces.length / 2)));
    }
  }
  return { text: best, runs, complete: !outOfBudget() };
}
