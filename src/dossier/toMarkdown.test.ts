import { describe, expect, it } from "vitest";
import { hostileDossier, HOSTILE } from "./report/hostileDossier.js";
import { escapeMarkdown, toMarkdown } from "./toMarkdown.js";

const md = toMarkdown(hostileDossier());
/** Link destinations the renderer writes: `](<https://…>)`. */
const OWN_LINK = /(?<!\\)\]\(<([^<>\s]*)>\)/g;

/** The Markdown with the renderer's own syntax taken out: what is left came from the articles. */
function articleText(markdown: string): string {
  return markdown.replace(OWN_LINK, "]").replace(/<br>/g, " ").replace(/^> /gm, "");
}

describe("toMarkdown: hostile article content never becomes markup", () => {
  it("escapes every angle bracket, so no HTML reaches a Markdown renderer", () => {
    expect(articleText(md)).not.toMatch(/(?<!\\)[<>]/);
  });

  it("writes links only to http(s) addresses; the rest stays text", () => {
    const destinations = [...md.matchAll(OWN_LINK)].map((m) => m[1] ?? "");
    expect(destinations.length).toBeGreaterThan(0);
    for (const d of destinations) expect(new URL(d).protocol).toMatch(/^https?:$/);
    // No other link or image syntax: every bracket from article text is escaped.
    expect(articleText(md)).not.toMatch(/(?<!\\)[[\]]\(/);
    expect(articleText(md)).not.toMatch(/(?<!\\)!(?<!\\)\[/);
    expect(md).toContain(escapeMarkdown(HOSTILE.javascriptUrl));
  });

  it("keeps table rows whole: pipes and line breaks from articles cannot split a row", () => {
    const rows = md.split("\n").filter((l) => l.startsWith("| "));
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row.endsWith(" |")).toBe(true);
    expect(escapeMarkdown("a | b\nc")).toBe("a \\| b c");
  });

  it("escapes what would start a list or heading at the start of a line", () => {
    expect(escapeMarkdown("- not a list")).toBe("\\- not a list");
    expect(escapeMarkdown("1. not a list")).toBe("1\\. not a list");
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
  });
});
