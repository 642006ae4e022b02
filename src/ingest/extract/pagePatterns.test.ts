import { describe, expect, it } from "vitest";
import {
  AD_HINT,
  AUTHOR_HINT,
  COMMENTS_HINT,
  CONTENT_HINT,
  EMBED_HINT,
  ENDS_LIKE_SENTENCE,
  NAVIGATION_HINT,
  NON_ROLE_CLASS_TOKEN,
  PAYWALL_HINT,
  RELATED_HINT,
  SHARE_HINT,
  SIDEBAR_HINT,
  TOC_HINT,
} from "./pagePatterns.js";

// Each pattern runs on an element's lower-cased "class id" string.
const cases: [string, RegExp, string[], string[]][] = [
  [
    "COMMENTS_HINT",
    COMMENTS_HINT,
    ["comments-area", "disqus_thread", "comment-list", "kommentare", "seccion comentarios"],
    ["commentary opinion", "commentator", "internet-estallido-comentarios"],
  ],
  [
    "RELATED_HINT",
    RELATED_HINT,
    [
      "related-stories",
      "more-stories",
      "outbrain-widget",
      "read-more",
      "artikel-empfehlungen",
      "articoli-correlati",
      "gerelateerd",
    ],
    ["story-body", "relation"],
  ],
  [
    "SHARE_HINT",
    SHARE_HINT,
    [
      "share-tools",
      "newsletter-signup",
      "social-links",
      "shariff",
      "artikel-teilen",
      "partager",
      "compartir",
      "condividi",
      "delen",
    ],
    ["story-body", "sharp-image", "modelen"],
  ],
  ["PAYWALL_HINT", PAYWALL_HINT, ["paywall", "article-paywall"], ["share-tools", "wall-street"]],
  [
    "AD_HINT",
    AD_HINT,
    ["ad-slot", "ads", "advertisement", "sponsored-content", "anzeige", "publicite"],
    ["header", "read", "shadow", "loaded"],
  ],
  [
    "NAVIGATION_HINT",
    NAVIGATION_HINT,
    ["main-menu", "breadcrumbs", "site-nav", "pagination"],
    ["canvas", "unavailable", "tagstyle_z4kqwb"],
  ],
  ["SIDEBAR_HINT", SIDEBAR_HINT, ["sidebar", "right-rail", "rail"], ["elementor-widget", "trailer", "guardrail"]],
  [
    "AUTHOR_HINT",
    AUTHOR_HINT,
    ["author-bio", "byline", "mini-bio", "entry-meta", "autor-box", "autorenbox"],
    ["authority-report"],
  ],
  ["TOC_HINT", TOC_HINT, ["toc_container", "table-of-contents"], ["stock-prices", "tocantins"]],
  ["CONTENT_HINT", CONTENT_HINT, ["article-body", "story", "entry-content", "post-body"], ["sidebar", "menu"]],
  [
    "EMBED_HINT",
    EMBED_HINT,
    ["social-media-embed", "twitter-tweet", "instagram-media", "embedded-post"],
    ["social-share", "mc_embed_signup_scroll", "share-buttons"],
  ],
];

describe("class/id patterns", () => {
  for (const [name, pattern, matches, misses] of cases) {
    it(`${name} matches ${matches.join(", ")}`, () => {
      for (const words of matches) expect(pattern.test(words), words).toBe(true);
    });
    it(`${name} does not match ${misses.join(", ")}`, () => {
      for (const words of misses) expect(pattern.test(words), words).toBe(false);
    });
  }
});

describe("ENDS_LIKE_SENTENCE", () => {
  it("matches prose endings", () => {
    for (const text of ["He left.", "Why?", "“Never,” she said.”", "(see below)", "„Dann sag es nicht.“", "»Ja«"])
      expect(ENDS_LIKE_SENTENCE.test(text)).toBe(true);
  });
  it("does not match labels", () => {
    for (const text of ["Related stories", "Share", "14 March 2024", "Lesen Sie auch"])
      expect(ENDS_LIKE_SENTENCE.test(text)).toBe(false);
  });
});

describe("NON_ROLE_CLASS_TOKEN", () => {
  it("strips negations and a post's taxonomy classes", () => {
    const words = "row non-paywall post category-kommentar tag-social-media format-standard no-sidebar";
    expect(words.replace(NON_ROLE_CLASS_TOKEN, " ").trim().split(/\s+/u)).toEqual(["row", "post"]);
  });
  it("strips page wrappers, whatever menu or sidebar their name starts with", () => {
    const words = "mmenu-pagewrapper left-navigation_page-wrapper sidebar-site-wrap nav";
    expect(words.replace(NON_ROLE_CLASS_TOKEN, " ").trim().split(/\s+/u)).toEqual(["nav"]);
  });
  it("keeps role words", () => {
    expect("share-tools comments-area".replace(NON_ROLE_CLASS_TOKEN, " ")).toBe("share-tools comments-area");
    expect("menu-wrapper sidebar-wrap page-header".replace(NON_ROLE_CLASS_TOKEN, " ")).toBe(
      "menu-wrapper sidebar-wrap page-header",
    );
  });
});
