import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReadResult } from "../../article.js";
import type { FetchUrl } from "./options.js";
import { defaultReadOptions } from "./options.js";
import { readManifest } from "./readManifest.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "parallax-manifest-"));
  await mkdir(join(dir, "pages"));
  await writeFile(join(dir, "pages", "a.html"), "<html><head><title>A</title></head><body><p>Page A</p></body></html>");
  await writeFile(join(dir, "pages", "b.md"), "---\ntitle: From front matter\nbyline: Front Byline\n---\nBody of b.");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fakeFetch: FetchUrl = async (url) =>
  url === "https://news.example/live"
    ? {
        ok: true,
        url: "https://news.example/live?amp=0",
        status: 200,
        contentType: "text/html; charset=utf-8",
        body: Buffer.from("<p>Live</p>"),
      }
    : { ok: false, reason: "connection refused" };

async function read(lines: string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  const context = { baseDir: dir, options: defaultReadOptions, fetchUrl: fakeFetch };
  for await (const r of readManifest("list.jsonl", lines, context)) out.push(r);
  return out;
}

describe("readManifest", () => {
  it("reads text, html, path and url records, with the record's metadata and id", async () => {
    const results = await read([
      JSON.stringify({
        id: "r1",
        text: "Rain fell.",
        title: "Floods",
        outlet: "Daily",
        published: "2024-03-05",
        language: "EN",
      }),
      JSON.stringify({ id: 2, html: "<p>Hi</p>", url: "https://news.example/hi" }),
      "",
      JSON.stringify({ path: "pages/a.html", byline: "Jane Doe" }),
      JSON.stringify({ path: "pages/b.md", title: "From the manifest" }),
      JSON.stringify({ url: "https://news.example/live", outlet: "Live Desk" }),
    ]);
    expect(results).toEqual([
      {
        ok: true,
        doc: {
          source: "list.jsonl:1",
          id: "r1",
          format: "text",
          body: "Rain fell.",
          meta: { title: "Floods", outlet: "Daily", published: "2024-03-05", language: "en" },
        },
      },
      {
        ok: true,
        doc: {
          source: "list.jsonl:2",
          id: "2",
          format: "html",
          body: "<p>Hi</p>",
          meta: { url: "https://news.example/hi" },
        },
      },
      {
        ok: true,
        doc: expect.objectContaining({
          source: "list.jsonl:4",
          format: "html",
          meta: { byline: "Jane Doe" },
          encoding: "utf-8",
        }),
      },
      {
        ok: true,
        doc: expect.objectContaining({
          source: "list.jsonl:5",
          format: "markdown",
          body: "Body of b.",
          meta: { title: "From the manifest", byline: "Front Byline" },
        }),
      },
      {
        ok: true,
        doc: expect.objectContaining({
          source: "list.jsonl:6",
          body: "<p>Live</p>",
          // The record's url wins over the address the fetch was redirected to.
          meta: { url: "https://news.example/live", outlet: "Live Desk" },
        }),
      },
    ]);
  });

  it("reports each malformed line by number and reason, and reads the others", async () => {
    const results = await read([
      '{"text": "good one"}',
      '{"text": "broken',
      "[1, 2]",
      '{"title": "no body"}',
      '{"text": "a", "html": "<p>b</p>"}',
      '{"text": "x", "published": "someday", "url": "not a url"}',
      '{"path": "pages/missing.html"}',
      '{"url": "https://news.example/down"}',
      '{"text": "good two", "byline": null}',
    ]);
    const lines = results.map((r) => (r.ok ? `${r.doc.source} ok` : `${r.failure.source} ${r.failure.reason}`));
    expect(lines).toEqual([
      "list.jsonl:1 ok",
      expect.stringMatching(/^list\.jsonl:2 invalid JSON: /),
      "list.jsonl:3 a manifest line must be a JSON object",
      "list.jsonl:4 a record needs text, html, path or url",
      "list.jsonl:5 give only one of text, html or path (got text, html)",
      expect.stringMatching(/^list\.jsonl:6 url: not an http\(s\) URL; published: not a date/),
      "list.jsonl:7 pages/missing.html: no such file or directory",
      "list.jsonl:8 https://news.example/down: connection refused",
      "list.jsonl:9 ok",
    ]);
  });

  it("refuses a path to a container (a record is one article)", async () => {
    await writeFile(join(dir, "nested.jsonl"), '{"text":"x"}\n');
    const [result] = await read(['{"path": "nested.jsonl"}']);
    expect(result).toEqual({
      ok: false,
      failure: {
        source: "list.jsonl:1",
        reason: "nested.jsonl: a record's path must be a text, Markdown or HTML file, not a manifest",
      },
    });
  });

  it("fails a manifest with no records", async () => {
    expect(await read(["", "  "])).toEqual([
      { ok: false, failure: { source: "list.jsonl", reason: "empty manifest (no records)" } },
    ]);
  });
});
