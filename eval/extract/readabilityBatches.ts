import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Pages per child process: jsdom's memory grows with every page it loads in one process. */
const BATCH_PAGES = 100;
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
const worker = fileURLToPath(new URL("./readabilityWorker.ts", import.meta.url));

/**
 * Readability.js on jsdom over many pages, in batches of fresh processes; returns each page's text ("" when
 * Readability finds nothing or a batch fails) and the seconds spent inside Readability + jsdom.
 */
export function readabilityBatches(pages: readonly { html: string; url?: string }[]): {
  outputs: string[];
  seconds: number;
} {
  const outputs: string[] = [];
  let seconds = 0;
  for (let start = 0; start < pages.length; start += BATCH_PAGES) {
    const batch = pages.slice(start, start + BATCH_PAGES);
    const result = spawnSync(tsx, [worker], {
      input: JSON.stringify({ pages: batch }),
      maxBuffer: 512 * 1024 * 1024,
      encoding: "utf8",
    });
    try {
      const parsed = JSON.parse(result.stdout) as { outputs: string[]; seconds: number };
      outputs.push(...parsed.outputs);
      seconds += parsed.seconds;
    } catch {
      outputs.push(...batch.map(() => ""));
    }
  }
  return { outputs, seconds };
}
