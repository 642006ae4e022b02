import { describe, expect, it } from "vitest";
import { normalizeUrl } from "./normalizeUrl.js";

describe("normalizeUrl", () => {
  const base = "https://example.com/world/2024/03/01/flood-kills-12";

  it("gives one key for the variants of one article URL", () => {
    const variants = [
      base,
      "https://www.example.com/world/2024/03/01/flood-kills-12",
      "http://example.com/world/2024/03/01/flood-kills-12",
      "https://EXAMPLE.com:443/world/2024/03/01/flood-kills-12/",
      "http://www.example.com:80/world/2024/03/01/flood-kills-12#comments",
      "https://example.com/world/2024/03/01/flood-kills-12?utm_source=twitter&utm_medium=social",
      "https://example.com/world/2024/03/01/flood-kills-12?fbclid=IwAR0abc&gclid=xyz&mc_cid=1&mc_eid=2",
      "  https://example.com./world/2024/03/01/flood-kills-12  ",
    ];
    for (const url of variants) expect(normalizeUrl(url), url).toBe(base);
  });

  it("sorts the query and keeps parameters that select content", () => {
    expect(normalizeUrl("https://example.com/article?id=7&page=2")).toBe("https://example.com/article?id=7&page=2");
    expect(normalizeUrl("https://example.com/article?page=2&utm_campaign=x&id=7")).toBe(
      "https://example.com/article?id=7&page=2",
    );
    expect(normalizeUrl("https://example.com/?p=123")).toBe("https://example.com?p=123");
  });

  it("keeps what distinguishes two pages", () => {
    expect(normalizeUrl("https://example.com/a/Story")).not.toBe(normalizeUrl("https://example.com/a/story"));
    expect(normalizeUrl("https://example.com/article?id=7")).not.toBe(normalizeUrl("https://example.com/article?id=8"));
    expect(normalizeUrl("https://example.com:8080/a")).toBe("https://example.com:8080/a");
    expect(normalizeUrl("https://news.example.com/a")).not.toBe(normalizeUrl("https://example.com/a"));
    // "www" only as a whole leading label
    expect(normalizeUrl("https://wwwexample.com/a")).toBe("https://wwwexample.com/a");
    // a parameter merely starting with a tracking name is kept
    expect(normalizeUrl("https://example.com/a?utmost=1")).toBe("https://example.com/a?utmost=1");
  });

  it("returns null for what is not an absolute web URL", () => {
    expect(normalizeUrl("")).toBeNull();
    expect(normalizeUrl("not a url")).toBeNull();
    expect(normalizeUrl("/relative/path")).toBeNull();
    expect(normalizeUrl("file:///home/me/a.html")).toBeNull();
    expect(normalizeUrl("mailto:desk@example.com")).toBeNull();
  });
});
