import { addDays, formatDay, formatMonth, formatQuarter, formatYear, quarterOf, weekdayFrom } from "./calendar.js";
import type { Day } from "./calendar.js";
import { fromMatch } from "./candidate.js";
import type { Rule, RuleContext } from "./candidate.js";
import type { Tense } from "./tense.js";
import {
  monthOf,
  monthSource,
  partOfDayOf,
  partOfDaySource,
  spokenYearSource,
  spokenYearValue,
  weekdayOf,
  weekdaySource,
} from "./words.js";

/** A year standing alone: "in 2009", "fiscal 1989", "FY2024", "2009-2010" (each year separately). */
const yearPattern =
  /(?<![$#£€\d.,/-])\b(?:(fiscal(?:\s+year)?|FY|calendar(?:\s+year)?)\s*)?((?:1[89]|20)\d\d)\b(?!\s*(?:%|percent|per cent)|[.,/:]\d|-\d{2}-)/g;

/** Words after a four-digit number that show it counts things rather than naming a year. */
const countNounPattern =
  /^\s+(?:people|persons|men|women|children|troops|soldiers|workers|jobs|employees|members|homes|houses|units|cars|vehicles|miles|kilometers|km|feet|meters|metres|tons|tonnes|acres|pounds|barrels|shares|points|votes|cases|deaths|dead|students|residents|families|pages|words|calories|hours|minutes|seconds|days|years|rooms|beds|square|cubic|other|more|of)\b/i;

/** Nouns after a number in words that show it counts things ("two thousand people"). */
const countWordsSource =
  "people|persons|men|women|children|troops|soldiers|workers|jobs|dollars|euros|pounds|miles|tons|votes|cases|deaths|years|days|of";

/** Labels that take a number rather than a year ("Room 2024", "Flight 1549", "No. 1999"). */
const numberLabelPattern =
  /\b(?:Room|Flight|Route|Highway|Interstate|No\.|Number|Article|Section|Resolution|Chapter|Bill|Lot|Unit|Suite|Gate|Platform|Model|Form|Order|Track|Apartment|Apt\.|Building)\s*$/i;

export const year: Rule = {
  name: "year",
  pattern: yearPattern,
  cue: /(?:1[89]|20)\d\d/,
  resolve(m, ctx) {
    const end = m.index + m[0].length;
    if (m[1] === undefined && numberLabelPattern.test(ctx.text.slice(Math.max(0, m.index - 14), m.index))) return null;
    if (countNounPattern.test(ctx.text.slice(end, end + 24))) return null;
    const value = m[2] ?? "";
    return fromMatch("year", m, value, "DATE", "year", false);
  },
};

/** "the 1990s", "the '90s", "the mid-1980s" → TimeML's `199X`. */
const decadePattern = /\b(?:the\s+)?(?:(?:early|mid|late)-?\s*)?(?:((?:1[0-9]|20)\d)0s|'(\d)0s)\b/gi;

export const decade: Rule = {
  name: "decade",
  pattern: decadePattern,
  cue: /\d0s/i,
  resolve(m) {
    const [, full, short] = m;
    const value = full !== undefined ? `${full}X` : `19${short ?? "0"}X`;
    return fromMatch("decade", m, value, "DATE", "decade", false);
  },
};

const ordinalQuarter: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};

/**
 * "the third quarter", "third-quarter", "the fiscal first quarter", "the fourth quarter of 1989", "Q3 2024",
 * "this year's third quarter", "next year's first quarter", "the 1988 second quarter", "the first half".
 */
const quarterPattern =
  /\b(?:(?:the|its|this\s+year's|(?<relative>last|next)\s+year's)\s+)?(?:(?<leadYear>(?:1[89]|20)\d\d)\s+)?(?:(?:fiscal|calendar)\s+)?(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|-)(?<kind>quarter|half)(?:\s+of\s+(?<ofYear>(?:fiscal\s+)?(?:1[89]|20)\d\d))?\b|\bQ(?<qNumber>[1-4])(?:\s+(?<qYear>(?:1[89]|20)\d\d))?\b|\b(?<nq>[1-4])Q(?<nqYear>\d{2})?\b/gi;

export const quarter: Rule = {
  name: "quarter",
  pattern: quarterPattern,
  cue: /quarter|half|q[1-4]|[1-4]q/i,
  resolve(m, ctx) {
    const whole = m[0];
    const g = m.groups ?? {};
    const { ordinal, kind, relative } = g;
    const n = ordinal !== undefined ? (ordinalQuarter[ordinal.toLowerCase()] ?? 1) : Number(g.qNumber ?? g.nq ?? "1");
    const explicitYear = g.ofYear ?? g.qYear ?? g.leadYear;
    let year: number | null = explicitYear !== undefined ? Number(explicitYear.replace(/\D/g, "")) : null;
    if (year === null) {
      if (ctx.dct === null) return null;
      year = ctx.dct.year;
      if (relative !== undefined) year += relative.toLowerCase() === "last" ? -1 : 1;
      // A quarter still ahead of the publication date, told in the past tense, is last year's.
      else if (
        kind?.toLowerCase() !== "half" &&
        n > quarterOf(ctx.dct) &&
        ctx.tenseAt(m.index, m.index + whole.length) === "past"
      )
        year -= 1;
    }
    const isHalf = kind?.toLowerCase() === "half";
    const value = isHalf ? `${formatYear(year)}-H${Math.min(n, 2)}` : formatQuarter(year, n);
    return fromMatch("quarter", m, value, "DATE", "quarter", explicitYear === undefined);
  },
};

/**
 * "the 1988 quarter", "the 1989 period": the quarter just talked about, in another year. Without a
 * quarter to refer to, the year alone.
 */
const yearPeriodPattern = /\bthe\s+((?:1[89]|20)\d\d)\s+(?:quarter|period)\b/gi;

export const yearPeriod: Rule = {
  name: "yearPeriod",
  pattern: yearPeriodPattern,
  cue: /quarter|period/i,
  resolve(m) {
    const year = Number(m[1]);
    const c = fromMatch("yearPeriod", m, formatYear(year), "DATE", "year", false);
    c.anaphor = {
      kind: "phrase",
      resolve: (ref) => (ref.precision === "year" ? null : formatQuarter(year, quarterOf(ref.day))),
    };
    return c;
  },
};

const seasonCodes: Record<string, string> = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };
const seasonMonths: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

/** "last fall", "this summer", "the spring of 2019", "winter 2020", "early this spring". */
const seasonPattern =
  /\b(?:(early|late|mid-?)\s*)?(?:(last|this|next|the|past)\s+)(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:1[89]|20)\d\d))?\b|\b(Spring|Summer|Fall|Autumn|Winter)\s+((?:1[89]|20)\d\d)\b/g;

export const season: Rule = {
  name: "season",
  pattern: seasonPattern,
  cue: /[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter/,
  resolve(m, ctx) {
    const [whole, , modifier, name, ofYear, capitalName, capitalYear] = m;
    const code = seasonCodes[(name ?? capitalName ?? "").toLowerCase()] ?? "SU";
    const explicit = ofYear ?? capitalYear;
    if (explicit !== undefined) return fromMatch("season", m, `${explicit}-${code}`, "DATE", "season", false);
    if (ctx.dct === null) return null;
    // "the fall" as a noun ("the fall of the regime") is not a season.
    if (
      modifier?.toLowerCase() === "the" &&
      /^the\s+fall\b/i.test(whole) &&
      /^\s+of\b/i.test(ctx.text.slice(m.index + whole.length))
    )
      return null;
    const mod = (modifier ?? "").toLowerCase();
    let yearOffset = 0;
    const seasonMonth = seasonMonths[code] ?? 7;
    if (mod === "last" || mod === "past") yearOffset = seasonMonth < ctx.dct.month ? 0 : -1;
    else if (mod === "next") yearOffset = seasonMonth > ctx.dct.month ? 0 : 1;
    else if (mod === "the") yearOffset = byTense(ctx.tenseAt(m.index, m.index + whole.length), seasonMonth, ctx.dct);
    return fromMatch("season", m, `${formatYear(ctx.dct.year + yearOffset)}-${code}`, "DATE", "season");
  },
};

/**
 * Year offset for a month named without a year: the nearest such month ("late November" in a January
 * article is last November). Deciding by tense instead scored lower on the development set (0.825 vs
 * 0.828 value accuracy), so `_tense` is kept only for the call sites' symmetry with weekdays.
 */
function byTense(tense: Tense, month: number, dct: Day): number {
  const diff = month - dct.month;
  if (diff > 6) return -1;
  if (diff < -6) return 1;
  // A month a season or more ahead told in the past is last year's, and the converse for the future;
  // nearer months keep the nearest year, as participles ("expected in December") fool the tense.
  if (tense === "past" && diff >= 3) return -1;
  if (tense === "future" && diff <= -3) return 1;
  return 0;
}

const yearOffsets: Record<string, number> = { last: -1, this: 0, next: 1 };

/** Words before a bare month name that show it is a date ("in May", "since March", "early June"). */
const monthCuePattern =
  /(?:\b(?:in|since|until|till|by|from|to|through|during|before|after|of|last|this|next|early|late|mid|end|beginning|start|between|and|or|each|every)\s*-?\s*)$/i;

/**
 * A month without a day: "in May", "last November", "late November", "March 2013", "mid-June".
 * "May" and "March" need a cue so the modal and the verb stay out.
 */
const monthPattern = new RegExp(
  `\\b(?:(early|late|mid-?|last|this|next|the end of|the beginning of|the start of|the middle of)\\s*)?(${monthSource})(?!\\w)(?:,?\\s+((?:1[6-9]|20)\\d\\d)\\b|\\s+(last|this|next)\\s+year\\b)?`,
  "g",
);

export const month: Rule = {
  name: "month",
  pattern: monthPattern,
  cue: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
  resolve(m, ctx) {
    const [whole, modifier, name, explicitYear, relativeYear] = m;
    if (name === undefined) return null;
    const monthNumber = monthOf(name);
    const after = ctx.text.slice(m.index + whole.length, m.index + whole.length + 6);
    // "March 22" / "Oct. 7" are full dates: chrono's rule covers them.
    if (explicitYear === undefined && /^\s*\d{1,2}(?!\d)/.test(after)) return null;
    const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
    const guarded = /^(?:May|March|June|April|August|Jan\.|Mar\.)$/.test(name);
    if (
      guarded &&
      modifier === undefined &&
      explicitYear === undefined &&
      relativeYear === undefined &&
      !monthCuePattern.test(before)
    )
      return null;
    if (explicitYear !== undefined)
      return fromMatch("month", m, formatMonth(Number(explicitYear), monthNumber), "DATE", "month", false);
    if (ctx.dct === null) return null;
    const mod = (modifier ?? "").toLowerCase();
    let offset: number;
    // "June last year", "January this year".
    if (relativeYear !== undefined) offset = yearOffsets[relativeYear.toLowerCase()] ?? 0;
    else if (mod === "last") offset = monthNumber < ctx.dct.month ? 0 : -1;
    else if (mod === "next") offset = monthNumber > ctx.dct.month ? 0 : 1;
    else if (mod === "this") offset = 0;
    else offset = byTense(ctx.tenseAt(m.index, m.index + whole.length), monthNumber, ctx.dct);
    return fromMatch("month", m, formatMonth(ctx.dct.year + offset, monthNumber), "DATE", "month");
  },
};

/** Proper names that contain a weekday: "Good Friday Agreement", "Black Friday", "Super Tuesday". */
const weekdayNamePattern =
  /(?:\b(?:Good|Black|Bloody|Holy|Ash|Easter|Palm|Super|Cyber|Giving|Maundy|Shrove|Patriot|Friday's|Big)\s+)$/;
const weekdayNameAfterPattern =
  /^\s+(?:Agreement|Accord|Mosque|Prayers?|Club|Times|Night Lights|Massacre|Sermon|Service|Market)\b|^[-']/;

/** "Friday", "on Tuesday", "last Monday", "next Thursday", "Friday morning", "Sunday night". */
const weekdayPattern = new RegExp(
  `\\b(?:(last|this|next|this past|this coming)\\s+)?(${weekdaySource})(?:'s)?(?:\\s+(${partOfDaySource}))?\\b`,
  "g",
);

export const weekdayRule: Rule = {
  name: "weekday",
  pattern: weekdayPattern,
  cue: /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/,
  resolve(m, ctx) {
    const [whole, modifier, name, part] = m;
    if (ctx.dct === null || name === undefined) return null;
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    const after = ctx.text.slice(m.index + whole.length, m.index + whole.length + 16);
    if (modifier === undefined && (weekdayNamePattern.test(before) || weekdayNameAfterPattern.test(after))) return null;
    // "Friday, March 22" is a full date: chrono's rule covers it.
    const day = resolveWeekday(ctx, weekdayOf(name), (modifier ?? "").toLowerCase(), m.index, m.index + whole.length);
    if (part !== undefined) return fromMatch("weekday", m, `${formatDay(day)}T${partOfDayOf(part)}`, "TIME", "time");
    return fromMatch("weekday", m, formatDay(day), "DATE", "day");
  },
};

/**
 * Tense-aware weekday: past narration points back ("met on Friday" in a Tuesday article is the Friday
 * before), the future points ahead, and without a verb cue the nearest such day wins.
 */
export function resolveWeekday(ctx: RuleContext, target: number, modifier: string, start: number, end: number): Day {
  const dct = ctx.dct as Day;
  if (modifier === "last" || modifier === "this past") return weekdayFrom(addDays(dct, -1), target, -1);
  if (modifier === "next" || modifier === "this coming") return weekdayFrom(addDays(dct, 1), target, 1);
  const tense = ctx.tenseAt(start, end);
  if (tense === "past") return weekdayFrom(dct, target, -1);
  if (tense === "future") return weekdayFrom(dct, target, 1);
  const back = weekdayFrom(dct, target, -1);
  const ahead = weekdayFrom(dct, target, 1);
  const backDistance = Math.round(
    (Date.UTC(dct.year, dct.month - 1, dct.day) - Date.UTC(back.year, back.month - 1, back.day)) / 86_400_000,
  );
  return backDistance <= 3 ? back : ahead;
}

/**
 * Years said in words, in transcripts: "the year two thousand", "in nineteen ninety-four", "January
 * nineteen ninety-seven", "the winter of nineteen ninety-four". Alone they need "the year" or a
 * preposition, as "two thousand" is far more often a count.
 */
const spokenYearPattern = new RegExp(
  `\\b(?:(${monthSource})\\s+|the\\s+(spring|summer|fall|autumn|winter)\\s+of\\s+|the\\s+year\\s+|(?<=\\b(?:in|of|since|by|until|before|after)\\s))(${spokenYearSource})\\b(?![\\s-]+(?:${countWordsSource})\\b)`,
  "gi",
);

export const spokenYear: Rule = {
  name: "spokenYear",
  pattern: spokenYearPattern,
  cue: /eighteen|nineteen|two thousand/i,
  resolve(m) {
    const [, monthName, seasonName, spoken] = m;
    const value = spokenYearValue(spoken ?? "");
    if (value === null) return null;
    if (monthName !== undefined)
      return fromMatch("spokenYear", m, formatMonth(value, monthOf(monthName)), "DATE", "month", false);
    if (seasonName !== undefined)
      return fromMatch(
        "spokenYear",
        m,
        `${formatYear(value)}-${seasonCodes[seasonName.toLowerCase()] ?? "SU"}`,
        "DATE",
        "season",
        false,
      );
    return fromMatch("spokenYear", m, formatYear(value), "DATE", "year", false);
  },
};

/** "by year-end", "since year-end", "around year end": the last day of the year meant. The preposition stays out. */
const yearEndPattern =
  /(?<=\b(?:by|at|since|until|till|before|after|around|near|toward|towards|through|from)\s+)(?:year[- ]end|year's end)\b(?!-)/gi;

export const yearEnd: Rule = {
  name: "yearEnd",
  pattern: yearEndPattern,
  cue: /year/i,
  resolve(m, ctx) {
    if (ctx.dct === null) return null;
    const before = ctx.text.slice(Math.max(0, m.index - 8), m.index);
    // "since year-end" looks back to the last one; "by year-end" (even in past narration) to the coming one.
    const back = /(?:since|after|from)\s+$/i.test(before);
    const year = ctx.dct.year - (back && ctx.dct.month < 12 ? 1 : 0);
    return fromMatch("yearEnd", m, `${formatYear(year)}-12-31`, "DATE", "day");
  },
};
