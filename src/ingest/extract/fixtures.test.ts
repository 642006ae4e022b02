import { describe, expect, it } from "vitest";
import { extractHtml } from "./extractHtml.js";
import { listFixtures, readExpected, runFixture } from "./fixtures/runFixture.js";

// Each folder holds source.html and expected.json; rewrite the expectations with
// `npx tsx src/ingest/extract/fixtures/regenerate.ts` and review the diff.
describe("extractHtml fixtures", () => {
  const slugs = listFixtures();

  it("has the fixture folders", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(8);
  });

  for (const slug of slugs) {
    it(slug, () => {
      const expected = readExpected(slug);
      expect(expected, `${slug}/expected.json is missing: run the regenerate script`).not.toBeNull();
      expect(runFixture(slug)).toEqual(expected);
    });
  }
});

describe("what the fixtures show", () => {
  const text = (slug: string): string => runFixture(slug).paragraphs.join("\n\n");

  it("keeps the story's paragraphs, subheadings and list items, and drops the furniture", () => {
    const body = text("news-article-boilerplate");
    expect(body).toContain("The harbour bridge reopened to traffic on Thursday morning");
    expect(body).toContain("Traffic expected to ease");
    expect(body).toContain("Lorries over 12 tonnes remain barred until May.");
    for (const furniture of [
      "Skip to content",
      "Share on Facebook",
      "Sign up for our morning briefing",
      "Finally!",
      "©",
    ]) {
      expect(body).not.toContain(furniture);
    }
    expect(body).not.toContain("Ferry service adds crossings");
    expect(body).not.toContain("Harbour bridge reopens after eight months");
  });

  it("says why each piece was removed", () => {
    const reasons = new Set(runFixture("news-article-boilerplate").removed.map((r) => r.reason));
    for (const reason of ["navigation", "comments", "footer", "share/subscribe call to action", "image caption"]) {
      expect(reasons).toContain(reason);
    }
  });

  it("reads an article split around an ad box whole, without the ad or the sidebar", () => {
    const body = text("split-article-with-ad");
    expect(body).toContain("Farmers in the southern plains");
    expect(body).toContain("strategic reserve in July.");
    expect(body).not.toContain("Buy cheap flights");
    expect(body).not.toContain("Heatwave warning");
  });

  it("leaves out teaser cards whose summaries read like prose", () => {
    const body = text("teasers-beside-article");
    expect(body).toContain("The central library will stay open until midnight");
    expect(body).not.toContain("protected lanes");
  });

  it("does not take an opinion piece ('commentary') for a comment thread", () => {
    const body = text("commentary-with-comments");
    expect(body).toContain("A second crane would cost less");
    expect(body).not.toContain("Completely agree");
  });

  it("reads a script-rendered post from its <noscript> copy, and only when the page has no article otherwise", () => {
    const result = runFixture("noscript-rendered-post");
    expect(result.paragraphs.join(" ")).toContain("updated in real time");
    expect(result.paragraphs.join(" ")).not.toContain("enable JavaScript");
    expect(result.messages.join(" ")).toMatch(/noscript/);
    // An ordinary page keeps ignoring its <noscript> notes.
    expect(runFixture("news-article-boilerplate").messages.join(" ")).not.toMatch(/noscript/);
  });

  it("reads a short post of quoted lines as an article, without ruby reading aids", () => {
    const body = text("short-post-quotes-and-ruby");
    expect(body).toContain("„Ich weiß, ich bin müde");
    expect(body).toContain("– „Ok.“");
    expect(body).toContain("Der Satz 漢字 steht");
    expect(body).not.toContain("かんじ");
  });

  it("drops furniture lines inside <br> blocks and a closing subheading, keeps embedded posts and addresses", () => {
    const body = text("br-lines-and-trailing-labels");
    expect(body).toContain("Die erste Hummel des Jahres");
    expect(body).toContain("Gartenweg 4");
    expect(body).toContain("Adresse des Vereins:");
    for (const furniture of ["War der Artikel nützlich?", "Weitere Informationen", "Zum Weiterlesen", "Teilen"]) {
      expect(body).not.toContain(furniture);
    }
  });

  it("reads a story inside a layout wrapper named after its sidebar, however much prose the overlays hold", () => {
    const result = runFixture("sidebar-layout-wrapper-with-overlays");
    const body = result.paragraphs.join("\n\n");
    expect(body).toContain("The night ferry to the islands will keep its Sunday crossing");
    expect(body).toContain("no way home");
    for (const furniture of ["Harbour news", "password", "cookies"]) expect(body).not.toContain(furniture);
  });

  it("still drops a real sidebar with prose beside the story when overlays hold prose too", () => {
    const story =
      "<p>The night ferry will keep its Sunday crossing through the winter, the harbour board decided.</p>".repeat(3);
    const html =
      `<div class="wrap"><article>${story}</article>` +
      "<div class='sidebar'><p>Our harbour guide tells you where to eat, sleep and swim on every island, with maps.</p></div></div>" +
      "<div class='cookie-consent'><p>We use cookies to improve your experience on our site and to show you relevant advertising.</p></div>";
    const body = extractHtml(html).text;
    expect(body).toContain("Sunday crossing");
    expect(body).not.toContain("harbour guide");
  });

  it("falls back to the JSON-LD articleBody when the page renders nothing", () => {
    const result = runFixture("json-ld-body-only");
    expect(result.paragraphs[0]).toMatch(/^Heavy snow closed the northern mountain pass/);
    expect(result.messages.join(" ")).toMatch(/JSON-LD/);
  });
});
