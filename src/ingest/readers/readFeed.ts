import { DomUtils, parseDocument } from "htmlparser2";
import type { ArticleMeta, RawDocument, RawFormat, ReadResult } from "../../article.js";
import { decode } from "./decode.js";
import { toIsoDate } from "./frontMatter.js";

/*
 * Why htmlparser2 in XML mode and our own field mapping: feeds in the wild are often not well-formed XML (a stray
 * `&`, unescaped HTML in <description>), which strict parsers such as fast-xml-parser refuse or garble, while
 * htmlparser2 reads them as a browser would. Its ready-made `getFeed` drops what a news reader needs
 * (content:encoded, dc:creator, Atom <published> and <author>, and it prefers Atom <summary> over <content>), so the
 * mapping below reads the DOM itself.
 */

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/** `"jane@example.org (Jane Doe)"`, the RSS author form: the name in parentheses. */
const RSS_AUTHOR_WITH_EMAIL = /^\S+@\S+\s*\((.+)\)\s*$/;
/** A bare e-mail address, which is no byline. */
const EMAIL_ONLY = /^\S+@\S+$/;
/** Tags that show text is HTML even when the feed does not say so. */
const HTML_TAG = /<(?:p|br|div|a|em|strong|img|span|ul|ol|li|h[1-6]|blockquote)\b/i;

const isFeedRoot = (name: string): boolean => name === "rss" || name === "feed" || name === "rdf:RDF";

/**
 * Every item of an RSS 2.0, Atom or RDF (RSS 1.0) feed as a document: content:encoded, Atom content or description
 * as the HTML body; title, link, date, author and the feed's title as outlet in `meta`. An item without content
 * has an empty body and its link in `fetchUrl`: the caller fetches it or reports it. Sources are `source#n`, from 1.
 *
 * @example readFeed("world.xml", bytes) // [{ ok: true, doc: { source: "world.xml#1", … } }, …]
 */
export function readFeed(source: string, bytes: Uint8Array, contentType: string | null = null): ReadResult[] {
  const decoded = decode(bytes, { kind: "xml", contentType });
  if (!decoded.ok) return [{ ok: false, failure: { source, reason: decoded.reason } }];
  const document = parseDocument(decoded.text, { xmlMode: true });
  const root = DomUtils.getElementsByTagName(isFeedRoot, document.children, true, 1)[0];
  if (!root)
    return [{ ok: false, failure: { source, reason: "not an RSS, Atom or RDF feed (no <rss>, <feed> or <rdf:RDF>)" } }];

  const atom = root.name === "feed";
  const channel = atom ? root : (child(root, "channel") ?? root);
  const feedMeta: Partial<ArticleMeta> = {};
  const outlet = text(child(channel, "title"));
  if (outlet) feedMeta.outlet = outlet;
  const language = (text(child(channel, "language")) || root.attribs["xml:lang"]) ?? "";
  const languageCode = /^([a-z]{2,3})\b/i.exec(language)?.[1];
  if (languageCode) feedMeta.language = languageCode.toLowerCase();

  const items = DomUtils.getElementsByTagName(atom ? "entry" : "item", root.children, true);
  if (items.length === 0) return [{ ok: false, failure: { source, reason: "feed has no items" } }];
  return items.map((item, index) => {
    const itemSource = `${source}#${index + 1}`;
    const notes = [...decoded.notes];
    const { meta, content, format } = atom ? atomEntry(item, notes) : rssItem(item, notes);
    const doc: RawDocument = {
      source: itemSource,
      format,
      body: content,
      meta: { ...feedMeta, ...meta },
      encoding: decoded.encoding,
    };
    if (content.trim() === "") {
      if (!meta.url)
        return { ok: false, failure: { source: itemSource, reason: "feed item has no content and no link" } };
      doc.body = "";
      doc.fetchUrl = meta.url;
    }
    if (notes.length > 0) doc.notes = notes;
    return { ok: true, doc };
  });
}

interface Item {
  meta: Partial<ArticleMeta>;
  content: string;
  format: RawFormat;
}

function rssItem(item: Element, notes: string[]): Item {
  const meta: Partial<ArticleMeta> = {};
  const title = text(child(item, "title"));
  if (title) meta.title = title;
  const guid = child(item, "guid");
  const guidUrl = guid && guid.attribs["isPermaLink"] !== "false" ? text(guid) : "";
  const link = text(child(item, "link")) || item.attribs["rdf:about"] || (/^https?:\/\//.test(guidUrl) ? guidUrl : "");
  if (link) meta.url = link;
  setPublished(meta, text(child(item, "pubDate")) || text(child(item, "dc:date")), notes);
  const byline = cleanAuthor(text(child(item, "dc:creator")) || text(child(item, "author")));
  if (byline) meta.byline = byline;
  const content = markup(child(item, "content:encoded")) || markup(child(item, "description"));
  return { meta, content, format: "html" };
}

function atomEntry(entry: Element, notes: string[]): Item {
  const meta: Partial<ArticleMeta> = {};
  const title = text(child(entry, "title"));
  if (title) meta.title = title;
  const links = children(entry, "link");
  const alternate = links.find((l) => (l.attribs["rel"] ?? "alternate") === "alternate") ?? links[0];
  if (alternate?.attribs["href"]) meta.url = alternate.attribs["href"];
  setPublished(meta, text(child(entry, "published")) || text(child(entry, "updated")), notes);
  const author = child(entry, "author");
  const byline = cleanAuthor(author ? text(child(author, "name")) || text(author) : "");
  if (byline) meta.byline = byline;
  const body = child(entry, "content") ?? child(entry, "summary");
  if (!body || body.attribs["src"]) return { meta, content: "", format: "html" };
  const type = body.attribs["type"];
  const content = markup(body);
  // Atom's default type is text; feeds that leave it out yet send HTML are common, so look at the content too.
  const html = type === "html" || type === "xhtml" || type?.includes("html") || HTML_TAG.test(content);
  return { meta, content, format: html ? "html" : "text" };
}

function setPublished(meta: Partial<ArticleMeta>, value: string, notes: string[]): void {
  if (!value) return;
  const iso = toIsoDate(value);
  if (iso) meta.published = iso;
  else notes.push(`feed item date ignored: not a date: ${JSON.stringify(value)}`);
}

function cleanAuthor(value: string): string {
  const named = RSS_AUTHOR_WITH_EMAIL.exec(value);
  if (named?.[1]) return named[1].trim();
  return EMAIL_ONLY.test(value) ? "" : value;
}

function children(parent: Element, name: string): Element[] {
  return DomUtils.getElementsByTagName((n) => n.toLowerCase() === name.toLowerCase(), parent.children, false);
}

function child(parent: Element, name: string): Element | undefined {
  return children(parent, name)[0];
}

function text(element: Element | undefined): string {
  return element ? DomUtils.textContent(element).trim() : "";
}

/** The element's content as markup: escaped or CDATA HTML as its text, inline (X)HTML elements serialised. */
function markup(element: Element | undefined): string {
  if (!element) return "";
  const hasElements = element.children.some((node) => "attribs" in node);
  return (hasElements ? DomUtils.getInnerHTML(element) : DomUtils.textContent(element)).trim();
}
