/**
 * Story events: the coded events (who did what to whom) of a story's articles, one entry per event however many
 * articles report it. Reports are one event when they have the same source and target, the same CAMEO root, dates
 * within a few days and compatible places.
 */

import { createHash } from "node:crypto";
import type { Article, ArticleEvent } from "../../article.js";
import type { EventDate } from "../timeline/eventDate.js";
import { compatibleDates, parseEventDate, spanDays } from "../timeline/eventDate.js";
import { rootOf } from "./independence.js";
import type { StoryEvent, StoryEventEvidence } from "./types.js";

export interface AlignEventsOptions {
  /** Days two reports' dates may differ by when both state the day ("on Monday" against "on Tuesday"). */
  statedToleranceDays?: number;
  /** Days allowed when a date is inferred (a weekday resolved, or the publication date standing in). */
  inferredToleranceDays?: number;
}

const defaults = { statedToleranceDays: 1, inferredToleranceDays: 3 };

interface Report {
  article: string;
  event: ArticleEvent;
  root: string;
  date: EventDate | null;
  placeWords: string[] | null;
  /** Whether the event is joint, so its dyad reads both ways (see `isMutual`). */
  mutual: boolean;
}

/**
 * CAMEO codes whose action is joint by nature: consult (040), meet at a third location (044), negotiate (046),
 * sign a formal agreement (057), cooperate materially (060–062, 064). "Norway met the US" and "the US met Norway"
 * report one event; a visit (042/043), a demand or an attack keeps its direction.
 */
export const mutualCodes: ReadonlySet<string> = new Set(["040", "044", "046", "057", "060", "061", "062", "064"]);

/**
 * Whether a report is of a joint event: a mutual code, or the coder's reciprocal reading of "X and Y held talks"
 * (the same span coded X→Y and Y→X in one article).
 */
function isMutual(event: ArticleEvent, events: readonly ArticleEvent[]): boolean {
  if (mutualCodes.has(event.code)) return true;
  return events.some(
    (other) =>
      other !== event &&
      other.start === event.start &&
      other.end === event.end &&
      other.code === event.code &&
      other.source === event.target &&
      other.target === event.source,
  );
}

/** Same source and target; or, when either report is of a joint event, the same two actors either way round. */
function sameDyad(a: Report, b: Report): boolean {
  const { source, target } = a.event;
  if (source === b.event.source && target === b.event.target) return true;
  return (a.mutual || b.mutual) && source === b.event.target && target === b.event.source;
}

const leadingThe = /^the\s+/;
const nonWord = /[^\p{L}\p{N}]+/u;

/** The words of a place, lower-cased and without accents or a leading "the": "Gaza City" → ["gaza", "city"]. */
function placeWords(place: string | null): string[] | null {
  if (place === null) return null;
  const plain = place.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim().replace(leadingThe, "");
  const words = plain.split(nonWord).filter((w) => w.length > 0);
  return words.length > 0 ? words : null;
}

/**
 * The place of an event the coder left unplaced: the one place its sentence names ("50,000 people marched in
 * Salonika"), or null when the sentence names none or several. Keeps rallies in two cities on one day apart.
 */
function sentencePlace(article: Article, event: ArticleEvent): string | null {
  const sentence = article.sentences.find((s) => s.start <= event.start && event.start < s.end);
  if (sentence === undefined) return null;
  const places = article.mentions.filter(
    (m) => m.kind === "place" && m.channel !== true && m.start >= sentence.start && m.end <= sentence.end,
  );
  return new Set(places.map((m) => m.actor)).size === 1 ? (places[0]?.text ?? null) : null;
}

/** Places are compatible when either is unknown or one's words hold the other's ("Gaza" and "Gaza City"). */
function compatiblePlaces(a: string[] | null, b: string[] | null): boolean {
  if (a === null || b === null) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}

function sameReportedEvent(a: Report, b: Report, options: typeof defaults): boolean {
  if (a.root !== b.root || !sameDyad(a, b)) return false;
  const bothStated = a.event.dateEvidence === "stated" && b.event.dateEvidence === "stated";
  const tolerance = bothStated ? options.statedToleranceDays : options.inferredToleranceDays;
  return compatibleDates(a.date, b.date, tolerance) && compatiblePlaces(a.placeWords, b.placeWords);
}

/** The most frequent value, the first seen winning a tie. */
function mode<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

/** The date a group is best placed at: a stated date over an inferred one, a finer one over a coarser, then the most given. */
function bestDate(reports: readonly Report[]): Report | undefined {
  const dated = reports.filter((r) => r.date !== null);
  const counts = new Map<string, number>();
  for (const r of dated) counts.set(r.date?.value ?? "", (counts.get(r.date?.value ?? "") ?? 0) + 1);
  const rank = (r: Report): [number, number, number] => [
    r.event.dateEvidence === "stated" ? 0 : 1,
    r.date === null ? Infinity : spanDays(r.date),
    -(counts.get(r.date?.value ?? "") ?? 0),
  ];
  return [...dated].sort((x, y) => {
    const [a, b] = [rank(x), rank(y)];
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  })[0];
}

function evidenceOf(report: Report): StoryEventEvidence {
  const { event } = report;
  return {
    article: report.article,
    start: event.start,
    end: event.end,
    text: event.sentence,
    evidence: event.evidence,
    code: event.code,
    date: event.date,
    dateEvidence: event.dateEvidence ?? (event.date === null ? null : "inferred"),
    place: event.place,
  };
}

/** Independent publishers of a set of articles: copies count as their original, one outlet counts once. */
export function publisherCount(
  articles: readonly string[],
  outletOf: ReadonlyMap<string, string | null>,
  copyOf: ReadonlyMap<string, string>,
): number {
  const keys = new Set<string>();
  for (const id of articles) {
    // A copy is its original's report: keyed by the original's outlet, or by the original itself when unknown.
    const root = rootOf(id, copyOf);
    const key = outletOf.get(root)?.trim().toLowerCase();
    keys.add(key ? `outlet:${key}` : `article:${root}`);
  }
  return keys.size;
}

function storyEvent(
  reports: readonly Report[],
  outletOf: ReadonlyMap<string, string | null>,
  copyOf: ReadonlyMap<string, string>,
): StoryEvent | null {
  const first = reports[0];
  if (first === undefined) return null;
  const code = mode(reports.map((r) => r.event.code)) ?? first.event.code;
  const coded = reports.find((r) => r.event.code === code)?.event ?? first.event;
  const dated = bestDate(reports);
  // The coder can give one span twice (two codes of one verb phrase): it is one piece of evidence.
  const evidence = [
    ...new Map(reports.map((r) => [`${r.article}:${r.event.start}:${r.event.end}`, evidenceOf(r)])).values(),
  ];
  const articles = [...new Set(reports.map((r) => r.article))];
  const hash = createHash("sha1")
    .update(
      [
        first.article,
        first.event.start,
        first.event.end,
        first.event.code,
        first.event.source,
        first.event.target,
      ].join("\u0000"),
    )
    .digest("hex")
    .slice(0, 12);
  return {
    id: `event-${hash}`,
    code,
    root: code.slice(0, 2),
    label: coded.label,
    goldstein: coded.goldstein,
    quad: coded.quad ?? null,
    source: first.event.source,
    target: first.event.target,
    date: dated?.date?.value ?? null,
    precision: dated?.date?.precision ?? null,
    dateEvidence:
      dated === undefined
        ? null
        : reports.some((r) => r.date?.value === dated.date?.value && r.event.dateEvidence === "stated")
          ? "stated"
          : "inferred",
    place: mode(reports.flatMap((r) => (r.event.place === null ? [] : [r.event.place]))) ?? null,
    evidence,
    articles,
    publishers: publisherCount(articles, outletOf, copyOf),
    mutual: reports.some((r) => r.mutual),
  };
}

/** The first day an event's date covers; undated events sort last. */
const firstDay = (e: StoryEvent): number => parseEventDate(e.date)?.first ?? Number.POSITIVE_INFINITY;

/**
 * The events of ONE story, each reported once with every article's report as evidence. Reports join an event only
 * when they match every report already in it (so a chain of near dates cannot stretch an event over weeks).
 * Copies are kept as evidence but never add a publisher. Sorted by date, undated last.
 *
 * @example alignEvents(storyArticles, copyOf)
 *   // [{ id: "event-…", code: "042", source: "person:ingrid-halvorsen", target: "person:marcus-doyle",
 *   //    date: "2025-03-19", articles: ["gws-trade", "coastline-trade"], publishers: 2, … }]
 */
export function alignEvents(
  articles: readonly Article[],
  copyOf: ReadonlyMap<string, string>,
  options: AlignEventsOptions = {},
): StoryEvent[] {
  const settings = { ...defaults, ...options };
  const outletOf = new Map(articles.map((a) => [a.id, a.meta.outlet]));
  const groups: Report[][] = [];
  for (const article of articles) {
    for (const event of article.events) {
      const report: Report = {
        article: article.id,
        event,
        root: event.code.slice(0, 2),
        date: parseEventDate(event.date),
        placeWords: placeWords(event.place ?? sentencePlace(article, event)),
        mutual: isMutual(event, article.events),
      };
      const group = groups.find((g) => g.every((other) => sameReportedEvent(report, other, settings)));
      if (group === undefined) groups.push([report]);
      else group.push(report);
    }
  }
  return groups
    .map((g) => storyEvent(g, outletOf, copyOf))
    .filter((e): e is StoryEvent => e !== null)
    .sort((a, b) => firstDay(a) - firstDay(b) || b.publishers - a.publishers);
}
