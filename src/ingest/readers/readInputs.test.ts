import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReadResult } from "../../article.js";
import type { FetchUrl, ReadOptions } from "./options.js";
import { readInputs } from "./readInputs.js";
import { httpHead, warcFile } from "./testWarc.js";

let dir = "";
let corpus = "";
let warcOffsets: number[] = [];

/** Offline fetcher: two article pages; everything else is refused. */
const fetchUrl: FetchUrl = async (url) =>
  url.startsWith("https://news.example/")
    ? {
        ok: true,
        url,
        status: 200,
        contentType: "text/html; charset=utf-8",
        body: Buffer.from(`<p>Fetched ${url}</p>`),
      }
    : { ok: false, reason: "blocked" };

async function read(inputs: string[], options: Partial<ReadOptions> = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(inputs, { fetchUrl, ...options })) out.push(r);
  return out;
}

/** One line per result, as a reviewer would scan them: `source ok format` or `source FAIL reason`. */
const summary = (results: ReadResult[]) =>
  results.map((r) =>
    r.ok ? `${short(r.doc.source)} ok ${r.doc.format}` : `${short(r.failure.source)} FAIL ${r.failure.reason}`,
  );
const short = (source: string) => source.replace(dir + "/", "");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "parallax-inputs-"));
  corpus = join(dir, "corpus");
  await mkdir(join(corpus, "feeds"), { recursive: true });
  await mkdir(join(corpus, "pages"), { recursive: true });
  const page = (t: string) => `<!DOCTYPE html><html><head><title>${t}</title></head><body><p>${t}</p></body></html>`;
  const files: Record<string, string | Buffer> = {
    "a-plain.txt": "Rain fell in the north on Tuesday.",
    "b-story.md": "---\ntitle: Floods\npublished: 2024-03-05\n---\n# Floods\n\nRain fell.",
    "c-bad-front-matter.md": "---\npublished: [\n---\nThe body is still read.",
    "pages/d.html": page("Page D"),
    "pages/e.html.gz": gzipSync(page("Page E")),
    "pages/f-latin1.html": iconv.encode("<p>Café, naïve — “quoted”</p>", "windows-1252"),
    "pages/g-bad-utf8.txt": Buffer.concat([
      Buffer.from("Grüße aus München, "),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(" Straße"),
    ]),
    "pages/h-binary.html": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    "pages/i-empty.txt": "",
    "pages/j-truncated.html.gz": gzipSync(page("Cut")).subarray(0, 25),
    "pages/photo.jpg": Buffer.from([0xff, 0xd8, 0xff]),
    ".DS_Store": "x",
    "list.jsonl": [
      JSON.stringify({ id: "m1", text: "From the manifest.", outlet: "Wire" }),
      "{not json",
      JSON.stringify({ path: "pages/d.html", title: "Manifest title for D" }),
      JSON.stringify({ url: "https://news.example/m" }),
    ].join("\n"),
    "feeds/world.xml": `<?xml version="1.0"?><rss><channel><title>World</title>
      <item><title>One</title><link>https://news.example/1</link><description>&lt;p&gt;First&lt;/p&gt;</description></item>
      <item><title>Two</title><link>https://news.example/2</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
    </channel></rss>`,
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(corpus, name), content);
  const warc = warcFile(
    [
      { type: "warcinfo", body: "software: test" },
      {
        type: "response",
        targetUri: "https://cc.example/x",
        http: httpHead("text/html"),
        body: page("From the crawl"),
      },
    ],
    true,
  );
  warcOffsets = warc.offsets;
  await writeFile(join(corpus, "crawl.warc.gz"), warc.bytes);
  await writeFile(join(dir, "notes.data"), "<html><body><p>Sniffed as HTML</p></body></html>");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readInputs over a folder with every kind of input, good and bad", () => {
  it("reads each file in order, one result per document, every bad one a one-line failure", async () => {
    const skipped: string[] = [];
    const results = await read([corpus], { onSkip: (path, reason) => skipped.push(`${short(path)}: ${reason}`) });
    expect(summary(results)).toEqual([
      "corpus/a-plain.txt ok text",
      "corpus/b-story.md ok markdown",
      "corpus/c-bad-front-matter.md ok markdown",
      `corpus/crawl.warc.gz#${warcOffsets[1]} ok html`,
      "corpus/feeds/world.xml#1 ok html",
      "corpus/feeds/world.xml#2 FAIL feed item has no content; link recorded: https://news.example/2 (use --fetch-feed-links to fetch it)",
      "corpus/list.jsonl:1 ok text",
      expect.stringMatching(/^corpus\/list\.jsonl:2 FAIL invalid JSON: /),
      "corpus/list.jsonl:3 ok html",
      "corpus/list.jsonl:4 ok html",
      "corpus/pages/d.html ok html",
      "corpus/pages/e.html.gz ok html",
      "corpus/pages/f-latin1.html ok html",
      "corpus/pages/g-bad-utf8.txt ok text",
      "corpus/pages/h-binary.html FAIL binary content, not text",
      "corpus/pages/i-empty.txt FAIL empty file",
      "corpus/pages/j-truncated.html.gz FAIL truncated gzip (unexpected end of file)",
    ]);
    expect(skipped).toEqual(["corpus/.DS_Store: hidden", "corpus/pages/photo.jpg: unknown extension"]);
  });

  it("keeps what each container said in meta, and notes what went wrong while reading", async () => {
    const docs = new Map((await read([corpus])).flatMap((r) => (r.ok ? [[short(r.doc.source), r.doc] as const] : [])));
    expect(docs.get("corpus/b-story.md")).toMatchObject({
      body: "# Floods\n\nRain fell.",
      meta: { title: "Floods", published: "2024-03-05" },
    });
    expect(docs.get("corpus/c-bad-front-matter.md")).toMatchObject({ body: "The body is still read.", meta: {} });
    expect(docs.get("corpus/c-bad-front-matter.md")?.notes?.[0]).toMatch(/^front matter ignored: YAML error/);
    expect(docs.get(`corpus/crawl.warc.gz#${warcOffsets[1]}`)?.meta).toEqual({ url: "https://cc.example/x" });
    expect(docs.get("corpus/feeds/world.xml#1")).toMatchObject({
      body: "<p>First</p>",
      meta: { outlet: "World", title: "One" },
    });
    expect(docs.get("corpus/list.jsonl:1")).toMatchObject({ id: "m1", meta: { outlet: "Wire" } });
    expect(docs.get("corpus/list.jsonl:3")?.meta.title).toBe("Manifest title for D");
    expect(docs.get("corpus/list.jsonl:4")?.body).toBe("<p>Fetched https://news.example/m</p>");
    expect(docs.get("corpus/pages/e.html.gz")?.body).toContain("<p>Page E</p>");
    expect(docs.get("corpus/pages/f-latin1.html")).toMatchObject({
      body: "<p>Café, naïve — “quoted”</p>",
      encoding: "windows-1252",
    });
    expect(docs.get("corpus/pages/g-bad-utf8.txt")).toMatchObject({
      body: "Grüße aus München, \uFFFD( Straße",
      notes: ["invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD"],
    });
  });

  it("fetches the link of a feed item without content when fetchFeedLinks is on, keeping the feed's metadata", async () => {
    const results = await read([join(corpus, "feeds", "world.xml")], { fetchFeedLinks: true });
    expect(results[1]).toEqual({
      ok: true,
      doc: {
        source: join(corpus, "feeds", "world.xml#2"),
        format: "html",
        body: "<p>Fetched https://news.example/2</p>",
        meta: { url: "https://news.example/2", outlet: "World", title: "Two", published: "2024-03-05T10:00:00.000Z" },
        encoding: "utf-8",
      },
    });
  });
});

describe("readInputs over several inputs at once", () => {
  it("reads paths, URLs and stdin in the order given; a missing path is a failure, the rest go on", async () => {
    const stdin = Readable.from([Buffer.from('{"text": "one from stdin"}\n{"text": "two from stdin"}\n')]);
    const results = await read(
      [
        join(dir, "missing.txt"),
        join(corpus, "a-plain.txt"),
        "https://news.example/u",
        "http://192.168.1.1/",
        "-",
        join(dir, "notes.data"),
      ],
      { stdin },
    );
    expect(summary(results)).toEqual([
      "missing.txt FAIL no such file or directory",
      "corpus/a-plain.txt ok text",
      "https://news.example/u ok html",
      "http://192.168.1.1/ FAIL blocked",
      "stdin:1 ok text",
      "stdin:2 ok text",
      "notes.data ok html",
    ]);
  });

  it("sniffs HTML, a feed and plain text on stdin", async () => {
    const inputs: [string, string][] = [
      ["<!doctype html><p>x</p>", "stdin ok html"],
      ["<rss><channel><item><title>T</title><description>Body</description></item></channel></rss>", "stdin#1 ok html"],
      ["Just words.", "stdin ok text"],
      ["", "stdin FAIL empty input"],
    ];
    for (const [text, expected] of inputs) {
      expect(summary(await read(["-"], { stdin: Readable.from([Buffer.from(text)]) }))).toEqual([expected]);
    }
  });

  it("fails an empty folder and a folder with nothing readable, saying what was skipped", async () => {
    await mkdir(join(dir, "empty"));
    await mkdir(join(dir, "images"));
    await writeFile(join(dir, "images", "a.png"), "x");
    expect(summary(await read([join(dir, "empty"), join(dir, "images")]))).toEqual([
      "empty FAIL empty folder",
      "images FAIL no file to read (1 with an unknown extension, 0 hidden, skipped)",
    ]);
  });
});

describe("readInputs on compressed manifests", () => {
  it("streams a .jsonl.gz manifest, and reports where a truncated one stops", async () => {
    const lines = Array.from({ length: 500 }, (_, i) => JSON.stringify({ text: `Record ${i} ${"x".repeat(40)}` })).join(
      "\n",
    );
    const zipped = gzipSync(lines);
    await writeFile(join(dir, "m.jsonl.gz"), zipped);
    await writeFile(join(dir, "cut.jsonl.gz"), zipped.subarray(0, zipped.length - 50));
    expect((await read([join(dir, "m.jsonl.gz")])).filter((r) => r.ok)).toHaveLength(500);
    const cut = await read([join(dir, "cut.jsonl.gz")]);
    expect(cut.filter((r) => r.ok).length).toBeGreaterThan(400);
    expect(summary(cut.filter((r) => !r.ok))).toEqual([
      expect.stringMatching(/^cut\.jsonl\.gz:\d+ FAIL truncated gzip \(unexpected end of file\)$/),
    ]);
  });
});

describe("readInputs limits", () => {
  it("reads a 50 MB HTML page within the default limit, and refuses it above a lower one without reading it", async () => {
    const paragraph = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(20) + "</p>\n";
    const count = Math.ceil((50 * 1024 * 1024) / paragraph.length);
    const path = join(dir, "big.html");
    await writeFile(path, "<!DOCTYPE html><html><body>\n" + paragraph.repeat(count) + "</body></html>");
    const started = performance.now();
    const [result] = await read([path]);
    const elapsed = performance.now() - started;
    expect(result?.ok && result.doc.body.length).toBeGreaterThan(50 * 1024 * 1024);
    expect(elapsed).toBeLessThan(10_000);
    expect(summary(await read([path], { maxBytes: 10 * 1024 * 1024 }))).toEqual([
      expect.stringMatching(/^big\.html FAIL larger than 10 MiB \(50(\.\d)? MiB\); raise --max-bytes to read it$/),
    ]);
    await rm(path);
  });

  it("reads a feed file with 10,000 items", async () => {
    const items = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<item><title>S${i}</title><link>https://n.example/${i}</link><description>Text ${i}</description></item>`,
    );
    const path = join(dir, "big.rss");
    await writeFile(path, `<rss><channel><title>Big</title>${items.join("")}</channel></rss>`);
    const results = await read([path]);
    expect(results).toHaveLength(10_000);
    expect(results.every((r) => r.ok)).toBe(true);
  });
});

describe("readInputs with the built-in fetchUrl", () => {
  it("reads a page and a feed from a local server (allowPrivate), and is refused without it", async () => {
    const { createServer } = await import("node:http");
    const server = createServer((request, response) => {
      if (request.url === "/feed") {
        response.writeHead(200, { "content-type": "application/rss+xml" });
        response.end(
          "<rss><channel><title>Local</title><item><title>A</title><description>Body A</description></item></channel></rss>",
        );
      } else {
        response.writeHead(200, { "content-type": "text/html; charset=iso-8859-1" });
        response.end(iconv.encode("<p>Café</p>", "iso-8859-1"));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    try {
      const results: ReadResult[] = [];
      for await (const r of readInputs([`${base}/page`, `${base}/feed`], { allowPrivate: true, timeoutMs: 5000 }))
        results.push(r);
      expect(results.map((r) => (r.ok ? [r.doc.source, r.doc.body] : r.failure.reason))).toEqual([
        [`${base}/page`, "<p>Café</p>"],
        [`${base}/feed#1`, "Body A"],
      ]);
      const refused: ReadResult[] = [];
      for await (const r of readInputs([`${base}/page`], { timeoutMs: 5000 })) refused.push(r);
      expect(refused[0]?.ok === false && refused[0].failure.reason).toMatch(/loopback address; pass --allow-private/);
    } finally {
      server.close();
    }
  });
});
