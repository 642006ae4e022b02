/**
 * `npm run bench`: speed as ratios against baselines run side by side on the same inputs and machine. Each benchmark
 * is a standalone script (`npx tsx bench/<name>.ts`), run here one after another in its own process.
 *
 * Usage: npm run bench [-- name …]   (names: extract, clean, times, analyze, store, clustering)
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const benchmarks = ["extract", "clean", "times", "analyze", "store", "clustering"] as const;

const wanted = process.argv.slice(2);
const selected = wanted.length ? benchmarks.filter((name) => wanted.includes(name)) : benchmarks;
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
let failed = 0;

console.log(`Parallax benchmarks, ${new Date().toISOString().slice(0, 10)}, node ${process.version}\n`);
for (const name of selected) {
  const script = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  if (!existsSync(script)) continue;
  console.log(`## ${name}\n`);
  const result = spawnSync(tsx, [script], { stdio: "inherit" });
  if (result.status !== 0) failed++;
  console.log("");
}
process.exitCode = failed ? 1 : 0;
