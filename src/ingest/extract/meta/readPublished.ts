import { stringOf } from "./jsonLd.js";
import { collapse, metaValues } from "./metaTags.js";
import { normalizeDate } from "./normalizeDate.js";
import type { PageSources } from "./pageSources.js";
import { visibleText } from "./visibleText.js";

/** Open Graph's article properties, as sites spell them. */
const OPEN_GRAPH_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "article:published",
  "og:published_time",
];
/** Other <meta> names for the publication date (Dublin Core, Sailthru, Parse.ly, CMS conventions). */
const DATE_META_KEYS = [
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "publication_date",
  "publication-date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.date",
  "dc.date.created",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
  "article.published",
  "article_date_original",
  "originalpublicationdate",
  "datepublished",
  "cxenseparse:recs:publishtime",
  "citation_publication_date",
];
/** A date in a URL path: /2024/05/31/ or /2024/5/31/. */
export const URL_SLASH_DATE =
  /\/(?<year>(?:19|20)\d{2})\/(?<month>0?[1-9]|1[0-2])\/(?<day>0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u;
/** A date in a URL path: /2024-05-31-floods-hit-valencia. */
export const URL_DASH_DATE =
  /\/(?<year>(?:19|20)\d{2})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u;
/** A date in a URL path as one segment: /20240531/. */
export const URL_COMPACT_DATE = /\/(?<year>(?:19|20)\d{2})(?<month>0[1-9]|1[0-2])(?<day>0[1-9]|[12]\d|3[01])(?=\/|$)/u;
/** A date in a URL path with the month as a word: /2019/nov/18/ (The Guardian, PolitiFact). */
export const URL_MONTH_NAME_DATE =
  /\/(?<year>(?:19|20)\d{2})\/(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(?<day>0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/iu;
const URL_PATH_DATES = [URL_SLASH_DATE, URL_DASH_DATE, URL_COMPACT_DATE, URL_MONTH_NAME_DATE];
/** Class or id of an element that shows the date: "date", "published", "timestamp", "article-meta". */
const DATE_ELEMENT = /date|time|publish|posted|dateline|byline|author|meta/iu;
/** Class or id of a block holding the byline or the article's header. */
const AUTHOR_BLOCK = /author|byline|article-header|post-header|entry-header/iu;
/** A copyright notice names a year, not when the article appeared. */
export const COPYRIGHT = /©|\(c\)|copyright|all rights reserved/iu;
/** Where "published" is said on a line that also gives the update time. */
const PUBLISHED_WORD =
  /(?<!\p{L})(?:published|posted|publiziert|erschienen|veröffentlicht|publié|publicado|pubblicato|gepubliceerd)(?!\p{L})/iu;
/** A line that says it gives the publication date: "Published: Monday, November 18th, 2019", "publiziert am …". */
const PUBLISHED_LINE = new RegExp(`^(?:(?:first|originally)\\s+)?${PUBLISHED_WORD.source}`, "iu");
/** A line with "published" inside ("05/10/2018 - Publicado por: …") is a date line when short and not a sentence. */
const MAX_MIXED_LINE_CHARS = 100;
const SENTENCE_END = /[.!?]["”’]?$/u;
/** Elements a date line is written in. */
const LINE_ELEMENTS = "p, span, div, li, time, small, em, dd";
/** A date line is short; a paragraph that happens to hold a date is not one. */
const MAX_DATE_LINE_CHARS = 150;
const MAX_DATE_ELEMENTS = 40;

/**
 * When the article was published, as ISO 8601 (date-time with offset when the source gives one, else a date).
 * Sources in order: article:published_time, the JSON-LD article's datePublished, itemprop=datePublished, a
 * <time datetime> in the article, date <meta>s (DC.date.issued, sailthru.date, parsely-pub-date…), the URL path
 * (/2024/05/31/), a visible date line. A date-only answer takes its time from a later source that has the same day.
 *
 * @example readPublished(sources, ["https://example.org/2024/05/31/floods"], "en") // "2024-05-31"
 */
export function readPublished(sources: PageSources, urls: readonly string[], language: string | null): string | null {
  const structured: (() => string[])[] = [
    () => metaValues(sources.tags, ...OPEN_GRAPH_KEYS),
    () => jsonLdDates(sources),
    () => itempropDates(sources),
    () => timeElements(sources),
    () => metaValues(sources.tags, ...DATE_META_KEYS),
  ];
  const dates: string[] = [];
  for (const source of structured) {
    for (const value of source()) {
      const date = normalizeDate(value, language);
      if (date !== null) dates.push(date);
    }
    const first = dates[0];
    if (first !== undefined && first.length > 10) return first;
  }
  const first = dates[0] ?? urlDate(urls) ?? visibleDate(sources, language);
  if (first === null) return null;
  // A bare date: a later source may give the time of the same day.
  return dates.find((d) => d.length > 10 && d.startsWith(first)) ?? first;
}

function jsonLdDates(sources: PageSources): string[] {
  const date = sources.article === null ? null : stringOf(sources.article["datePublished"]);
  return date === null ? [] : [date];
}

function itempropDates(sources: PageSources): string[] {
  return [...sources.document.querySelectorAll("[itemprop~=datePublished]")].map(
    (e) => e.getAttribute("content") ?? e.getAttribute("datetime") ?? visibleText(e),
  );
}

/**
 * <time pubdate>, then the first <time datetime> of the article's header, then of the article, then the first one on
 * the page that sits in a byline or date block (some pages put the header outside <article>).
 */
function timeElements(sources: PageSources): string[] {
  const scope = sources.scope ?? sources.document;
  const marked = [...sources.document.querySelectorAll("time[datetime]")].find((time) => inDateBlock(time));
  const found = [
    sources.document.querySelector("time[pubdate][datetime]"),
    scope.querySelector("header time[datetime]"),
    scope.querySelector("time[datetime]"),
    marked,
  ];
  return found.map((e) => e?.getAttribute("datetime") ?? "").filter((d) => d !== "");
}

/** Whether one of the element's three nearest ancestors is a byline, date or article-header block. */
function inDateBlock(element: Element): boolean {
  let e = element.parentElement;
  for (let depth = 0; e !== null && depth < 3; depth++, e = e.parentElement) {
    const marker = `${e.getAttribute("class") ?? ""} ${e.getAttribute("id") ?? ""}`;
    if (DATE_ELEMENT.test(marker) || AUTHOR_BLOCK.test(marker)) return true;
  }
  return false;
}

function urlDate(urls: readonly string[]): string | null {
  for (const url of urls) {
    const path = URL.canParse(url) ? new URL(url).pathname : url;
    for (const pattern of URL_PATH_DATES) {
      const groups = pattern.exec(path)?.groups;
      if (groups === undefined) continue;
      const date = normalizeDate(`${groups["year"]}-${groups["month"]}-${groups["day"]}`);
      if (date !== null) return date;
    }
  }
  return null;
}

/**
 * A visible date line in the article: first a short line that says "Published …", then a short element whose class
 * or id names a date ("date", "timestamp", "article-meta"). Copyright lines are never date lines.
 */
function visibleDate(sources: PageSources, language: string | null): string | null {
  const scope = sources.scope ?? sources.document.body;
  if (scope === null) return null;
  for (const element of scope.querySelectorAll(LINE_ELEMENTS)) {
    const text = collapse(element.textContent ?? "");
    if (text.length > MAX_DATE_LINE_CHARS || !isPublishedLine(text)) continue;
    const date = dateOnLine(visibleText(element), language);
    if (date !== null) return date;
  }
  let looked = 0;
  for (const element of scope.querySelectorAll("time, [class], [id]")) {
    const marker = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (element.tagName.toUpperCase() !== "TIME" && !DATE_ELEMENT.test(marker)) continue;
    if (++looked > MAX_DATE_ELEMENTS) break;
    const date = dateOnLine(visibleText(element), language);
    if (date !== null) return date;
  }
  return null;
}

function isPublishedLine(text: string): boolean {
  if (PUBLISHED_LINE.test(text)) return true;
  return text.length <= MAX_MIXED_LINE_CHARS && PUBLISHED_WORD.test(text) && !SENTENCE_END.test(text);
}

/** The date on a short line, read from "Published" on when the line also gives an update time. */
function dateOnLine(line: string, language: string | null): string | null {
  const text = collapse(line);
  if (text === "" || text.length > MAX_DATE_LINE_CHARS || COPYRIGHT.test(text)) return null;
  const published = PUBLISHED_WORD.exec(text);
  const fromPublished = published === null ? null : normalizeDate(text.slice(published.index), language);
  return fromPublished ?? normalizeDate(text, language);
}
