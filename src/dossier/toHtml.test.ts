import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { formatFlag, parseFlags } from "../cli/options.js";
import { hostileDossier, HOSTILE } from "./report/hostileDossier.js";
import { HTML_STYLE } from "./report/htmlStyle.js";
import { formatOfFile, render } from "./render.js";
import { escapeHtml, HTML_CSP, toHtml } from "./toHtml.js";

const html = toHtml(hostileDossier());
const { document } = new JSDOM(html).window;

describe("toHtml: hostile article content is inert", () => {
  it("has no script, no event handler, no embedded or loaded resource", () => {
    expect(
      document.querySelectorAll("script, img, svg, iframe, object, embed, link, base, form, video, audio"),
    ).toHaveLength(0);
    for (const el of document.querySelectorAll("*")) {
      for (const attr of el.getAttributeNames()) expect(attr, `<${el.tagName} ${attr}>`).not.toMatch(/^on/i);
      expect(el.getAttribute("style"), `<${el.tagName} style>`).toBeNull();
    }
    // In the source too: the hostile tags only ever appear escaped (an escaped `onerror=` is text, so not checked).
    expect(html).not.toMatch(/<(?:script|img|svg|iframe)/i);
  });

  it("keeps the one inline style sheet intact: article text cannot close it", () => {
    const styles = document.querySelectorAll("style");
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toBe(HTML_STYLE);
  });

  it("sets a strict Content-Security-Policy and no referrer", () => {
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute("content")).toBe(HTML_CSP);
    expect(HTML_CSP).toContain("default-src 'none'");
    expect(HTML_CSP).toContain("style-src 'unsafe-inline'");
    expect(HTML_CSP).not.toContain("script-src");
    expect(document.querySelector('meta[name="referrer"]')?.getAttribute("content")).toBe("no-referrer");
    // The CSP must come before anything the page could load: first in <head> after the charset.
    expect(document.head.children[1]).toBe(csp);
  });

  it("links only http(s) addresses, with rel=noopener noreferrer; other addresses stay text", () => {
    const links = [...document.querySelectorAll("a")];
    const outside = links.filter((a) => !a.getAttribute("href")?.startsWith("#"));
    expect(outside.length).toBeGreaterThan(0);
    for (const a of outside) {
      expect(new URL(a.getAttribute("href") ?? "").protocol).toMatch(/^https?:$/);
      expect(a.getAttribute("rel")).toBe("noopener noreferrer");
    }
    for (const a of links) expect(a.getAttribute("href")).not.toMatch(/^\s*(?:javascript|data|vbscript):/i);
    // The address with quotes and angle brackets is linked, percent-encoded, and cannot break out of href.
    expect(outside.map((a) => a.getAttribute("href"))).toContain(new URL(HOSTILE.oddHttpUrl).href);
    // The refused addresses are still shown, as text.
    expect(document.body.textContent).toContain(HOSTILE.javascriptUrl);
    expect(document.body.textContent).toContain(HOSTILE.dataUrl);
  });

  it("shows the hostile strings as the text they are", () => {
    const text = document.body.textContent ?? "";
    for (const value of [HOSTILE.script, HOSTILE.img, HOSTILE.styleBreak, HOSTILE.attribute, HOSTILE.svg]) {
      expect(text).toContain(value);
    }
    // Titles of citations are attributes: quotes inside them stay inside.
    const cite = document.querySelector("a.cite");
    expect(cite?.getAttribute("title")).toContain(HOSTILE.script);
    expect(cite?.getAttributeNames().sort()).toEqual(["class", "href", "title"]);
  });

  it("drops control characters and lone surrogates", () => {
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    expect(html).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(escapeHtml("a\u0000b\uD800c")).toBe("ab\uFFFDc");
  });

  it("gives every id once, and every in-page link a target", () => {
    const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of document.querySelectorAll('a[href^="#"]')) {
      const target = a.getAttribute("href")?.slice(1) ?? "";
      expect(document.getElementById(target), `#${target}`).not.toBeNull();
    }
  });
});

describe("toHtml: escapeHtml", () => {
  it("escapes the five HTML specials", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});

describe("render: html format", () => {
  it("is chosen by --format html and by .html/.htm file names", () => {
    expect(render(hostileDossier(), "html")).toBe(html);
    expect(formatOfFile("out/dossier.html")).toBe("html");
    expect(formatOfFile("DOSSIER.HTM")).toBe("html");
    expect(parseFlags(formatFlag, "html")).toBe("html");
  });
});
