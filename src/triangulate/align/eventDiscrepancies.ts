/** Date and place discrepancies: the same event given a different day or place by different articles. */

import type { Article } from "../../article.js";
import { groupLinks } from "./alignQuotes.js";
import { daysApart } from "./asOf.js";
import type { EventFrame } from "./eventFrames.js";
import { eventFrames } from "./eventFrames.js";
import { rootOf } from "./independence.js";
import type { Discrepancy } from "./types.js";

/** Days two accounts of one event may differ by and still be about that event (not another round a week later). */
const maxDateGapDays = 3;
/** Shared named participants (people, organisations; not countries) that make two frames one event. */
const minSharedParticipants = 2;

const named = (ids: readonly string[]): string[] => ids.filter((id) => !id.startsWith("country:"));

/** Whether two frames of different articles describe the same event. */
export function sameEvent(a: EventFrame, b: EventFrame): boolean {
  if (a.kind !== b.kind) return false;
  if (a.singular) return true;
  const sharedNamed = named(a.participants).filter((p) => named(b.participants).includes(p)).length;
  if (sharedNamed >= minSharedParticipants) return true;
  if (a.placeKey === null || a.placeKey !== b.placeKey) return false;
  // Same place: the actors of the two clauses must not be different parties.
  const ca = named(a.clauseParticipants);
  const cb = named(b.clauseParticipants);
  return ca.length === 0 || cb.length === 0 || ca.some((p) => cb.includes(p));
}

/** The story's event frames grouped into events, one frame per independent article (copies left out). */
export function eventGroups(articles: readonly Article[], copyOf: ReadonlyMap<string, string>): EventFrame[][] {
  const frames = articles.filter((a) => rootOf(a.id, copyOf) === a.id).flatMap((a) => eventFrames(a));
  const links: { a: number; b: number }[] = [];
  for (let i = 0; i < frames.length; i += 1) {
    for (let j = i + 1; j < frames.length; j += 1) {
      const a = frames[i];
      const b = frames[j];
      if (a === undefined || b === undefined || a.article === b.article) continue;
      if (a.date === null && a.place === null) continue;
      if (b.date === null && b.place === null) continue;
      if (sameEvent(a, b)) links.push({ a: i, b: j });
    }
  }
  return groupLinks(frames.length, links)
    .map((group) => {
      const seen = new Set<string>();
      return group
        .map((i) => frames[i])
        .filter((f): f is EventFrame => f !== undefined)
        .filter((f) => (seen.has(f.article) ? false : (seen.add(f.article), true)));
    })
    .filter((group) => group.length >= 2);
}

/** The days (YYYY-MM-DD) an article states anywhere in its text. */
function statedDays(article: Article | undefined): Set<string> {
  return new Set(
    (article?.times ?? [])
      .filter((t) => t.precision === "day" && t.value !== null && isoDayValue.test(t.value))
      .map((t) => t.value?.slice(0, 10) ?? ""),
  );
}
const isoDayValue = /^\d{4}-\d{2}-\d{2}/;

/**
 * Date discrepancies: one event, days that differ by 1 to 3, between articles that do not know the other day. An
 * article that itself names the other day ("met on Monday and again on Wednesday") is telling two sub-events apart,
 * not contradicting the other outlet.
 */
export function dateDiscrepancies(groups: readonly EventFrame[][], articles: readonly Article[] = []): Discrepancy[] {
  const days = new Map(articles.map((a) => [a.id, statedDays(a)]));
  const result: Discrepancy[] = [];
  for (const group of groups) {
    const dated = group.filter((f) => f.date !== null);
    const values = [...new Set(dated.map((f) => f.date))];
    if (values.length < 2) continue;
    const gaps = values.flatMap((a) => values.map((b) => daysApart(a, b) ?? Infinity));
    if (Math.max(...gaps) > maxDateGapDays) continue;
    const knows = (f: EventFrame, day: string | null): boolean =>
      day !== null && days.get(f.article)?.has(day) === true;
    const contradicts = dated.some((a) =>
      dated.some((b) => a.date !== b.date && !knows(a, b.date) && !knows(b, a.date)),
    );
    if (!contradicts) continue;
    result.push({
      kind: "date",
      about: group[0]?.aboutDate ?? "",
      variants: dated.map((f) => ({ article: f.article, value: f.date ?? "", text: f.text })),
    });
  }
  return result;
}

/** Place discrepancies: one event, places that differ, where no article names the other's place in that sentence. */
export function placeDiscrepancies(groups: readonly EventFrame[][], articles: readonly Article[]): Discrepancy[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const result: Discrepancy[] = [];
  for (const group of groups) {
    const placed = group.filter((f) => f.place !== null);
    // Only like with like: "85 miles from Manokwari" and "in Papua" can both be true (a reference point against the
    // area holding it), while "near Arequipa" against "near Moquegua", or "in Washington" against "in New York", cannot.
    const differing = (relation: "in" | "near"): boolean =>
      new Set(placed.filter((f) => f.placeRelation === relation).map((f) => f.placeKey)).size >= 2;
    if (!differing("in") && !differing("near")) continue;
    const places = [...new Set(placed.map((f) => f.place))];
    // "near Moquegua, in the Arequipa region" names both: not a contradiction.
    const namesOther = placed.some((f) => {
      const article = byId.get(f.article);
      const sentence = article?.sentences.find((s) => s.start <= f.start && f.start < s.end);
      return (
        article !== undefined &&
        sentence !== undefined &&
        article.mentions.some(
          (m) => m.start >= sentence.start && m.end <= sentence.end && m.actor !== f.place && places.includes(m.actor),
        )
      );
    });
    if (namesOther) continue;
    result.push({
      kind: "place",
      about: group[0]?.aboutPlace ?? "",
      variants: placed.map((f) => ({ article: f.article, value: f.placeText ?? f.place ?? "", text: f.text })),
    });
  }
  return result;
}
