import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readHtml } from "./readHtml.js";

describe("readHtml", () => {
  it("decodes the page and leaves metadata to the pipeline", () => {
    const page = '<html><head><meta charset="iso-8859-2"><title>Łódź</title></head><body><p>Tekst</p></body></html>';
    const result = readHtml("page.html", iconv.encode(page, "iso-8859-2"));
    expect(result).toEqual({
      ok: true,
      doc: { source: "page.html", format: "html", body: page, meta: {}, encoding: "iso-8859-2" },
    });
  });

  it("notes invalid UTF-8 and keeps the text", () => {
    const bytes = Buffer.concat([Buffer.from("<p>café, naïve, caf"), Buffer.from([0xc3]), Buffer.from("</p>")]);
    const result = readHtml("bad.html", bytes);
    expect(result.ok && result.doc.body).toBe("<p>café, naïve, caf\uFFFD</p>");
    expect(result.ok && result.doc.notes).toEqual(["invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD"]);
  });

  it("fails on a binary file named .html and on an empty page", () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
    expect(readHtml("photo.html", jpeg)).toEqual({
      ok: false,
      failure: { source: "photo.html", reason: "binary content, not text" },
    });
    expect(readHtml("blank.html", Buffer.from("\n \n"))).toEqual({
      ok: false,
      failure: { source: "blank.html", reason: "empty file (only whitespace)" },
    });
  });
});
