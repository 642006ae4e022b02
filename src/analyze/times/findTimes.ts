import type { TimeExpression } from "../../article.js";
import { formatWeek, parseDay } from "./calendar.js";
import type { Day } from "./calendar.js";
import { decade, month, quarter, season, spokenYear, weekdayRule, year, yearEnd, yearPeriod } from "./calendarRules.js";
import type { Candidate, Rule, RuleContext } from "./candidate.js";
import { chronoDates } from "./chronoDates.js";
import { duration, pluralUnit, recurrence, weekdaySet } from "./durationRules.js";
import { anaphoricUnit, clockDay, clockWord, unitBeforeAfter } from "./anaphoricRules.js";
import { findHolidays } from "./holidays.js";
import { findAnchors } from "./namedAnchors.js";
import { resolveAnaphora } from "./narrativeReference.js";
import { ago, deicticDay, definiteUnit, relativeUnit, vagueReference, yearEarlier } from "./relativeRules.js";
import { tenseAround } from "./tense.js";
import { allMatches } from "../allMatches.js";

/** Our rules, most specific first: on a tie in extent the earlier rule wins. */
export const rules: readonly Rule[] = [
  clockDay,
  anaphoricUnit,
  unitBeforeAfter,
  deicticDay,
  yearEarlier,
  ago,
  relativeUnit,
  definiteUnit,
  quarter,
  yearPeriod,
  yearEnd,
  spokenYear,
  season,
  decade,
  month,
  weekdaySet,
  weekdayRule,
  year,
  recurrence,
  duration,
  pluralUnit,
  vagueReference,
  clockWord,
];

/**
 * Head words every rule's match contains. The rules run only on windows around them, which keeps the
 * stage fast on long articles where most sentences hold no time at all.
 */
const triggerPattern =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies)|half|(?:1[0-9]|20)\d\ds?|'\d0s|today|yesterday|tomorrow|tonight|now|current(?:ly)?|present(?:ly)?|nowadays|moment|recent(?:ly)?|previously|formerly|lately|past|future|soon|(?:dai|night|week|month|annual|year|hour|quarter|biweek)ly|annual|spring|summer|fall|autumn|winter|season|morning|afternoon|evening|overnight|noon|midday|midnight|nineteen|thousand|q[1-4]|[1-4]q(?:\d\d)?|year-(?:earlier|ago))\b/gi;

const triggerReach = 40;

function triggerWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const m of allMatches(triggerPattern, text)) {
    let start = Math.max(0, m.index - triggerReach);
    let end = Math.min(text.length, m.index + m[0].length + triggerReach);
    while (start > 0 && !/\s/.test(text[start - 1] ?? " ")) start--;
    while (end < text.length && !/\s/.test(text[end] ?? " ")) end++;
    const last = windows.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/** Each rule's place in `rules`, by name (the first, as `findIndex` would give it). */
const ruleIndex = new Map<string, number>();
rules.forEach((r, i) => {
  if (!ruleIndex.has(r.name)) ruleIndex.set(r.name, i);
});

/** Source order for ties: named anchors, then chrono's written dates, then the rules above. */
function rank(c: Candidate): number {
  if (c.rule === "namedAnchor") return 0;
  if (c.rule === "chrono") return 1;
  return 2 + (ruleIndex.get(c.rule) ?? -1);
}

/**
 * Keeps the longest of overlapping candidates (ties by rank), in text order.
 *
 * @example resolveOverlaps([march3, march3Of2024]) // [march3Of2024]
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start,
  );
  // Kept candidates never overlap, so sorted by start their ends rise too: the one before a candidate's end is the
  // only one that can overlap it. Checking every kept one instead made a text of thousands of dates quadratic.
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const at = keptBefore(kept, c);
    const previous = kept[at - 1];
    if (previous === undefined || previous.end <= c.start) kept.splice(at, 0, c);
  }
  return kept;
}

/** How many of `kept` (sorted by start) start before `c` ends: where `c` goes when it overlaps none of them. */
function keptBefore(kept: readonly Candidate[], c: Candidate): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = kept[mid] as Candidate;
    if (k.start < c.end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const intervalOpenPattern = /\b(from|between)\s+$/i;
const intervalJoinPattern = /^\s*(?:to|until|till|through|and|-|–|—)\s*$/i;
const pointTypes = new Set(["DATE", "TIME"]);

/** "from 2017 to July 2024", "between March and May": two dates joined into one interval. */
function joinIntervals(text: string, items: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i] as Candidate;
    const b = items[i + 1];
    if (
      b !== undefined &&
      pointTypes.has(a.type) &&
      pointTypes.has(b.type) &&
      !a.value.includes("/") &&
      !b.value.includes("/")
    ) {
      const open = intervalOpenPattern.exec(text.slice(Math.max(0, a.start - 12), a.start));
      if (open !== null && intervalJoinPattern.test(text.slice(a.end, b.start))) {
        const interval: Candidate = {
          start: a.start - open[0].length,
          end: b.end,
          value: `${a.value}/${b.value}`,
          type: "DATE",
          precision: "interval",
          evidence: a.evidence === "stated" && b.evidence === "stated" ? "stated" : "inferred",
          rule: "interval",
          parts: [a, b],
        };
        const anchor = a.anchor ?? b.anchor;
        if (anchor !== undefined) interval.anchor = anchor;
        out.push(interval);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const weekOfPattern = /\bthe\s+week\s+of\s+$/i;

/** "the week of March 6": the ISO week of the day named. */
function joinWeekOf(text: string, items: Candidate[]): Candidate[] {
  for (const c of items) {
    const lead = c.precision === "day" ? weekOfPattern.exec(text.slice(Math.max(0, c.start - 16), c.start)) : null;
    const day = lead === null ? null : parseDay(c.value);
    if (lead === null || day === null) continue;
    c.start -= lead[0].length;
    c.value = formatWeek(day);
    c.precision = "week";
  }
  return items;
}

/**
 * Every candidate our rules, chrono and the named anchors find, with overlaps resolved and intervals
 * joined. Exposed for the evaluation, which also scores the TimeML type.
 */
export function findCandidates(text: string, dct: Day | null): Candidate[] {
  const tenseCache = new Map<number, ReturnType<typeof tenseAround>>();
  const ctx: RuleContext = {
    text,
    dct,
    tenseAt(start, end) {
      const key = start * 65_536 + (end - start);
      let tense = tenseCache.get(key);
      if (tense === undefined) {
        tense = tenseAround(text, start, end);
        tenseCache.set(key, tense);
      }
      return tense;
    },
  };
  const candidates: Candidate[] = [
    ...findAnchors(text, dct),
    ...chronoDates(text, dct, ctx.tenseAt),
    ...findHolidays(ctx),
  ];
  for (const [windowStart, windowEnd] of triggerWindows(text)) {
    const slice = text.slice(windowStart, windowEnd);
    for (const rule of rules) {
      if (rule.cue !== undefined && !rule.cue.test(slice)) continue;
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(slice); m !== null; m = rule.pattern.exec(slice)) {
        if (m[0].length === 0) {
          rule.pattern.lastIndex++;
          continue;
        }
        m.index += windowStart;
        const c = rule.resolve(m, ctx);
        if (c !== null && c.end > c.start) candidates.push(c);
      }
    }
  }
  return resolveAnaphora(text, joinWeekOf(text, joinIntervals(text, resolveOverlaps(candidates))));
}

function toExpression(text: string, c: Candidate): TimeExpression {
  const e: TimeExpression = {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    value: c.value,
    evidence: c.evidence,
  };
  e.precision = c.precision;
  e.timexType = c.type;
  if (c.anchor !== undefined) e.anchor = c.anchor;
  return e;
}

/**
 * Every temporal expression in `text`, resolved against the publication date at the precision the text
 * supports, with TimeML values (`2025-09-16`, `2025-W38`, `P3Y`, `PAST_REF`, `2025-09-16TMO`…).
 * Without a publication date, relative expressions are left out; never throws on text.
 *
 * @example findTimes("He met Trump on Friday.", "2025-09-16")[0]?.value // "2025-09-12"
 */
export function findTimes(text: string, published: string | null): TimeExpression[] {
  return findCandidates(text, parseDay(published)).map((c) => toExpression(text, c));
}
