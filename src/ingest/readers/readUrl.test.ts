import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { FetchResult, FetchUrl } from "./options.js";
import { defaultReadOptions } from "./options.js";
import { fetchDocument, readUrl } from "./readUrl.js";

/** A fetcher answering from a table, recording what it was asked. */
function fakeFetch(
  pages: Record<string, Omit<Extract<FetchResult, { ok: true }>, "ok" | "url"> & { url?: string }>,
): FetchUrl & { asked: string[] } {
  const asked: string[] = [];
  const fetcher = async (url: string): Promise<FetchResult> => {
    asked.push(url);
    const page = pages[url];
    return page ? { ok: true, url: page.url ?? url, ...page } : { ok: false, reason: "blocked: private address" };
  };
  return Object.assign(fetcher, { asked });
}

const feed = `<rss><channel><title>Wire</title>
  <item><title>One</title><link>https://wire.example/1</link><description>&lt;p&gt;First&lt;/p&gt;</description></item>
  <item><title>Two</title><link>https://wire.example/2</link><description>Second</description></item>
</channel></rss>`;

const fetcher = fakeFetch({
  "https://news.example/a": {
    url: "https://news.example/a?final",
    status: 200,
    contentType: "text/html; charset=iso-8859-1",
    body: iconv.encode("<p>Café</p>", "iso-8859-1"),
  },
  "https://news.example/feed": { status: 200, contentType: "application/rss+xml", body: Buffer.from(feed) },
  "https://news.example/xmlfeed": { status: 200, contentType: "text/xml", body: Buffer.from(feed) },
  "https://news.example/notes.txt": { status: 200, contentType: "text/plain", body: Buffer.from("Plain notes.") },
  "https://news.example/untyped": { status: 200, contentType: null, body: Buffer.from("<!doctype html><p>x</p>") },
  "https://news.example/report.pdf": { status: 200, contentType: "application/pdf", body: Buffer.from("%PDF-1.7") },
  "https://news.example/gone": { status: 404, contentType: "text/html", body: Buffer.from("<p>Not found</p>") },
});

describe("readUrl", () => {
  it("reads an HTML page with the HTTP charset, the final URL as meta.url", async () => {
    expect(await readUrl("https://news.example/a", defaultReadOptions, fetcher)).toEqual([
      {
        ok: true,
        doc: {
          source: "https://news.example/a",
          format: "html",
          body: "<p>Café</p>",
          meta: { url: "https://news.example/a?final" },
          encoding: "windows-1252",
        },
      },
    ]);
  });

  it("reads a feed, by its content type or by sniffing generic XML, one document per item", async () => {
    for (const url of ["https://news.example/feed", "https://news.example/xmlfeed"]) {
      const results = await readUrl(url, defaultReadOptions, fetcher);
      expect(results.map((r) => r.ok && [r.doc.source, r.doc.body, r.doc.meta.url])).toEqual([
        [`${url}#1`, "<p>First</p>", "https://wire.example/1"],
        [`${url}#2`, "Second", "https://wire.example/2"],
      ]);
    }
  });

  it("reads text/plain as text and sniffs a body without a content type", async () => {
    const [text] = await readUrl("https://news.example/notes.txt", defaultReadOptions, fetcher);
    expect(text?.ok && text.doc.format).toBe("text");
    const [untyped] = await readUrl("https://news.example/untyped", defaultReadOptions, fetcher);
    expect(untyped?.ok && untyped.doc.format).toBe("html");
  });

  it("fails other content types, HTTP errors and refused fetches with the reason", async () => {
    const reasons = [];
    for (const url of ["https://news.example/report.pdf", "https://news.example/gone", "http://10.0.0.1/"]) {
      const [r] = await readUrl(url, defaultReadOptions, fetcher);
      reasons.push(r?.ok ? "ok" : r?.failure.reason);
    }
    expect(reasons).toEqual([
      "cannot read content type application/pdf from a URL (HTML, text and feeds only)",
      "HTTP 404",
      "blocked: private address",
    ]);
  });

  it("turns a throwing fetcher into a failure", async () => {
    const throwing: FetchUrl = async () => {
      throw new Error("socket hang up");
    };
    expect(await readUrl("https://x.example/", defaultReadOptions, throwing)).toEqual([
      { ok: false, failure: { source: "https://x.example/", reason: "socket hang up" } },
    ]);
  });
});

describe("fetchDocument", () => {
  it("sources the document as asked and refuses a feed where an article was expected", async () => {
    const doc = await fetchDocument("https://news.example/a", defaultReadOptions, fetcher, "list.jsonl:4");
    expect(doc.ok && doc.doc.source).toBe("list.jsonl:4");
    expect(await fetchDocument("https://news.example/feed", defaultReadOptions, fetcher, "feed.xml#2")).toEqual({
      ok: false,
      failure: {
        source: "feed.xml#2",
        reason: "https://news.example/feed is a feed, not an article; give it as an input of its own",
      },
    });
  });
});
