/**
 * Date and place discrepancies read from the coded events (who did what to whom) rather than from the hand-written
 * event frames: one event told by independent outlets with different stated days or different places.
 *
 * Precision first. Two article events are one event only when they have the same source and target, the same CAMEO
 * code (or the same root and the same verb), and each is the only event of that dyad and root in its article (so a
 * series of meetings is not read as one meeting). Only acts (meetings, visits, agreements, arrests, attacks; not
 * statements) of a dyad with a person on one side and no generic sector are compared. A day counts only when the
 * sentence writes it out and names no other day; a place only when the sentence names it after "in" or "at" and
 * names no other place.
 */

import { stemmer } from "stemmer";
import type { Article, ArticleEvent, TimeExpression } from "../../article.js";
import { groupLinks } from "./alignQuotes.js";
import { daysApart } from "./asOf.js";
import { rootOf } from "./independence.js";
import type { PlaceRef } from "./placesConflict.js";
import { placesConflict } from "./placesConflict.js";
import type { Discrepancy } from "./types.js";

/** Days two stated days of one event may differ by; further apart they are more likely two events. */
const maxDateGapDays = 3;

const monthName = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const dayNumber = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** A written-out day: "March 19", "19 March", "the 19th of March", "2025-03-19", "3/19/2025"; not "Wednesday". */
export const writtenDay = new RegExp(
  [
    String.raw`\b${monthName}\s+${dayNumber}\b`,
    String.raw`\b${dayNumber}\s+(?:of\s+)?${monthName}`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}/\d{1,2}/\d{2,4}\b`,
  ].join("|"),
  "i",
);
/**
 * A place the event happened in: "in Doha", "at Oslo", "in the Qatari capital, Doha", "in the city of Moquegua";
 * not "in talks with Oslo" or "from Bergen".
 */
export const locativeBefore =
  /\b(?:[Ii]n|[Aa]t)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:capital|city|town|port)(?:\s+of)?,?\s+)?$/u;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** One article's report of an event, with the day and the place it states for it. */
interface Report {
  article: string;
  /** The article it counts as (a copy counts as its original). */
  root: string;
  outlet: string | null;
  event: ArticleEvent;
  lemma: string | null;
  /** The stated day (YYYY-MM-DD), or null when the sentence does not write one out. */
  day: string | null;
  place: (PlaceRef & { text: string }) | null;
}

const dayOf = (t: TimeExpression): string | null =>
  t.precision === "day" && t.value !== null && /^\d{4}-\d{2}-\d{2}/.test(t.value) ? t.value.slice(0, 10) : null;

/** The days (YYYY-MM-DD) an article names anywhere, stated or resolved. */
function namedDays(article: Article): Set<string> {
  return new Set(article.times.map(dayOf).filter((d): d is string => d !== null));
}

function sentenceOf(article: Article, event: ArticleEvent): { start: number; end: number } | null {
  return article.sentences.find((s) => s.start <= event.start && event.start < s.end) ?? null;
}

/**
 * The day a sentence states for its event: the sentence names exactly one day, the event's, written out (not a
 * weekday resolved against the publication date, not "yesterday").
 */
export function statedDay(
  article: Article,
  event: ArticleEvent,
  sentence: { start: number; end: number },
): string | null {
  const date = event.date?.slice(0, 10) ?? null;
  if (date === null || !isoDay.test(date)) return null;
  const inSentence = article.times.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  const days = new Set(inSentence.map(dayOf).filter((d): d is string => d !== null));
  if (days.size !== 1 || !days.has(date)) return null;
  const time = inSentence.find((t) => dayOf(t) === date);
  if (time === undefined) return null;
  // The times stage calls "March 19" inferred when the year is not written: its day is still the article's word.
  return time.evidence === "stated" || writtenDay.test(time.text) ? date : null;
}

/** The place a sentence states for its event: the one place it names, after "in" or "at". */
export function statedPlace(
  article: Article,
  sentence: { start: number; end: number },
): (PlaceRef & { text: string; actor: string }) | null {
  const places = article.mentions.filter(
    (m) => m.kind === "place" && m.channel !== true && m.start >= sentence.start && m.end <= sentence.end,
  );
  const ids = new Set(places.map((m) => m.actor));
  const first = places[0];
  if (ids.size !== 1 || first === undefined) return null;
  if (!places.some((m) => locativeBefore.test(article.text.slice(Math.max(sentence.start, m.start - 30), m.start))))
    return null;
  const actor = article.actors.find((a) => a.id === first.actor);
  return { name: actor?.name ?? first.text, country: actor?.country ?? null, text: first.text, actor: first.actor };
}

/** The verb's first word, stemmed: "met" and "meets" differ, "threatened" and "threatens" do not. */
function lemmaOf(event: ArticleEvent): string | null {
  const word = event.verb?.trim().split(/\s+/)[0]?.toLowerCase();
  return word === undefined || word === "" ? null : stemmer(word);
}

/**
 * Roots of things said (statements, appeals, intents, investigations, demands, disapproval, rejection, threats): one
 * person says them again day after day, and their date is often the day of the report, so two days are not two
 * accounts of one act.
 */
export const verbalRoots: ReadonlySet<string> = new Set(["01", "02", "03", "09", "10", "11", "12", "13"]);

const personPrefix = "person:";
const agentPrefix = "agent:";

/**
 * A dyad one event can be pinned to: a person on one side (a person is in one place on one day; two states fight
 * in many places at once) and no generic sector ("civilians", "police") on either, whose acts are many.
 */
function pinnable(e: ArticleEvent): boolean {
  const ids = [e.source ?? "", e.target ?? ""];
  return ids.some((id) => id.startsWith(personPrefix)) && !ids.some((id) => id.startsWith(agentPrefix));
}
const dyadRoot = (e: ArticleEvent): string => `${e.source ?? ""}\u0000${e.target ?? ""}\u0000${e.code.slice(0, 2)}`;

/** The reports of the independent articles: events with both actors, each alone of its dyad and root in its article. */
function reportsOf(articles: readonly Article[], copyOf: ReadonlyMap<string, string>): Report[] {
  const reports: Report[] = [];
  for (const article of articles) {
    if (rootOf(article.id, copyOf) !== article.id) continue;
    // One verb phrase coded twice is one event; two spans of one dyad and root are a series.
    const spans = new Map<string, Set<string>>();
    for (const e of article.events) {
      if (e.source === null || e.target === null || e.source === e.target || e.negated === true) continue;
      // Both actors in the sentence's own words: a report quoted as evidence must show who did what to whom.
      if (e.evidence !== "stated" || !pinnable(e) || verbalRoots.has(e.code.slice(0, 2))) continue;
      const set = spans.get(dyadRoot(e)) ?? new Set<string>();
      set.add(`${e.start}:${e.end}`);
      spans.set(dyadRoot(e), set);
    }
    const seen = new Set<string>();
    for (const e of article.events) {
      if (spans.get(dyadRoot(e))?.size !== 1 || seen.has(dyadRoot(e))) continue;
      seen.add(dyadRoot(e));
      const sentence = sentenceOf(article, e);
      if (sentence === null) continue;
      reports.push({
        article: article.id,
        root: article.id,
        outlet: article.meta.outlet?.trim().toLowerCase() || null,
        event: e,
        lemma: lemmaOf(e),
        day: statedDay(article, e, sentence),
        place: statedPlace(article, sentence),
      });
    }
  }
  return reports;
}

/** Two reports of different outlets that tell one event. */
function sameEvent(a: Report, b: Report): boolean {
  if (a.root === b.root || (a.outlet !== null && a.outlet === b.outlet)) return false;
  if (a.event.source !== b.event.source || a.event.target !== b.event.target) return false;
  if (a.event.code === b.event.code) return true;
  return a.event.code.slice(0, 2) === b.event.code.slice(0, 2) && a.lemma !== null && a.lemma === b.lemma;
}

function nameOf(articles: readonly Article[], id: string | null): string {
  for (const a of articles) {
    const actor = a.actors.find((x) => x.id === id);
    if (actor !== undefined) return actor.name;
  }
  return id ?? "?";
}

function about(articles: readonly Article[], r: Report, what: "day" | "place"): string {
  const label = r.event.label.toLowerCase();
  const dyad = `${nameOf(articles, r.event.source)} → ${nameOf(articles, r.event.target)}`;
  return what === "day" ? `the day of "${label}" (${dyad})` : `where "${label}" (${dyad}) took place`;
}

/**
 * Whether reports can be compared for their place: the days they state agree, and the days their events are placed
 * at (a stated day, or the publication date standing in) are at most one apart. A different day may be another
 * event: a visit to Kyiv on Monday and to Warsaw on Tuesday.
 */
function sameDay(reports: readonly Report[]): boolean {
  if (new Set(reports.map((r) => r.day).filter((d) => d !== null)).size > 1) return false;
  const dates = reports.map((r) => r.event.date?.slice(0, 10) ?? null);
  return dates.every((a) => dates.every((b) => (daysApart(a, b) ?? Infinity) <= 1));
}

/**
 * Date and place discrepancies between the coded events of a story's independent articles. Copies are left out.
 *
 * @example codedEventDiscrepancies(storyArticles, copyOf)
 *   // [{ kind: "date", about: 'the day of "make a visit" (Halvorsen → Qatar)',
 *   //    variants: [{ article: "a", value: "2025-03-18", text: "…" }, { article: "b", value: "2025-03-19", … }] }]
 */
export function codedEventDiscrepancies(
  articles: readonly Article[],
  copyOf: ReadonlyMap<string, string>,
): Discrepancy[] {
  const reports = reportsOf(articles, copyOf);
  const links: { a: number; b: number }[] = [];
  for (let i = 0; i < reports.length; i += 1)
    for (let j = i + 1; j < reports.length; j += 1) {
      const a = reports[i];
      const b = reports[j];
      if (a !== undefined && b !== undefined && sameEvent(a, b)) links.push({ a: i, b: j });
    }
  const days = new Map(articles.map((a) => [a.id, namedDays(a)]));
  const result: Discrepancy[] = [];
  for (const group of groupLinks(reports.length, links)) {
    const members = group.map((i) => reports[i]).filter((r): r is Report => r !== undefined);
    // One report per article: an article in the group twice (two codes joined through others) is ambiguous.
    if (members.length < 2 || new Set(members.map((r) => r.article)).size !== members.length) continue;
    const first = members[0];
    if (first === undefined) continue;
    const dated = members.filter((r) => r.day !== null);
    const values = [...new Set(dated.map((r) => r.day))];
    const gaps = values.flatMap((a) => values.map((b) => daysApart(a, b) ?? Infinity));
    const knows = (r: Report, day: string | null): boolean => day !== null && days.get(r.article)?.has(day) === true;
    if (
      values.length >= 2 &&
      Math.max(...gaps) <= maxDateGapDays &&
      dated.some((a) => dated.some((b) => a.day !== b.day && !knows(a, b.day) && !knows(b, a.day)))
    )
      result.push({
        kind: "date",
        about: about(articles, first, "day"),
        variants: dated.map((r) => ({ article: r.article, value: r.day ?? "", text: r.event.sentence })),
      });
    const placed = members.filter((r) => r.place !== null);
    if (
      sameDay(placed) &&
      placed.some((a) => placed.some((b) => a.place !== null && b.place !== null && placesConflict(a.place, b.place)))
    )
      result.push({
        kind: "place",
        about: about(articles, first, "place"),
        variants: placed.map((r) => ({ article: r.article, value: r.place?.text ?? "", text: r.event.sentence })),
      });
  }
  return result;
}
