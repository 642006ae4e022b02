import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDirectory } from "./readDirectory.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "parallax-dir-"));
  await mkdir(join(dir, "b-sub", "deeper"), { recursive: true });
  await mkdir(join(dir, ".git"));
  for (const name of [
    "z.txt",
    "a.html",
    "B.md",
    "photo.jpg",
    ".hidden.txt",
    "b-sub/feed.xml",
    "b-sub/deeper/x.warc.gz",
    ".git/config.txt",
  ]) {
    await writeFile(join(dir, name), "x");
  }
  await symlink(dir, join(dir, "b-sub", "loop"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("listDirectory", () => {
  it("lists known files recursively in code-point order, skipping hidden files and unknown extensions", async () => {
    const listing = await listDirectory(dir);
    expect(listing.files.map((f) => relative(dir, f))).toEqual([
      "B.md",
      "a.html",
      join("b-sub", "deeper", "x.warc.gz"),
      join("b-sub", "feed.xml"),
      "z.txt",
    ]);
    expect(listing.skipped.map((s) => [relative(dir, s.path), s.reason]).sort()).toEqual([
      [".git", "hidden"],
      [".hidden.txt", "hidden"],
      [join("b-sub", "loop"), "link to a folder, not followed"],
      ["photo.jpg", "unknown extension"],
    ]);
    expect(listing.failures).toEqual([]);
  });

  it("reports a folder it cannot list", async () => {
    const listing = await listDirectory(join(dir, "missing"));
    expect(listing.failures).toEqual([
      { source: join(dir, "missing"), reason: "cannot list folder: no such file or directory" },
    ]);
  });
});
