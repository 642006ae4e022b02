import { describe, expect, it } from "vitest";
import { stripMarkdownLine } from "./stripMarkdown.js";

describe("stripMarkdownLine", () => {
  it("keeps link text, drops heading hashes and emphasis", () => {
    expect(stripMarkdownLine("## [Gaza](https://x.test/gaza) talks **resume**")).toMatchObject({
      text: "Gaza talks resume",
      heading: 2,
      linkOnly: false,
    });
    expect(stripMarkdownLine("*By Omar Khalil*").text).toBe("By Omar Khalil");
    expect(stripMarkdownLine("> A quoted line").text).toBe("A quoted line");
  });

  it("takes images out and reports them", () => {
    const line = stripMarkdownLine('Before ![Alt](https://x.test/a.jpg "t") after');
    expect(line.text).toBe("Before  after");
    expect(line.images).toEqual(['![Alt](https://x.test/a.jpg "t")']);
  });

  it("marks a line that is only a link", () => {
    expect(stripMarkdownLine("[Turkey's opposition sweeps cities](https://x.test/t)").linkOnly).toBe(true);
    expect(stripMarkdownLine("- [World](https://x.test/w)").linkOnly).toBe(true);
  });

  it("leaves plain text alone", () => {
    for (const text of [
      "snake_case_name and 2 * 3 * 4",
      "Home > World",
      "#MeToo rallies",
      "a_b and *",
      "U.S. [sic] text",
    ]) {
      expect(stripMarkdownLine(text).text).toBe(text);
    }
  });
});
