import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readHtmlMeta } from "./htmlMeta.js";
import { listFixtures, readExpected, runFixture } from "./meta/fixtures/runFixture.js";

const meta = (html: string) => readHtmlMeta(parseHTML(html).document as unknown as Document);

describe("readHtmlMeta fixtures (regenerate: npx tsx src/ingest/extract/meta/fixtures/regenerate.ts)", () => {
  const slugs = listFixtures();
  it("has fixtures", () => expect(slugs.length).toBeGreaterThanOrEqual(10));
  it.each(slugs)("%s", (slug) => {
    const expected = readExpected(slug);
    expect(expected, `${slug}/expected.json is missing; run the regenerate script`).not.toBeNull();
    expect(runFixture(slug)).toEqual(expected);
  });
});

describe("readHtmlMeta sources and precedence", () => {
  it("prefers og:title, then twitter:title, JSON-LD headline, the article's h1, the <title> without its site", () => {
    expect(meta(`<title>T | Site</title><meta property="og:title" content="OG headline here">`).title).toBe(
      "OG headline here",
    );
    expect(meta(`<title>Only the page title - Daily Site</title>`)).toMatchObject({
      title: "Only the page title",
      outlet: "Daily Site",
    });
    expect(
      meta(`<title>Daily Site</title><body><h1>Logo</h1><article><h1>The real headline is here</h1></article>`),
    ).toMatchObject({ title: "The real headline is here" });
  });

  it("keeps a title whose dash part is not a site name", () => {
    expect(meta(`<title>Floods hit Valencia - live updates</title>`).title).toBe("Floods hit Valencia - live updates");
  });

  it("reads a JSON-LD article inside an array, and its author as a string", () => {
    const html = `<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"Article","headline":"Array headline","author":"By Jane Doe","datePublished":"2024-02-03T04:05:06Z"}]</script>`;
    expect(meta(html)).toMatchObject({
      title: "Array headline",
      byline: "Jane Doe",
      published: "2024-02-03T04:05:06Z",
    });
  });

  it("reads JSON-LD publisher.name as the outlet, and an Organization author is not a byline", () => {
    const html = `<script type="application/ld+json">{"@type":"BlogPosting","headline":"A post on things","author":{"@type":"Organization","name":"Acme Blog"},"publisher":{"@type":"Organization","name":"Acme Blog"}}</script>`;
    const result = meta(html);
    expect(result.outlet).toBe("Acme Blog");
    expect(result.byline).toBeUndefined();
  });

  it("reads itemprop=datePublished and rel=author", () => {
    const html = `<body><article><span itemprop="datePublished" content="2022-12-01T10:00:00-05:00">Dec 1</span><a rel="author" href="/u/1">Kim Park</a></article></body>`;
    expect(meta(html)).toMatchObject({ published: "2022-12-01T10:00:00-05:00", byline: "Kim Park" });
  });

  it("reads date metas (DC.date.issued, sailthru.date, parsely-pub-date)", () => {
    expect(meta(`<meta name="DC.date.issued" content="2021-06-01">`).published).toBe("2021-06-01");
    expect(meta(`<meta name="sailthru.date" content="2021-06-02 14:00:00 +0000">`).published).toBe(
      "2021-06-02T14:00:00Z",
    );
    expect(meta(`<meta name="parsely-pub-date" content="2021-06-03T01:02:03Z">`).published).toBe(
      "2021-06-03T01:02:03Z",
    );
  });

  it("reads a month-name date in the URL path", () => {
    const html = `<link rel="canonical" href="https://news.example/world/2019/nov/18/story">`;
    expect(meta(html).published).toBe("2019-11-18");
  });

  it("maps language tags to ISO 639-1", () => {
    expect(meta(`<html lang="pt-BR"><body></body></html>`).language).toBe("pt");
    expect(meta(`<html><head><meta property="og:locale" content="de_AT"></head></html>`).language).toBe("de");
  });

  it("never throws, whatever the page", () => {
    for (const html of ["", "<", "<script type='application/ld+json'>{{{</script>", "<html lang='???'>", "\u0000"]) {
      expect(() => meta(html)).not.toThrow();
    }
  });
});
