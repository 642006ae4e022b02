import { describe, expect, it } from "vitest";
import { extractHtml, MAX_HTML_CHARS } from "./extractHtml.js";

// Pages that hold no article must give "" — and nothing may throw, whatever the input.
describe("extractHtml negative cases", () => {
  const noArticle: [string, string][] = [
    ["empty string", ""],
    ["whitespace", "  \n\t "],
    ["plain text without tags", "just a word"],
    ["a menu page", "<nav><a href='/a'>News</a> <a href='/b'>Sport</a> <a href='/c'>Weather</a></nav>"],
    [
      "a link list",
      "<ul>" + "<li><a href='/x'>A headline that is only a link to another page</a></li>".repeat(20) + "</ul>",
    ],
    ["a 404 page", "<html><body><h1>Page not found</h1><p>Sorry.</p></body></html>"],
    [
      "a cookie wall",
      "<div class='cookie-consent'><p>We use cookies to improve your experience on our site and to show you relevant advertising.</p></div>",
    ],
    [
      "only scripts and styles",
      "<script>var a = 'a long string of code that is not text at all, not even a little';</script><style>p{}</style>",
    ],
    [
      "hidden text",
      "<div hidden><p>This paragraph is hidden from readers and must not be taken as the article text here.</p></div>",
    ],
    [
      "a sidebar beside only a cookie notice and a login pop-up",
      "<div class='sidebar'><a href='/a'>Archive</a> <a href='/b'>About</a></div>" +
        "<div class='login-modal'><p>Forgot your password? A new password will be e-mailed to you within minutes.</p></div>" +
        "<div class='cookie-consent'><p>We use cookies to improve your experience on our site and to show you relevant advertising.</p></div>",
    ],
    [
      "a comment thread alone",
      "<div id='comments'><p>I completely disagree with this, the council has been wasting money for years now.</p></div>",
    ],
    [
      "only a noscript notice",
      "<noscript><p>Please enable JavaScript in your browser to use this site and all of its many features.</p></noscript><div id='app'></div>",
    ],
    ["binary garbage", "\u0000\u0001\u0002PK\u0003\u0004".repeat(200)],
    ["unclosed tags", "<div><p><b><i><a href='x'>"],
    ["broken JSON-LD", '<script type=\'application/ld+json\'>{"articleBody": "cut off</script>'],
  ];

  for (const [name, html] of noArticle) {
    it(`${name} → ""`, () => {
      const result = extractHtml(html);
      expect(result.text).toBe("");
    });
  }

  it("never throws on non-string input smuggled past the types", () => {
    expect(extractHtml(undefined as unknown as string).text).toBe("");
    expect(extractHtml(42 as unknown as string).text).toBe("");
  });

  it("says that binary input was refused", () => {
    expect(extractHtml("\u0000\u0001\u0002\u0003".repeat(100)).messages?.join(" ")).toMatch(/binary/);
  });
});

describe("extractHtml limits", () => {
  it("cuts a page larger than the limit, says so, and still reads the article at its start", () => {
    const article = `<article>${"<p>The council met on Friday and agreed the budget after a long debate about roads.</p>".repeat(5)}</article>`;
    const filler = "<div><span>x</span></div>".repeat(Math.ceil((MAX_HTML_CHARS + 1_000_000) / 25));
    const started = performance.now();
    const result = extractHtml(`<html><body>${article}${filler}</body></html>`);
    const seconds = (performance.now() - started) / 1000;
    expect(result.messages?.join(" ")).toMatch(/cut|too large/);
    expect(result.text).toContain("The council met on Friday");
    expect(seconds).toBeLessThan(30);
  });

  it("stops at the depth limit on deeply nested pages instead of overflowing the stack", () => {
    const deep = "<div>".repeat(50_000) + "<p>Deep text that is far beyond any reasonable nesting depth of a page.</p>";
    const result = extractHtml(`<html><body>${deep}</body></html>`);
    expect(result.text).toBe("");
    expect(result.messages?.join(" ")).toMatch(/too deep/);
  });

  it("caps the removed list in entries and characters", () => {
    const boxes = "<nav>" + "<a href='/x'>Menu entry</a> ".repeat(2000) + "</nav>";
    const sidebars = Array.from({ length: 200 }, (_, i) => `<aside><a href='/${i}'>Item ${i}</a></aside><p>x</p>`).join(
      "",
    );
    const result = extractHtml(
      `<html><body>${boxes}${sidebars}<article><p>${"Words of the article. ".repeat(20)}</p></article></body></html>`,
    );
    expect(result.removed.length).toBeLessThanOrEqual(60);
    for (const piece of result.removed) expect(piece.text.length).toBeLessThanOrEqual(300);
  });
});
