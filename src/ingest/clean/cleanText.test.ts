import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanText } from "./cleanText.js";
import { fixtureDir, listFixtures } from "./fixtures/runFixture.js";

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

describe("cleanText", () => {
  it("returns empty text for empty or blank input", () => {
    expect(cleanText("")).toEqual({ text: "", removed: [], meta: {} });
    expect(cleanText(" \n\n\t \r\n").text).toBe("");
  });

  it("never throws on odd input", () => {
    const odd = [
      "-",
      "—\n—\n—",
      "By",
      "(Reuters) -",
      "# ",
      "![](x)",
      "[](",
      "\u0000\u200b",
      "a\n'\n,\n.",
      "A".repeat(10_000),
    ];
    for (const input of odd) expect(() => cleanText(input)).not.toThrow();
  });

  it("separates paragraphs with one blank line and keeps sentences whole", () => {
    const { text } = cleanText("First paragraph here, with a clause.\r\n\r\n\r\nSecond one.\nThird one.");
    expect(text).toBe("First paragraph here, with a clause.\n\nSecond one.\n\nThird one.");
  });

  it("uses hints.title to find the repeated headline", () => {
    const { text, removed, meta } = cleanText("Talks Resume\nThe talks resumed on Monday in Doha.", {
      title: "Talks resume",
    });
    expect(text).toBe("The talks resumed on Monday in Doha.");
    expect(removed).toEqual([{ text: "Talks Resume", reason: "repeated headline" }]);
    expect(meta.title).toBe("Talks resume");
  });

  it("splits an outlet suffix off the title", () => {
    const { meta } = cleanText("Truce holds in Gaza | Al Jazeera\n\nThe truce held overnight, officials said.");
    expect(meta).toMatchObject({ title: "Truce holds in Gaza", outlet: "Al Jazeera" });
  });

  it("keeps the standfirst as the first paragraph, never as the title, and reads the dateline after it", () => {
    const input = [
      "Menu",
      "Ferry link to the islands suspended for a second week",
      "Islanders rely on a twice-weekly cargo flight. Repairs will take ten more days.",
      "By Ewan Drever · 4 March 2024",
      "KIRKWALL, Scotland (SNW) — The ferry operator said on Monday that the crossing would stay closed.",
    ].join("\n");
    const { text, meta } = cleanText(input);
    expect(meta).toMatchObject({
      title: "Ferry link to the islands suspended for a second week",
      byline: "Ewan Drever",
      dateline: "KIRKWALL",
      published: "2024-03-04",
    });
    expect(text.split("\n\n")).toEqual([
      "Islanders rely on a twice-weekly cargo flight. Repairs will take ten more days.",
      "The ferry operator said on Monday that the crossing would stay closed.",
    ]);
  });

  it("prefers a headline printed twice over a promotion before it", () => {
    const input = [
      "Get 12 weeks of digital access for €1",
      "Ferry link to the islands suspended again",
      "Ferry link to the islands suspended again",
      "The ferry operator said on Monday that the crossing would stay closed.",
    ].join("\n");
    expect(cleanText(input).meta.title).toBe("Ferry link to the islands suspended again");
  });

  it("names the outlet that published the page, not the wire whose story it republished", () => {
    const input = [
      "Ferry link to the islands suspended again",
      "By Ewan Drever, Scottish News Wire",
      "KIRKWALL (SNW) — The ferry operator said on Monday that the crossing would stay closed.",
      "This article was republished from Scottish News Wire under a licence.",
      "Copyright © 2024 Orkney Evening Courier Ltd",
    ].join("\n");
    expect(cleanText(input).meta.outlet).toBe("Orkney Evening Courier");
    expect(cleanText(input.split("\n").slice(0, 4).join("\n")).meta.outlet).toBeUndefined();
    expect(cleanText(input.split("\n").slice(0, 3).join("\n")).meta.outlet).toBe("Scottish News Wire");
  });

  it("takes the page's first line as its masthead, but not a menu entry", () => {
    const body =
      "Ferry link to the islands suspended again\nThe ferry operator said on Monday that the crossing would stay closed.";
    expect(cleanText(`Skip to content\nThe Island Bulletin\nNews\n${body}`).meta.outlet).toBe("The Island Bulletin");
    expect(cleanText(`News\nLive TV\n${body}`).meta.outlet).toBeUndefined();
  });

  it("puts back a sentence cut by a related headline", () => {
    const input = [
      "The foreign ministers of Egypt and Jordan met in Amman on",
      "-",
      "Oil prices climb as Red Sea shipping disruptions persist",
      "-",
      "tuesday to discuss the crossing.",
    ].join("\n");
    expect(cleanText(input).text).toBe(
      "The foreign ministers of Egypt and Jordan met in Amman on tuesday to discuss the crossing.",
    );
  });

  it("loses no word silently: every input word is in the text, in a removed piece, or inside a joined word", () => {
    for (const slug of listFixtures()) {
      const input = readFileSync(join(fixtureDir, slug, "input.txt"), "utf8").replace(/\]\([^)]*\)/gu, "]");
      const { text, removed } = cleanText(input);
      const out = [text, ...removed.map((r) => r.text)].join(" ");
      const kept = new Set(words(out));
      const joined = words(out).join(" ");
      const lost = words(input).filter((w) => !kept.has(w) && !joined.includes(w));
      expect(lost, slug).toEqual([]);
    }
  });
});
