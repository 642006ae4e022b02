/**
 * `npm run eval`: every quality evaluation on the gold data in ../shared/eval/, each with its off-the-shelf baseline
 * measured in the same run. Each evaluation is a standalone script (also runnable alone with `npx tsx eval/<name>.ts`),
 * run here one after another in its own process so one failing set does not hide the others.
 *
 * Usage: npm run eval [-- name …]   (names: extract, times, persons, quotes, events, clustering, timeline, discrepancies,
 *   events/precision, quotes/precision, robustness)
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const evaluations = [
  "extract",
  "times",
  "persons",
  "quotes",
  "events",
  "clustering",
  "timeline",
  "discrepancies",
  "events/precision",
  "quotes/precision",
  "robustness",
] as const;

const wanted = process.argv.slice(2);
const selected = wanted.length ? evaluations.filter((name) => wanted.includes(name)) : evaluations;
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
let failed = 0;

console.log(`Parallax evaluation, ${new Date().toISOString().slice(0, 10)}\n`);
for (const name of selected) {
  const script = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  if (!existsSync(script)) {
    console.log(`## ${name}: not available yet (eval/${name}.ts missing)\n`);
    continue;
  }
  console.log(`## ${name}\n`);
  const started = Date.now();
  const result = spawnSync(tsx, [script], { stdio: "inherit" });
  if (result.status !== 0) failed++;
  console.log(`\n(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${result.status})\n`);
}
process.exitCode = failed ? 1 : 0;
