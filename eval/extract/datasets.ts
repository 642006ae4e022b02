/**
 * Loads the two extraction datasets from ../shared/eval at run time (nothing is copied into the repo).
 * The trafilatura pages come as a tarball; it is unpacked once into the git-ignored .eval-cache/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { decode } from "../../src/ingest/readers/decode.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const sharedEval = join(repoRoot, "..", "shared", "eval");
export const aebRoot = join(sharedEval, "scrapinghub-aeb");
export const trafilaturaRoot = join(sharedEval, "trafilatura-eval");
const cacheRoot = join(repoRoot, ".eval-cache");

export interface AebPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export interface SegmentPage {
  url: string;
  file: string;
  /** null when the page's file is not in the tarball. */
  html: string | null;
  with: string[];
  without: string[];
}

const AebTruth = z.record(z.string(), z.object({ articleBody: z.string().default(""), url: z.string().default("") }));
const SegmentData = z.record(
  z.string(),
  z.object({ file: z.string(), with: z.array(z.string()), without: z.array(z.string()) }),
);

function htmlText(bytes: Uint8Array): string {
  const decoded = decode(bytes, { kind: "html" });
  return decoded.ok ? decoded.text : Buffer.from(bytes).toString("utf8");
}

/** The 181 AEB pages with their ground-truth article bodies, in id order. */
export function loadAeb(): AebPage[] {
  const truth = AebTruth.parse(JSON.parse(readFileSync(join(aebRoot, "ground-truth.json"), "utf8")));
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const bytes = gunzipSync(readFileSync(join(aebRoot, "html", `${id}.html.gz`)));
      const entry = truth[id] ?? { articleBody: "", url: "" };
      return { id, url: entry.url, html: htmlText(bytes), truth: entry.articleBody };
    });
}

/** Unpacks the trafilatura pages into .eval-cache/ once and returns that folder. */
function trafilaturaPagesDir(): string {
  const dir = join(cacheRoot, "trafilatura-eval");
  if (!existsSync(join(dir, "eval"))) {
    mkdirSync(dir, { recursive: true });
    execFileSync("tar", ["-xzf", join(trafilaturaRoot, "html-eval-and-cache.tar.gz"), "-C", dir]);
  }
  return dir;
}

/** The trafilatura evaluation pages; as in its script, a file is looked up in cache/ and then eval/. */
export function loadTrafilatura(): SegmentPage[] {
  const data = SegmentData.parse(JSON.parse(readFileSync(join(trafilaturaRoot, "evaldata.json"), "utf8")));
  const dir = trafilaturaPagesDir();
  const present = new Map<string, string>();
  for (const sub of ["eval", "cache"]) {
    if (!existsSync(join(dir, sub))) continue;
    for (const name of readdirSync(join(dir, sub))) present.set(name, join(dir, sub, name));
  }
  return Object.entries(data)
    .filter(([, item]) => item.file !== "")
    .map(([url, item]) => {
      const path = present.get(item.file);
      const html = path === undefined ? null : htmlText(readFileSync(path));
      return { url, file: item.file, html, with: item.with, without: item.without };
    });
}
