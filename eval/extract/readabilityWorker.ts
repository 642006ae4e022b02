/**
 * Runs Readability.js on jsdom over a batch of pages read as JSON from stdin ({ pages: [{ html, url }] })
 * and writes { outputs, seconds } to stdout. jsdom keeps memory across many pages in one process, so the
 * evaluation runs it in fresh processes, one batch each (see readabilityBatches).
 */
import { readFileSync } from "node:fs";
import { readabilityJsdom } from "./readabilityJsdom.js";

interface Batch {
  pages: { html: string; url?: string }[];
}

const batch = JSON.parse(readFileSync(0, "utf8")) as Batch;
let seconds = 0;
const outputs = batch.pages.map(({ html, url }) => {
  const start = performance.now();
  const text = readabilityJsdom(html, url);
  seconds += (performance.now() - start) / 1000;
  return text;
});
process.stdout.write(JSON.stringify({ outputs, seconds }));
