import { fromMatch } from "./candidate.js";
import type { Rule } from "./candidate.js";
import {
  amountSource,
  amountValue,
  durationValue,
  partOfDayOf,
  partOfDaySource,
  unitOf,
  unitSource,
  weekdayOf,
  weekdaySource,
} from "./words.js";

/**
 * A length of time: "three years", "the past three years", "the first nine months", "10 days",
 * "a decade", "two-year" (as an adjective), "several weeks". Hedges ("about", "nearly") stay outside.
 */
const durationPattern = new RegExp(
  `\\b(?:(?:the\\s+)?(?:(?:past|last|next|previous|first|coming|final|following|remaining|latest|initial|same|entire|whole|full)\\s+))?(?:(${amountSource})\\s*(?:to|or|-|–)\\s*)?(${amountSource})[\\s-]+(?:(?:and\\s+a\\s+half|full|more|straight|consecutive|calendar|business|working)[\\s-]+)?(${unitSource})s?(?:-long|-old)?\\b`,
  "gi",
);

/** A number before the unit that is not the amount ("$5 a year", "twice a day") turns the match into a rate. */
const rateBeforePattern = /(?:[\d%]|\b(?:once|twice|times|per|percent|cents?|dollars?|euros?|pounds?|yen))\s*$/i;

export const duration: Rule = {
  name: "duration",
  pattern: durationPattern,
  cue: /second|minute|hour|day|night|week|month|quarter|year|decade|centur/i,
  resolve(m, ctx) {
    const [whole, low, amount, rawUnit] = m;
    // "two to three weeks", "12 to 18 months": a range, which TimeML writes with an unknown count.
    const isRange = low !== undefined && !/^an?$/i.test(low);
    const n = isRange ? null : amountValue(amount ?? "");
    const unit = unitOf(rawUnit ?? "");
    const lower = whole.toLowerCase();
    const article = /^an?\s/.test(lower);
    const before = ctx.text.slice(Math.max(0, m.index - 24), m.index);
    if (article && rateBeforePattern.test(before)) {
      return fromMatch("duration", m, durationValue(1, unit), "SET", "set", false);
    }
    const after = ctx.text.slice(m.index + whole.length, m.index + whole.length + 8);
    // Ages ("6-year-old", "52 years old") are not temporal expressions in TimeML.
    if (lower.endsWith("-old") || /^\s+old\b/i.test(after)) return null;
    // "three-quarters" and "a quarter of" are fractions.
    if (unit === "quarter" && (article || /-quarters?$/.test(lower) || /^\s+of\b/i.test(after))) return null;
    // "one day" as in "one day he will" names no length; "a day" after a verb usually does.
    if (
      /^one\s+day$/.test(lower) &&
      !/\b(?:for|in|within|after|than|about|nearly|only|just|last(?:ed|s)?)\s*$/i.test(before)
    )
      return null;
    // "the second" and "a minute" are too ambiguous in news prose without a number.
    if ((unit === "second" || unit === "minute") && article) return null;
    // "a year" / "a month" standing alone after "of" or "the" reads as a period, not a length.
    return fromMatch("duration", m, durationValue(n, unit), "DURATION", "duration", false);
  },
};

/** Bare plural units: "for years", "decades of war", "hours later". */
const pluralUnitPattern =
  /\b(?:(?:for|over|in|within|lasted|took|last|past|the\s+past|the\s+last|the\s+next|the\s+coming)\s+)(years|months|weeks|days|hours|decades|centuries|minutes)\b/gi;

export const pluralUnit: Rule = {
  name: "pluralUnit",
  pattern: pluralUnitPattern,
  cue: /years|months|weeks|days|hours|decades|centuries|minutes/i,
  resolve(m) {
    const word = m[1] ?? "";
    const c = fromMatch(
      "pluralUnit",
      m,
      durationValue(null, unitOf(word.replace(/s$/i, ""))),
      "DURATION",
      "duration",
      false,
    );
    const lead = m[0].toLowerCase();
    // The preposition is not part of the extent; "the past/next/coming" is.
    const keep = /(?:the\s+(?:past|last|next|coming)\s+)(?=\w+$)/i.exec(lead);
    c.start = m.index + (keep ? keep.index : m[0].length - word.length);
    return c;
  },
};

const setUnits: Record<string, string> = {
  daily: "P1D",
  nightly: "P1D",
  weekly: "P1W",
  monthly: "P1M",
  annually: "P1Y",
  yearly: "P1Y",
  hourly: "PT1H",
  quarterly: "P3M",
  biweekly: "P2W",
  annual: "P1Y",
};

/** Recurrences: "daily", "weekly", "annually", "every day", "each year", "per month", "every Friday". */
const setPattern = new RegExp(
  `\\b(?:(daily|nightly|weekly|monthly|annually|yearly|hourly|biweekly)|(?:every|each|per)\\s+(?:(other)\\s+)?(${unitSource}|season|spring|summer|fall|autumn|winter|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|(?:once|twice|(?:${amountSource})\\s+times)\\s+(?:a|an|per)\\s+(${unitSource}))\\b`,
  "gi",
);

const setWeekdays: Record<string, string> = {
  sunday: "7",
  monday: "1",
  tuesday: "2",
  wednesday: "3",
  thursday: "4",
  friday: "5",
  saturday: "6",
};
const setSeasons: Record<string, string> = {
  season: "XXXX-XX",
  spring: "XXXX-SP",
  summer: "XXXX-SU",
  fall: "XXXX-FA",
  autumn: "XXXX-FA",
  winter: "XXXX-WI",
};

export const recurrence: Rule = {
  name: "recurrence",
  pattern: setPattern,
  cue: /daily|nightly|weekly|monthly|annually|yearly|hourly|every|each|per|once|twice|times/i,
  resolve(m, ctx) {
    const [, adverb, other, every, perUnit] = m;
    if (adverb !== undefined) {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "daily newspaper", "weekly magazine" name publications, not recurrences of an event.
      if (/^\s+(?:newspaper|paper|magazine|news|mail|telegraph|star|show|column)\b/i.test(after)) return null;
      return fromMatch("recurrence", m, setUnits[adverb.toLowerCase()] ?? "P1D", "SET", "set", false);
    }
    const word = (every ?? perUnit ?? "").toLowerCase();
    const weekdayNumber = setWeekdays[word];
    if (weekdayNumber !== undefined)
      return fromMatch("recurrence", m, `XXXX-WXX-${weekdayNumber}`, "SET", "set", false);
    const seasonValue = setSeasons[word];
    if (seasonValue !== undefined) return fromMatch("recurrence", m, seasonValue, "SET", "set", false);
    const value = durationValue(other !== undefined ? 2 : 1, unitOf(word));
    return fromMatch("recurrence", m, value, "SET", "set", false);
  },
};

/**
 * Weekdays that recur: "Tuesday nights", "on Sundays", and the first of "Monday and Tuesday nights"
 * (the part of day is shared). TimeML writes them `XXXX-WXX-2TNI`.
 */
const weekdaySetPattern = new RegExp(
  `\\b(?:(${weekdaySource})s?\\s+(${partOfDaySource})s\\b|(${weekdaySource})s\\b|(${weekdaySource})(?=\\s+(?:and|or)\\s+(?:${weekdaySource})s?\\s+(${partOfDaySource})s\\b))`,
  "g",
);

/** ISO weekday number (Monday 1 … Sunday 7). */
const isoWeekday = (name: string): number => weekdayOf(name) || 7;

export const weekdaySet: Rule = {
  name: "weekdaySet",
  pattern: weekdaySetPattern,
  cue: /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/,
  resolve(m) {
    const [, withPart, part, plural, shared, sharedPart] = m;
    const name = withPart ?? plural ?? shared ?? "";
    const partName = part ?? sharedPart;
    const suffix = partName === undefined ? "" : `T${partOfDayOf(partName)}`;
    return fromMatch("weekdaySet", m, `XXXX-WXX-${isoWeekday(name)}${suffix}`, "SET", "set", false);
  },
};
