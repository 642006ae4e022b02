import { Readable } from "node:stream";
import { gunzipSync, gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { ReadResult } from "../../article.js";
import { readWarc } from "./readWarc.js";
import { httpHead, type TestRecord, warcFile } from "./testWarc.js";

/** Streams the bytes in small pieces, so records and gzip members straddle chunk boundaries. */
function stream(bytes: Buffer, chunkSize = 97): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

async function collect(results: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

const page = (title: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><p>${title} text.</p></body></html>`;

const records: TestRecord[] = [
  { type: "warcinfo", body: "software: parallax-test\r\n" },
  { type: "request", targetUri: "https://news.example/a", http: "GET /a HTTP/1.1\r\nHost: news.example", body: "" },
  {
    type: "response",
    targetUri: "https://news.example/a",
    date: "2024-03-06T01:02:03Z",
    http: httpHead("text/html; charset=UTF-8"),
    body: page("Floods in the north"),
  },
  { type: "metadata", targetUri: "https://news.example/a", body: "fetchTimeMs: 120\r\n" },
  {
    type: "response",
    targetUri: "https://news.example/b",
    http: httpHead("text/html; charset=windows-1252", "200 OK", ["Content-Encoding: gzip"]),
    body: gzipSync(iconv.encode(page("Café “crème”"), "windows-1252")),
  },
  {
    type: "response",
    targetUri: "https://news.example/logo.png",
    http: httpHead("image/png"),
    body: Buffer.from([0x89, 0x50, 0, 0]),
  },
  {
    type: "response",
    targetUri: "https://news.example/old",
    http: httpHead("text/html", "301 Moved Permanently"),
    body: "<a>moved</a>",
  },
  {
    type: "response",
    targetUri: "https://news.example/c",
    http: httpHead("text/html", "200 OK", ["Transfer-Encoding: chunked"]),
    body: "7\r\n<p>Chun\r\n7\r\nked</p>\r\n0\r\n\r\n",
  },
];

describe("readWarc", () => {
  for (const gzip of [true, false]) {
    const { bytes, offsets } = warcFile(records, gzip);
    const name = gzip ? "news.warc.gz" : "news.warc";

    it(`reads every 2xx HTML response of a ${name}, nothing else, sourced by record offset`, async () => {
      const results = await collect(readWarc(name, stream(bytes), 64 << 20));
      const docs = results.map((r) => (r.ok ? r.doc : r.failure));
      expect(docs).toHaveLength(3);
      expect(docs[0]).toEqual({
        source: `${name}#${offsets[2]}`,
        format: "html",
        body: page("Floods in the north"),
        meta: { url: "https://news.example/a" },
        encoding: "utf-8",
      });
      expect(docs[1]).toMatchObject({
        source: `${name}#${offsets[4]}`,
        body: page("Café “crème”"),
        meta: { url: "https://news.example/b" },
        encoding: "windows-1252",
      });
      expect(docs[2]).toMatchObject({ source: `${name}#${offsets[7]}`, body: "<p>Chunked</p>" });
    });

    it(`gives offsets where the record starts in the ${name} file`, () => {
      const at = offsets[2] ?? -1;
      const start = gzip ? gunzipSync(bytes.subarray(at)).subarray(0, 9) : bytes.subarray(at, at + 9);
      expect(start.toString()).toBe("WARC/1.1\r");
    });
  }

  it("never takes the crawl date (WARC-Date) for the publication date", async () => {
    const { bytes } = warcFile(records.slice(2, 3), true);
    const [result] = await collect(readWarc("x.warc.gz", stream(bytes), 64 << 20));
    expect(result?.ok && result.doc.meta.published).toBeUndefined();
  });

  it("reads the records before a truncated gzip member, then reports it", async () => {
    const { bytes, offsets } = warcFile(records, true);
    const cut = bytes.subarray(0, bytes.length - 30);
    const results = await collect(readWarc("cut.warc.gz", stream(cut), 64 << 20));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.at(-1)).toEqual({
      ok: false,
      failure: { source: `cut.warc.gz#${offsets[7]}`, reason: "truncated gzip (unexpected end of file)" },
    });
  });

  it("reports a truncated record in an uncompressed WARC", async () => {
    const { bytes, offsets } = warcFile(records.slice(0, 3), false);
    const results = await collect(readWarc("cut.warc", stream(bytes.subarray(0, bytes.length - 40)), 64 << 20));
    expect(results).toEqual([
      {
        ok: false,
        failure: { source: `cut.warc#${offsets[2]}`, reason: expect.stringMatching(/^truncated WARC record/) },
      },
    ]);
  });

  it("skips a record larger than maxBytes with a failure, and goes on", async () => {
    const big: TestRecord = {
      type: "response",
      targetUri: "https://x/big",
      http: httpHead("text/html"),
      body: page("x".repeat(200_000)),
    };
    for (const gzip of [true, false]) {
      const { bytes, offsets } = warcFile([big, records[2] as TestRecord], gzip);
      const results = await collect(readWarc("big.warc", stream(bytes, 4096), 100_000));
      expect(results[0]).toEqual({
        ok: false,
        failure: { source: `big.warc#${offsets[0]}`, reason: expect.stringMatching(/larger than/) },
      });
      expect(results[1]?.ok && results[1].doc.meta.url).toBe("https://news.example/a");
    }
  });

  it("fails a file that is not a WARC, and an empty one", async () => {
    expect(await collect(readWarc("x.warc", stream(Buffer.from("hello\nworld\n")), 1000))).toEqual([
      {
        ok: false,
        failure: { source: "x.warc#0", reason: 'not a WARC record (expected a WARC/1.x line, found "hello")' },
      },
    ]);
    expect(await collect(readWarc("e.warc", stream(Buffer.alloc(0)), 1000))).toEqual([
      { ok: false, failure: { source: "e.warc", reason: "empty file" } },
    ]);
  });

  it("streams: 2,000 records go through without holding the file", async () => {
    const many: TestRecord[] = Array.from({ length: 2000 }, (_, i) => ({
      type: "response",
      targetUri: `https://news.example/${i}`,
      http: httpHead("text/html"),
      body: page(`Story ${i}`),
    }));
    const { bytes } = warcFile(many, true);
    const started = performance.now();
    let count = 0;
    for await (const r of readWarc("many.warc.gz", stream(bytes, 65536), 64 << 20)) if (r.ok) count++;
    expect(count).toBe(2000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
