import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode, looksBinary, normaliseCharset } from "./decode.js";

function ok(result: ReturnType<typeof decode>) {
  if (!result.ok) throw new Error(`expected decoded text, got failure: ${result.reason}`);
  return result;
}

describe("decode", () => {
  it("reads valid UTF-8 without notes", () => {
    const result = ok(decode(Buffer.from("Zürich – “quoted” 北京"), { kind: "text" }));
    expect(result).toMatchObject({ text: "Zürich – “quoted” 北京", encoding: "utf-8", notes: [] });
  });

  it("uses the charset of the HTTP Content-Type", () => {
    const bytes = iconv.encode("Łódź, Kraków", "iso-8859-2");
    const result = ok(decode(bytes, { kind: "html", contentType: 'text/html; charset="ISO-8859-2"' }));
    expect(result.text).toBe("Łódź, Kraków");
    expect(result.encoding).toBe("iso-8859-2");
  });

  it("uses <meta charset> and http-equiv in the first 4 KB of HTML", () => {
    const page = '<html><head><meta charset="windows-1251"><title>Новости</title></head></html>';
    expect(ok(decode(iconv.encode(page, "windows-1251"), { kind: "html" })).text).toContain("Новости");
    const equiv =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"><p>Αθήνα</p></head></html>';
    const result = ok(decode(iconv.encode(equiv, "iso-8859-7"), { kind: "html" }));
    expect(result.text).toContain("Αθήνα");
    expect(result.encoding).toBe("iso-8859-7");
  });

  it("ignores <meta charset> in plain text, and past the first 4 KB", () => {
    const late = " ".repeat(5000) + '<meta charset="koi8-r">café';
    const result = ok(decode(iconv.encode(late, "windows-1252"), { kind: "html" }));
    expect(result.encoding).toBe("windows-1252");
    expect(result.text.endsWith("café")).toBe(true);
  });

  it("uses the XML declaration's encoding for feeds", () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-15"?><rss><title>Prix 5 €</title></rss>';
    const result = ok(decode(iconv.encode(xml, "iso-8859-15"), { kind: "xml" }));
    expect(result.text).toContain("5 €");
  });

  it("lets the HTTP header win over <meta>", () => {
    const page = '<meta charset="utf-8"><p>Ελλάδα</p>';
    const result = ok(
      decode(iconv.encode(page, "iso-8859-7"), { kind: "html", contentType: "text/html; charset=iso-8859-7" }),
    );
    expect(result.text).toContain("Ελλάδα");
  });

  it("reads ISO-8859-1 labels as windows-1252, as browsers do (curly quotes in 0x80-0x9F)", () => {
    const bytes = Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80]);
    expect(ok(decode(bytes, { kind: "text", contentType: "text/plain; charset=iso-8859-1" })).text).toBe("“Hi” €");
  });

  it("falls back to windows-1252 when nothing is declared and the bytes are not UTF-8, with a note", () => {
    const result = ok(decode(iconv.encode("naïve café – “quoted”", "windows-1252"), { kind: "text" }));
    expect(result.text).toBe("naïve café – “quoted”");
    expect(result.encoding).toBe("windows-1252");
    expect(result.notes[0]).toMatch(/no charset declared.*windows-1252/);
  });

  it("replaces invalid UTF-8 in a document declared UTF-8, and says so", () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="utf-8"><p>ok '),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from(" end</p>"),
    ]);
    const result = ok(decode(bytes, { kind: "html" }));
    expect(result.text).toContain("ok \uFFFD\uFFFDA end");
    expect(result.notes).toEqual(["invalid UTF-8: 2 byte sequence(s) replaced with U+FFFD"]);
  });

  it("prefers valid UTF-8 over a declared single-byte charset (server default headers)", () => {
    const result = ok(decode(Buffer.from("São Paulo"), { kind: "html", contentType: "text/html; charset=ISO-8859-1" }));
    expect(result.text).toBe("São Paulo");
    expect(result.notes[0]).toMatch(/declared windows-1252 but the bytes are valid UTF-8/);
  });

  it("reads UTF-16 LE and BE with a BOM, and a UTF-8 BOM, dropping the mark", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Grüße <p>", "utf16le")]);
    expect(ok(decode(le, { kind: "html" }))).toMatchObject({ text: "Grüße <p>", encoding: "utf-16le" });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode("Grüße", "utf-16be")]);
    expect(ok(decode(be, { kind: "text" }))).toMatchObject({ text: "Grüße", encoding: "utf-16be" });
    const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("x")]);
    expect(ok(decode(bom8, { kind: "text" })).text).toBe("x");
  });

  it("reads UTF-16 LE without a BOM instead of calling it binary", () => {
    const result = ok(decode(Buffer.from("Plain ASCII-range text in UTF-16", "utf16le"), { kind: "text" }));
    expect(result.text).toBe("Plain ASCII-range text in UTF-16");
  });

  it("ignores an unknown charset with a note", () => {
    const result = ok(decode(Buffer.from("abc"), { kind: "text", contentType: "text/plain; charset=x-nonsense" }));
    expect(result.text).toBe("abc");
    expect(result.notes[0]).toMatch(/unknown charset "x-nonsense"/);
  });

  it("refuses binary content", () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(decode(png, { kind: "html" })).toEqual({ ok: false, reason: "binary content, not text" });
  });
});

describe("looksBinary", () => {
  it("flags NUL bytes and many control characters, not text with tabs and newlines", () => {
    expect(looksBinary(Buffer.from("a\u0000b"))).toBe(true);
    expect(looksBinary(Buffer.from("\u0001\u0002\u0003\u0004abcdef"))).toBe(true);
    expect(looksBinary(Buffer.from("col1\tcol2\r\nline\fpage\n"))).toBe(false);
    expect(looksBinary(Buffer.alloc(0))).toBe(false);
  });
});

describe("normaliseCharset", () => {
  it("maps labels to names the decoders know", () => {
    expect(normaliseCharset("UTF8")).toBe("utf-8");
    expect(normaliseCharset('"latin1"')).toBe("windows-1252");
    expect(normaliseCharset("Shift_JIS")).toBe("shift_jis");
    expect(normaliseCharset("klingon")).toBeNull();
  });
});

describe("decode without a declared charset", () => {
  it("keeps mostly-valid UTF-8 as UTF-8, replacing the few broken bytes, with a note", () => {
    const bytes = Buffer.concat([Buffer.from("Müller, Gödel, Straße "), Buffer.from([0xc3]), Buffer.from(" Zürich")]);
    const result = decode(bytes, { kind: "text" });
    expect(result).toEqual({
      ok: true,
      text: "Müller, Gödel, Straße \uFFFD Zürich",
      encoding: "utf-8",
      notes: ["invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD"],
    });
  });
});
