import { describe, expect, it } from "vitest";
import type { Dossier } from "./dossier.js";
import { hostileDossier, HOSTILE } from "./report/hostileDossier.js";
import { toHtml } from "./toHtml.js";
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

describe("toMarkdown and toHtml: a dossier read back from an older JSON file", () => {
  /** Contract fields only: no framing details, omissions, events, graph; the old timeline shape. */
  const legacy = {
    version: "0.0.9",
    generated: "2025-03-24T10:11:12.000Z",
    articles: hostileDossier().articles.map((a) => ({ ...a, title: "Old article" })),
    actors: [],
    stories: [
      {
        id: "story-old",
        title: "Old story",
        articles: ["h1", "h2"],
        quotes: [
          {
            speaker: null,
            variants: [
              { article: "h1", text: "a" },
              { article: "h2", text: "b" },
            ],
          },
        ],
        claims: [{ what: "dead", relation: "update", values: [{ article: "h1", quantity: 3, asOf: null }] }],
        discrepancies: [],
        coverage: [{ fact: "x", articles: ["h1"] }],
        framing: [{ article: "h1" }],
      },
    ],
    timeline: [{ date: "2025-03-19", summary: "talks", story: "story-old", articles: ["h1"] }],
    failures: [],
  } as unknown as Dossier;

  it("renders what is there and leaves out what is not", () => {
    const md = toMarkdown(legacy);
    expect(md).toContain("### Quote variants");
    expect(md).toMatch(/\| dead \| .*: \*\*3\*\* \| — \| update \|/);
    expect(md).not.toContain("### Events");
    expect(md).toContain("| 2025-03-19 | talks | 1 |");
    expect(toHtml(legacy)).toContain('<section id="story-1-framing" class="framing">');
  });
});
