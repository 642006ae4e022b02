import { describe, expect, it } from "vitest";
import { isGzip, kindFromPath, sniffKind } from "./sniff.js";

describe("kindFromPath", () => {
  it("reads the kind from the extension, looking through .gz", () => {
    expect(kindFromPath("a/b.txt")).toEqual({ kind: "text", gzip: false });
    expect(kindFromPath("notes.MD")).toEqual({ kind: "markdown", gzip: false });
    expect(kindFromPath("page.htm.gz")).toEqual({ kind: "html", gzip: true });
    expect(kindFromPath("list.jsonl")).toEqual({ kind: "manifest", gzip: false });
    expect(kindFromPath("world.rss")).toEqual({ kind: "feed", gzip: false });
    expect(kindFromPath("CC-NEWS-2024.warc.gz")).toEqual({ kind: "warc", gzip: true });
  });
  it("knows nothing of other extensions or names without one", () => {
    expect(kindFromPath("photo.jpg").kind).toBeNull();
    expect(kindFromPath("README").kind).toBeNull();
    expect(kindFromPath("archive.gz")).toEqual({ kind: null, gzip: true });
  });
});

describe("sniffKind", () => {
  const sniff = (s: string) => sniffKind(Buffer.from(s));
  it("recognises each kind by its first bytes", () => {
    expect(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n")).toBe("warc");
    expect(sniff('<?xml version="1.0"?>\n<rss version="2.0"><channel>')).toBe("feed");
    expect(sniff('<feed xmlns="http://www.w3.org/2005/Atom">')).toBe("feed");
    expect(sniff('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">')).toBe("feed");
    expect(sniff("\n  <!DOCTYPE html><html><body>")).toBe("html");
    expect(sniff("<p>Fragment of a page</p>")).toBe("html");
    expect(sniff('{"text": "one"}\n{"text": "two"}\n')).toBe("manifest");
    expect(sniff("---\ntitle: x\n---\nBody")).toBe("markdown");
    expect(sniff("# Heading\n\nBody")).toBe("markdown");
    expect(sniff("Just a paragraph of news text.")).toBe("text");
  });
  it("does not take a sentence in braces or a hashtag for JSON or Markdown", () => {
    expect(sniff("{sic} the minister said")).toBe("text");
    expect(sniff("#breaking news")).toBe("text");
  });
  it("tells gzip by its magic number", () => {
    expect(isGzip(Buffer.from([0x1f, 0x8b, 8]))).toBe(true);
    expect(isGzip(Buffer.from("text"))).toBe(false);
  });
});
