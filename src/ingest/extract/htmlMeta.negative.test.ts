import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readHtmlMeta } from "./htmlMeta.js";

/** Pages that must NOT yield a byline, a date, a title or an outlet from what looks like one. */
const meta = (html: string) => readHtmlMeta(parseHTML(html).document as unknown as Document);

describe("readHtmlMeta negative cases", () => {
  it.each([
    ["a profile URL in article:author", `<meta property="article:author" content="https://www.facebook.com/jane.doe">`],
    ["a URL in meta author", `<meta name="author" content="https://example.org/authors/jane">`],
    ['"Staff"', `<meta name="author" content="Staff">`],
    ['"By Staff"', `<body><article><div class="byline">By Staff</div></article></body>`],
    ['"Reuters Staff"', `<body><article><div class="byline">By Reuters Staff</div></article></body>`],
    [
      "an outlet as author",
      `<meta property="og:site_name" content="Harbor Times"><meta name="author" content="Harbor Times">`,
    ],
    ['"The Editorial Board"', `<meta name="author" content="The Editorial Board">`],
    ["a news agency", `<meta name="author" content="Associated Press">`],
    ["an e-mail address", `<meta name="author" content="newsroom@example.org">`],
    ["a single word", `<meta name="author" content="admin">`],
    [
      "a comment's author",
      `<body><article><p>Text.</p></article><div id="comments"><span class="author">Bob Smith</span></div></body>`,
    ],
    [
      "an Organization JSON-LD author",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Daily Planet News"}}</script>`,
    ],
  ])("no byline from %s", (_what, html) => {
    expect(meta(html).byline).toBeUndefined();
  });

  it.each([
    [
      "a copyright year",
      `<body><main><p>Text.</p></main><footer class="footer-date">© 2023 Valley Courier</footer></body>`,
    ],
    [
      "a copyright line in a date element",
      `<body><article><div class="date">Copyright 2021-2024 Example Media</div></article></body>`,
    ],
    ["a meta copyright", `<meta name="copyright" content="2023">`],
    ["a year alone in a date meta", `<meta name="date" content="2023">`],
    ["a month without a year", `<body><article><span class="date">March 3</span></article></body>`],
    ["a relative date", `<body><article><span class="timestamp">3 hours ago</span></article></body>`],
    ["an impossible date", `<meta property="article:published_time" content="2024-02-30">`],
    ["a year/month URL without a day", `<link rel="canonical" href="https://example.org/2024/05/story-title">`],
    ["a number in a URL that is an id", `<link rel="canonical" href="https://example.org/news/20249999/story">`],
    ["a modified time only", `<meta property="article:modified_time" content="2024-05-31T10:00:00Z">`],
  ])("no published date from %s", (_what, html) => {
    expect(meta(html).published).toBeUndefined();
  });

  it("no title from a logo <h1> that names the outlet", () => {
    expect(
      meta(`<meta property="og:site_name" content="The Daily Planet"><body><h1>The Daily Planet</h1></body>`).title,
    ).toBeUndefined();
  });

  it("no outlet from a URL or handle in og:site_name", () => {
    expect(meta(`<meta property="og:site_name" content="https://www.example.in">`).outlet).toBeUndefined();
    expect(meta(`<meta property="og:site_name" content="@example">`).outlet).toBeUndefined();
  });

  it("no language from an unknown tag, no URL from a relative canonical without a base", () => {
    expect(meta(`<html lang="x-default"><body></body></html>`).language).toBeUndefined();
    expect(meta(`<link rel="canonical" href="/story">`).url).toBeUndefined();
  });
});
