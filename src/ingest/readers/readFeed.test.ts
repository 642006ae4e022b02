import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { RawDocument, ReadResult } from "../../article.js";
import { readFeed } from "./readFeed.js";

function docs(results: ReadResult[]): RawDocument[] {
  return results.map((r) => {
    if (!r.ok) throw new Error(`expected documents, got: ${r.failure.source}: ${r.failure.reason}`);
    return r.doc;
  });
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>The Daily Example</title>
    <link>https://example.org/</link>
    <language>en-us</language>
    <item>
      <title>Floods &amp; storms</title>
      <link>https://example.org/floods</link>
      <pubDate>Tue, 05 Mar 2024 14:30:00 GMT</pubDate>
      <dc:creator>Jane Doe</dc:creator>
      <description>Short teaser</description>
      <content:encoded><![CDATA[<p>Rain <b>fell</b> all day.</p>]]></content:encoded>
    </item>
    <item>
      <title>Teaser only</title>
      <link>https://example.org/teaser</link>
      <author>desk@example.org (John Roe)</author>
      <description>&lt;p&gt;Escaped &amp;amp; HTML&lt;/p&gt;</description>
    </item>
    <item>
      <title>Link only</title>
      <link>https://example.org/link-only</link>
      <pubDate>not a date</pubDate>
    </item>
    <item><title>Nothing at all</title></item>
  </channel>
</rss>`;

describe("readFeed: RSS 2.0", () => {
  const results = readFeed("world.xml", Buffer.from(rss));

  it("makes one result per item, sourced file#n from 1", () => {
    expect(results.map((r) => (r.ok ? r.doc.source : r.failure.source))).toEqual([
      "world.xml#1",
      "world.xml#2",
      "world.xml#3",
      "world.xml#4",
    ]);
  });

  it("prefers content:encoded, and reads title, link, date, creator and the feed title", () => {
    const [first] = docs(results.slice(0, 1));
    expect(first).toEqual({
      source: "world.xml#1",
      format: "html",
      body: "<p>Rain <b>fell</b> all day.</p>",
      meta: {
        outlet: "The Daily Example",
        language: "en",
        title: "Floods & storms",
        url: "https://example.org/floods",
        published: "2024-03-05T14:30:00.000Z",
        byline: "Jane Doe",
      },
      encoding: "utf-8",
    });
  });

  it("falls back to the description, unescaped, and takes the name out of an RSS author", () => {
    const [, second] = docs(results.slice(0, 2));
    expect(second?.body).toBe("<p>Escaped &amp; HTML</p>");
    expect(second?.meta.byline).toBe("John Roe");
  });

  it("records the link of an item without content, with an empty body, and notes a bad date", () => {
    const [, , third] = docs(results.slice(0, 3));
    expect(third).toMatchObject({ body: "", fetchUrl: "https://example.org/link-only" });
    expect(third?.meta.published).toBeUndefined();
    expect(third?.notes).toEqual(['feed item date ignored: not a date: "not a date"']);
  });

  it("fails an item with neither content nor link", () => {
    expect(results[3]).toEqual({
      ok: false,
      failure: { source: "world.xml#4", reason: "feed item has no content and no link" },
    });
  });
});

describe("readFeed: Atom", () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Le Quotidien</title>
  <entry>
    <title>Inondations</title>
    <link rel="self" href="https://example.fr/self"/>
    <link rel="alternate" href="https://example.fr/inondations"/>
    <published>2024-03-05T10:00:00+01:00</published>
    <updated>2024-03-06T10:00:00Z</updated>
    <author><name>Marie Curie</name><email>m@example.fr</email></author>
    <summary>Résumé</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Il a plu.</p></div></content>
  </entry>
  <entry>
    <title>Texte</title>
    <link href="https://example.fr/texte"/>
    <updated>2024-03-07T08:00:00Z</updated>
    <content type="text">Plain text, 1 &lt; 2.</content>
  </entry>
  <entry>
    <title>Summary only</title>
    <link href="https://example.fr/s"/>
    <summary type="html">&lt;p&gt;Le résumé&lt;/p&gt;</summary>
  </entry>
</feed>`;
  const [first, second, third] = docs(readFeed("fr.atom", Buffer.from(atom)));

  it("prefers content over summary, the alternate link, <published> over <updated>, the author's name", () => {
    expect(first?.body).toBe('<div xmlns="http://www.w3.org/1999/xhtml"><p>Il a plu.</p></div>');
    expect(first?.format).toBe("html");
    expect(first?.meta).toEqual({
      outlet: "Le Quotidien",
      language: "fr",
      title: "Inondations",
      url: "https://example.fr/inondations",
      published: "2024-03-05T09:00:00.000Z",
      byline: "Marie Curie",
    });
  });

  it("keeps text content as text, and uses <updated> when there is no <published>", () => {
    expect(second).toMatchObject({ format: "text", body: "Plain text, 1 < 2." });
    expect(second?.meta.published).toBe("2024-03-07T08:00:00.000Z");
  });

  it("reads an HTML summary when there is no content", () => {
    expect(third).toMatchObject({ format: "html", body: "<p>Le résumé</p>" });
  });
});

describe("readFeed: RDF (RSS 1.0) and encodings", () => {
  it("reads items that sit beside the channel, with dc:date and dc:creator", () => {
    const rdf = `<?xml version="1.0" encoding="ISO-8859-1"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.de/"><title>Die Zeitung</title></channel>
  <item rdf:about="https://example.de/a1">
    <title>Überschwemmung</title>
    <link>https://example.de/a1</link>
    <description>Es regnete in München.</description>
    <dc:date>2024-03-05</dc:date>
    <dc:creator>Max Müller</dc:creator>
  </item>
</rdf:RDF>`;
    const [item] = docs(readFeed("de.rdf", iconv.encode(rdf, "iso-8859-1")));
    expect(item).toMatchObject({
      body: "Es regnete in München.",
      meta: { outlet: "Die Zeitung", title: "Überschwemmung", published: "2024-03-05", byline: "Max Müller" },
      encoding: "windows-1252",
    });
  });

  it("fails a document that is not a feed, and a feed without items", () => {
    expect(readFeed("page.xml", Buffer.from("<?xml version='1.0'?><html><p>x</p></html>"))).toEqual([
      {
        ok: false,
        failure: { source: "page.xml", reason: "not an RSS, Atom or RDF feed (no <rss>, <feed> or <rdf:RDF>)" },
      },
    ]);
    expect(readFeed("empty.rss", Buffer.from("<rss><channel><title>T</title></channel></rss>"))).toEqual([
      { ok: false, failure: { source: "empty.rss", reason: "feed has no items" } },
    ]);
  });

  it("reads a malformed feed (a bare & and unescaped HTML) as a browser would", () => {
    const broken = `<rss><channel><title>A & B</title><item><title>X</title><link>https://e.org/x</link>
      <description><p>Unescaped <b>HTML</b></p></description></item></channel></rss>`;
    const [item] = docs(readFeed("broken.rss", Buffer.from(broken)));
    expect(item?.meta.outlet).toBe("A & B");
    expect(item?.body).toBe("<p>Unescaped <b>HTML</b></p>");
  });
});

describe("readFeed: a feed with 10,000 items", () => {
  it("reads every item quickly", () => {
    const items = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<item><title>Story ${i}</title><link>https://example.org/${i}</link><pubDate>Tue, 05 Mar 2024 14:30:00 GMT</pubDate>` +
        `<description><![CDATA[<p>Paragraph ${i} of the news.</p>]]></description></item>`,
    );
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items.join("\n")}</channel></rss>`;
    const started = performance.now();
    const results = readFeed("big.xml", Buffer.from(xml));
    const elapsed = performance.now() - started;
    expect(results).toHaveLength(10_000);
    const all = docs(results);
    expect(all[9_999]).toMatchObject({ source: "big.xml#10000", body: "<p>Paragraph 9999 of the news.</p>" });
    expect(all[9_999]?.meta.url).toBe("https://example.org/9999");
    expect(elapsed).toBeLessThan(5_000);
  });
});
