import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatBytes, readFileBytes } from "./readFileBytes.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "parallax-bytes-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readFileBytes", () => {
  it("reads a file, and decompresses gzip (several members too)", async () => {
    await writeFile(join(dir, "a.txt"), "plain");
    await writeFile(join(dir, "b.html.gz"), Buffer.concat([gzipSync("<p>one</p>"), gzipSync("<p>two</p>")]));
    expect(await readFileBytes(join(dir, "a.txt"), 100)).toEqual({ ok: true, bytes: Buffer.from("plain") });
    expect(await readFileBytes(join(dir, "b.html.gz"), 100)).toEqual({
      ok: true,
      bytes: Buffer.from("<p>one</p><p>two</p>"),
    });
  });

  it("refuses a file above maxBytes by its size, before reading it (a 65 MiB sparse file against the default 64 MiB)", async () => {
    const path = join(dir, "huge.html");
    const handle = await open(path, "w");
    await handle.truncate(65 * 1024 * 1024);
    await handle.close();
    expect(await readFileBytes(path, 64 * 1024 * 1024)).toEqual({
      ok: false,
      reason: "larger than 64 MiB (65 MiB); raise --max-bytes to read it",
    });
  });

  it("refuses gzip whose content passes maxBytes, and says when gzip is truncated", async () => {
    const zipped = gzipSync("x".repeat(10_000));
    await writeFile(join(dir, "bomb.txt.gz"), zipped);
    await writeFile(join(dir, "cut.txt.gz"), zipped.subarray(0, zipped.length - 12));
    expect(await readFileBytes(join(dir, "bomb.txt.gz"), 5_000)).toEqual({
      ok: false,
      reason: "decompressed content larger than 4.9 KiB; raise --max-bytes to read it",
    });
    expect(await readFileBytes(join(dir, "cut.txt.gz"), 100_000)).toEqual({
      ok: false,
      reason: "truncated gzip (unexpected end of file)",
    });
  });

  it("names the problem with a missing file, a folder and an empty file", async () => {
    await writeFile(join(dir, "empty.txt"), "");
    expect(await readFileBytes(join(dir, "nope.txt"), 100)).toEqual({ ok: false, reason: "no such file or directory" });
    expect(await readFileBytes(dir, 100)).toEqual({ ok: false, reason: "is a directory" });
    expect(await readFileBytes(join(dir, "empty.txt"), 100)).toEqual({ ok: false, reason: "empty file" });
  });
});

describe("formatBytes", () => {
  it("writes sizes people read", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(64 * 1024 * 1024)).toBe("64 MiB");
    expect(formatBytes(1536)).toBe("1.5 KiB");
  });
});
