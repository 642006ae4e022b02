import { describe, expect, it } from "vitest";
import type { ReadResult } from "../../article.js";
import { readText } from "./readText.js";

function doc(result: ReadResult) {
  if (!result.ok) throw new Error(`expected a document, got: ${result.failure.reason}`);
  return result.doc;
}

const read = (text: string, format: "text" | "markdown" = "markdown") =>
  readText("story.md", Buffer.from(text), format);

describe("readText", () => {
  it("reads a plain text file as it is", () => {
    expect(doc(read("Rain fell on Tuesday.\n", "text"))).toEqual({
      source: "story.md",
      format: "text",
      body: "Rain fell on Tuesday.\n",
      meta: {},
      encoding: "utf-8",
    });
  });

  it("splits YAML front matter into meta and keeps the body without it", () => {
    const d = doc(
      read(
        [
          "---",
          "title: Floods in the north",
          "outlet: The Daily Example",
          "url: https://example.org/floods",
          "published: 2024-03-05",
          "byline: Jane Doe",
          "language: en-GB",
          "tags: [weather]",
          "---",
          "# Floods",
          "",
          "Rain fell.",
        ].join("\n"),
      ),
    );
    expect(d.body).toBe("# Floods\n\nRain fell.");
    expect(d.meta).toEqual({
      title: "Floods in the north",
      outlet: "The Daily Example",
      url: "https://example.org/floods",
      published: "2024-03-05",
      byline: "Jane Doe",
      language: "en",
    });
    expect(d.notes).toBeUndefined();
  });

  it("turns a date-time into ISO 8601 and reads an unquoted number as a title", () => {
    const d = doc(read("---\ntitle: 1984\npublished: Tue, 05 Mar 2024 14:30:00 +0100\n---\nBody"));
    expect(d.meta).toEqual({ title: "1984", published: "2024-03-05T13:30:00.000Z" });
  });

  it("ignores a bad field with a note naming it, and keeps the others and the body", () => {
    const d = doc(read("---\ntitle: Ok\npublished: next week\nurl: ftp://x\n---\nBody text"));
    expect(d.meta).toEqual({ title: "Ok" });
    expect(d.body).toBe("Body text");
    expect(d.notes).toEqual(
      [
        expect.stringMatching(/^front matter: url: not an http\(s\) URL \(field ignored\)$/),
        expect.stringMatching(/^front matter: published: not a date; write it as ISO 8601/),
      ].sort(),
    );
  });

  it("ignores front matter that is not YAML, with a note and the line, and still reads the body", () => {
    const d = doc(read("---\ntitle: [unclosed\n---\nThe body."));
    expect(d.meta).toEqual({});
    expect(d.body).toBe("The body.");
    expect(d.notes?.[0]).toMatch(/^front matter ignored: YAML error at line \d+/);
  });

  it("ignores front matter that is a list, not fields", () => {
    expect(doc(read("---\n- a\n- b\n---\nBody")).notes?.[0]).toMatch(/must be a YAML mapping/);
  });

  it("does not take a horizontal rule later in the text for front matter", () => {
    const d = doc(read("Intro\n---\ntitle: no\n---\nmore"));
    expect(d.meta).toEqual({});
    expect(d.body).toBe("Intro\n---\ntitle: no\n---\nmore");
  });

  it("fails on an empty file and on front matter with no text after it", () => {
    expect(read("  \n\n")).toEqual({
      ok: false,
      failure: { source: "story.md", reason: "empty file (only whitespace)" },
    });
    expect(read("---\ntitle: x\n---\n")).toEqual({
      ok: false,
      failure: { source: "story.md", reason: "no text after the front matter" },
    });
  });

  it("fails on binary content", () => {
    expect(readText("x.txt", Buffer.from([0, 1, 2, 3]), "text")).toEqual({
      ok: false,
      failure: { source: "x.txt", reason: "binary content, not text" },
    });
  });
});
