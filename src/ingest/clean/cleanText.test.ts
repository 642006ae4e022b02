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
