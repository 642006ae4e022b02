/**
 * Place and date discrepancies of one happening told by several outlets ("a gunman opened fire at the office
 * Christmas party in Vancouver" against "… in Toronto"), found through `sameHappening`, which never compares places
 * or days, so a moved place or day cannot split the happening in two.
 *
 * Precision first. A place discrepancy needs two linked reports whose places cannot both be right (`placesConflict`:
 * different states, two cities of one state, a province and a city outside it; a city and its own state or province
 * are compatible) where neither article names the other's place anywhere (an article naming both is telling two
 * happenings apart, as riots in Athens and in Thessaloniki) and the days they write out, if any, agree. A date
 * discrepancy needs two written-out days 1 to 3 apart where neither article names the other's day. An article whose
 * own reports of the happening give two places or two days is left out of it.
 */

import type { Article } from "../../article.js";
import { groupLinks } from "./alignQuotes.js";
import { daysApart } from "./asOf.js";
import type { HappeningReport } from "./happenings.js";
import { happeningReports, sameHappening } from "./happenings.js";
import { placesConflict } from "./placesConflict.js";
import type { Discrepancy } from "./types.js";

/** Days two written-out days of one happening may differ by; further apart they are more likely two happenings. */
const maxDateGapDays = 3;

const isoDay = /^\d{4}-\d{2}-\d{2}/;
const leadingThe = /^the\s+/;

const placeKey = (name: string): string =>
  name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim().replace(leadingThe, "");

/**
 * What an article names anywhere: the words of its place mentions, and the days it states or resolves. Words, not
 * actor ids: the registry resolves "Gaza City" and "Gaza" (the Strip) to one actor, and an article at war in Gaza
 * does not thereby name Gaza City.
 */
interface Known {
  places: Set<string>;
  days: Set<string>;
}

function knownOf(article: Article): Known {
  const places = new Set<string>();
  for (const m of article.mentions)
    if (m.kind === "place" || m.actor.startsWith("place:")) places.add(placeKey(m.text));
  const days = new Set(
    article.times
      .filter((t) => t.precision === "day" && t.value !== null && isoDay.test(t.value))
      .map((t) => t.value?.slice(0, 10) ?? ""),
  );
  return { places, days };
}

const namesPlace = (known: Known | undefined, place: HappeningReport["place"]): boolean =>
  place !== null && known?.places.has(placeKey(place.text)) === true;

/** The one value an article's reports give (or null when they give none), or undefined when they give two. */
function oneValue<T>(
  reports: readonly HappeningReport[],
  value: (r: HappeningReport) => T | null,
): T | null | undefined {
  const values = [...new Set(reports.map(value).filter((v): v is T => v !== null))];
  return values.length > 1 ? undefined : (values[0] ?? null);
}

function describe(reports: readonly HappeningReport[]): string {
  const first = reports[0];
  return first === undefined ? "" : first.text.replace(/\s+/g, " ").trim().slice(0, 80);
}

/**
 * Place and date discrepancies between independent articles of one story that tell one happening. Copies are left
 * out (see `happeningReports`).
 *
 * @example happeningDiscrepancies(storyArticles, copyOf)
 *   // [{ kind: "place", about: 'where it happened: "A former employee … opened fire at the office Christmas party"',
 *   //    variants: [{ article: "a", value: "Vancouver", text: "…" }, { article: "b", value: "Toronto", text: "…" }] }]
 */
export function happeningDiscrepancies(
  articles: readonly Article[],
  copyOf: ReadonlyMap<string, string>,
): Discrepancy[] {
  const reports = happeningReports(articles, copyOf);
  const known = new Map(articles.map((a) => [a.id, knownOf(a)]));
  const links: { a: number; b: number }[] = [];
  for (let i = 0; i < reports.length; i += 1)
    for (let j = i + 1; j < reports.length; j += 1) {
      const a = reports[i];
      const b = reports[j];
      if (a !== undefined && b !== undefined && sameHappening(a, b)) links.push({ a: i, b: j });
    }
  const linked = new Map<number, Set<number>>();
  for (const { a, b } of links) {
    linked.set(a, (linked.get(a) ?? new Set()).add(b));
    linked.set(b, (linked.get(b) ?? new Set()).add(a));
  }
  /** One article's value for the happening a report of another article tells: over its reports linked to that one. */
  const valueFor = <T>(article: string, other: number, value: (r: HappeningReport) => T | null): T | null | undefined =>
    oneValue(
      [...(linked.get(other) ?? [])].map((i) => reports[i]).filter((r): r is HappeningReport => r?.article === article),
      value,
    );
  const placeLinks: { a: number; b: number }[] = [];
  const dateLinks: { a: number; b: number }[] = [];
  for (const link of links) {
    const a = reports[link.a];
    const b = reports[link.b];
    if (a === undefined || b === undefined) continue;
    const pa = valueFor(a.article, link.b, (r) => r.place);
    const pb = valueFor(b.article, link.a, (r) => r.place);
    const da = valueFor(a.article, link.b, (r) => r.day);
    const db = valueFor(b.article, link.a, (r) => r.day);
    if (da === undefined || db === undefined) continue;
    if (
      pa != null &&
      pb != null &&
      (da === null || db === null || da === db) &&
      placesConflict(pa, pb) &&
      !namesPlace(known.get(a.article), pb) &&
      !namesPlace(known.get(b.article), pa)
    )
      placeLinks.push(link);
    if (
      da !== null &&
      db !== null &&
      da !== db &&
      (daysApart(da, db) ?? Infinity) <= maxDateGapDays &&
      known.get(a.article)?.days.has(db) !== true &&
      known.get(b.article)?.days.has(da) !== true
    )
      dateLinks.push(link);
  }
  const result: Discrepancy[] = [];
  const report = (
    kind: "place" | "date",
    conflicts: readonly { a: number; b: number }[],
    value: (r: HappeningReport) => string | null,
  ): void => {
    for (const group of groupLinks(reports.length, conflicts)) {
      if (group.length < 2) continue;
      // The conflicting reports, then the reports linked to them directly that give a value (agreeing outlets).
      const around = [...group, ...group.flatMap((i) => [...(linked.get(i) ?? [])])];
      const variants = new Map<string, Discrepancy["variants"][number]>();
      for (const i of around) {
        const r = reports[i];
        const v = r === undefined ? null : value(r);
        if (r !== undefined && v !== null && !variants.has(r.article))
          variants.set(r.article, { article: r.article, value: v, text: r.text });
      }
      const first = reports[group[0] ?? -1];
      result.push({
        kind,
        about: `${kind === "place" ? "where it happened" : "the day it happened"}: "${describe(first === undefined ? [] : [first])}"`,
        variants: [...variants.values()],
      });
    }
  };
  report("place", placeLinks, (r) => r.place?.text ?? null);
  report("date", dateLinks, (r) => r.day);
  return result;
}
