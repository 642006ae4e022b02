import { addDays, formatDay, shift, unitValue } from "./calendar.js";
import type { CalendarUnit } from "./calendar.js";
import { fromMatch } from "./candidate.js";
import type { Candidate, Precision, Reference, Rule } from "./candidate.js";
import { fineEnough } from "./narrativeReference.js";
import { amountSource, amountValue, partOfDayOf, partOfDaySource, unitOf, unitSource } from "./words.js";

/** "today", "yesterday morning", "tomorrow night", "tonight", "last night", "this morning". */
const deicticDayPattern = new RegExp(
  `\\b(?:(?:(today|yesterday|tomorrow)(?:'s)?(?:\\s+(${partOfDaySource}))?)|(tonight|overnight)|(?:(this|last)\\s+(${partOfDaySource})))\\b`,
  "gi",
);

const dayOffsets: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0, overnight: 0, this: 0 };

export const deicticDay: Rule = {
  name: "deicticDay",
  pattern: deicticDayPattern,
  cue: /today|yesterday|tomorrow|night|morning|afternoon|evening/i,
  resolve(m, ctx) {
    if (ctx.dct === null) return null;
    const [, word, part, night, modifier, modifiedPart] = m;
    if (night !== undefined) {
      if (night.toLowerCase() === "overnight") return null;
      return fromMatch("deicticDay", m, `${formatDay(ctx.dct)}TNI`, "TIME", "time");
    }
    if (modifier !== undefined && modifiedPart !== undefined) {
      // "last night" is the previous evening; "this morning" is the publication day.
      const partCode = partOfDayOf(modifiedPart);
      const isLast = modifier.toLowerCase() === "last";
      if (isLast && partCode !== "NI" && partCode !== "EV") return null;
      const day = isLast ? addDays(ctx.dct, -1) : ctx.dct;
      return fromMatch("deicticDay", m, `${formatDay(day)}T${partCode}`, "TIME", "time");
    }
    if (word === undefined) return null;
    const day = addDays(ctx.dct, dayOffsets[word.toLowerCase()] ?? 0);
    if (part !== undefined) return fromMatch("deicticDay", m, `${formatDay(day)}T${partOfDayOf(part)}`, "TIME", "time");
    return fromMatch("deicticDay", m, formatDay(day), "DATE", "day");
  },
};

const relativeUnitSource = "week|weekend|month|year|quarter|decade|century";

/**
 * "last week", "this year", "next month", "earlier this year", "later this month", "the past week",
 * "the coming year", "the current quarter", "early next year", "the same month".
 */
const relativeUnitPattern = new RegExp(
  `\\b(?:(earlier|later|early|late|mid-?|the end of|the start of|the beginning of)\\s*)?(?:(last|this|next|past|previous|coming|current|following)|the\\s+(past|last|previous|coming|current|next|same|following|latest|most recent))\\s+(${relativeUnitSource})\\b`,
  "gi",
);

const unitPrecision: Record<CalendarUnit, Precision> = {
  day: "day",
  week: "week",
  weekend: "week",
  month: "month",
  quarter: "quarter",
  year: "year",
  decade: "decade",
  century: "year",
};

export const relativeUnit: Rule = {
  name: "relativeUnit",
  pattern: relativeUnitPattern,
  cue: /week|month|year|quarter|decade|century/i,
  resolve(m, ctx) {
    if (ctx.dct === null) return null;
    const [, , bare, withThe, rawUnit] = m;
    const unit = (rawUnit ?? "").toLowerCase() as CalendarUnit;
    const word = (bare ?? withThe ?? "").toLowerCase();
    // "the past week" / "the coming months" name a stretch of time, not a calendar unit.
    if (withThe !== undefined && (word === "past" || word === "coming") && unit !== "weekend") {
      return fromMatch("relativeUnit", m, `P1${durationLetter(unit)}`, "DURATION", "duration", false);
    }
    let offset: number;
    if (word === "last" || word === "past" || word === "previous") offset = -1;
    else if (word === "next" || word === "coming" || word === "following") offset = 1;
    else offset = 0;
    if (unit === "quarter" && (word === "latest" || word === "most recent")) offset = -1;
    if (word === "same") return null;
    const day = shift(ctx.dct, unit, offset);
    return fromMatch("relativeUnit", m, unitValue(day, unit), "DATE", unitPrecision[unit]);
  },
};

function durationLetter(unit: CalendarUnit): string {
  if (unit === "week" || unit === "weekend") return "W";
  if (unit === "month") return "M";
  if (unit === "quarter") return "Q";
  if (unit === "decade") return "DE";
  if (unit === "century") return "CE";
  if (unit === "day") return "D";
  return "Y";
}

/** "the weekend" (the one around publication), "the quarter" (the last one reported), "the year". */
const definiteUnitPattern =
  /\b(?:the|this)\s+(weekend|(?:latest\s+|fiscal\s+)?quarter|(?:fiscal\s+)?year|month|week|(?:latest|current)\s+period)\b(?!\s+(?:of|before|after|earlier|ago|later|that|when|in\s+which)\b)(?!-)/gi;

const yearEndedPattern = /^\s+(?:ended|ending|that ended|through)\b/i;

export const definiteUnit: Rule = {
  name: "definiteUnit",
  pattern: definiteUnitPattern,
  cue: /week|quarter|year|month|period/i,
  resolve(m, ctx) {
    if (ctx.dct === null) return null;
    const what = (m[1] ?? "").toLowerCase();
    const tense = ctx.tenseAt(m.index, m.index + m[0].length);
    if (what === "weekend") {
      const direction = tense === "future" ? 1 : tense === "past" ? -1 : 0;
      const day = direction === 0 ? ctx.dct : shift(ctx.dct, "day", direction * 3);
      return fromMatch("definiteUnit", m, unitValue(day, "weekend"), "DATE", "week");
    }
    if (what.endsWith("quarter") || what.endsWith("period")) {
      // Business news reports on the last completed quarter.
      return fromMatch("definiteUnit", m, unitValue(shift(ctx.dct, "quarter", -1), "quarter"), "DATE", "quarter");
    }
    // "the year ended March 31": a twelve-month period named by its end, in TimeML a duration.
    if (
      what.endsWith("year") &&
      yearEndedPattern.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 10))
    )
      return fromMatch("definiteUnit", m, "P1Y", "DURATION", "duration", false);
    const unit = what.replace(/^fiscal\s+/, "") as CalendarUnit;
    return fromMatch("definiteUnit", m, unitValue(ctx.dct, unit), "DATE", unitPrecision[unit]);
  },
};

/** "the year-earlier quarter", "the year-ago period", "year-earlier" (financial comparisons). */
const yearEarlierPattern =
  /\b(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period|(?:fiscal\s+)?(?:first|second|third|fourth)\s+quarter))?\b/gi;

export const yearEarlier: Rule = {
  name: "yearEarlier",
  pattern: yearEarlierPattern,
  cue: /year-/i,
  resolve(m, ctx) {
    if (ctx.dct === null) return null;
    const lastQuarter = shift(ctx.dct, "quarter", -1);
    const day = shift(lastQuarter, "year", -1);
    const mentionsPeriod = /quarter|period/i.test(m[0]) || nearQuarterTalk(ctx.text, m.index);
    return fromMatch(
      "yearEarlier",
      m,
      mentionsPeriod ? unitValue(day, "quarter") : String(day.year),
      "DATE",
      mentionsPeriod ? "quarter" : "year",
    );
  },
};

/**
 * Quarterly-results talk nearby (the 600 characters before, or the rest of the sentence): "a year
 * earlier" there means the same quarter a year before.
 */
function nearQuarterTalk(text: string, at: number): boolean {
  const sentenceStart = Math.max(0, at - 600);
  const nextStop = text.indexOf(". ", at);
  const sentenceEnd = Math.min(nextStop === -1 ? text.length : nextStop, at + 300);
  return /\bquarter(?:ly)?\b|\bperiod\b/i.test(text.slice(sentenceStart, sentenceEnd));
}

/**
 * "10 days ago", "two years ago", "a year earlier", "three weeks from now". The amount is part of the
 * extent, and so is a hedge before it ("about 10 days ago", "nearly two years ago"), as the TIMEX3 guidelines
 * write it (with mod="APPROX"): the hedge belongs to the date, not to a figure.
 */
const agoPattern = new RegExp(
  `\\b(${amountSource})[\\s-]+(${unitSource})s?\\s+(ago|earlier|from now|hence|later|before now)\\b`,
  "gi",
);

export const ago: Rule = {
  name: "ago",
  pattern: agoPattern,
  cue: /ago|earlier|from now|hence|later|before now/i,
  resolve(m, ctx): Candidate | null {
    if (ctx.dct === null) return null;
    const [, amount, rawUnit, direction] = m;
    const unit = unitOf(rawUnit ?? "");
    const n = amountValue(amount ?? "");
    const sign = /ago|earlier|before/i.test(direction ?? "") ? -1 : 1;
    if (n === null) return fromMatch("ago", m, sign < 0 ? "PAST_REF" : "FUTURE_REF", "DATE", "vague");
    if (unit === "second" || unit === "minute" || unit === "hour" || unit === "night") {
      return fromMatch("ago", m, formatDay(ctx.dct), "DATE", "day");
    }
    const calendarUnit = unit as CalendarUnit;
    const whole = Math.round(n);
    if (whole !== n) return fromMatch("ago", m, sign < 0 ? "PAST_REF" : "FUTURE_REF", "DATE", "vague");
    const day = shift(ctx.dct, calendarUnit, sign * whole);
    let c: Candidate;
    if (calendarUnit === "year" && /earlier|ago/i.test(direction ?? "") && nearQuarterTalk(ctx.text, m.index)) {
      c = fromMatch("ago", m, unitValue(shift(day, "quarter", -1), "quarter"), "DATE", "quarter");
    } else c = fromMatch("ago", m, unitValue(day, calendarUnit), "DATE", unitPrecision[calendarUnit]);
    // "two days later", "a year earlier" count from the event just told; "ago" counts from now.
    if (/earlier|later/i.test(direction ?? "")) {
      c.anaphor = { kind: "shift", resolve: (ref) => shiftedReference(ref, calendarUnit, sign * whole) };
    }
    const hedge = hedgeBefore.exec(ctx.text.slice(Math.max(0, m.index - 24), m.index));
    if (hedge) c.start -= hedge[0].length;
    return c;
  },
};

/** A hedge right before the amount of an "ago" expression: "about ", "nearly ", "more than "; TimeBank leaves "just" out. */
const hedgeBefore =
  /\b(?:about|nearly|almost|roughly|around|approximately|some|more than|less than|over|under|exactly)\s+$/i;

/** `ref` moved by `n` units, at the reference's own precision ("a year earlier" than Sept. 30 is a day). */
function shiftedReference(ref: Reference, unit: CalendarUnit, n: number): string | null {
  if (!fineEnough(ref.precision, unitPrecision[unit])) return null;
  const day = shift(ref.day, unit, n);
  if (ref.precision === "day") return formatDay(day);
  return unitValue(day, ref.precision === "month" ? "month" : ref.precision === "quarter" ? "quarter" : "year");
}

/**
 * Vague references TimeML writes as PRESENT_REF, PAST_REF and FUTURE_REF. Bare adjectives ("current",
 * "recent", "future") and "soon"/"previously" are left out: on the development set they were tagged
 * less often than not.
 */
const vagueReferencePattern =
  /\b(?:(now|currently|at present|presently|nowadays|these days|at the moment|the present|to date|so far)|(recently|lately|the past|in the past|recent\s+(?:years|months|weeks|days|decades|times))|(the future|in the coming (?:years|months|weeks|days)|the coming (?:years|months|weeks|days)|in the years ahead|eventually|someday))\b(?!-)/gi;

export const vagueReference: Rule = {
  name: "vagueReference",
  pattern: vagueReferencePattern,
  cue: /now|current|present|days|moment|date|so far|recent|lately|past|future|coming|years ahead|eventually|someday/i,
  resolve(m) {
    const [whole, present, past] = m;
    const lower = whole.toLowerCase();
    // "so far" and "to date" are extents of PRESENT_REF only in some guidelines; keep them out of the extent.
    if (lower === "so far" || lower === "to date" || lower === "eventually" || lower === "someday") return null;
    const value = present !== undefined ? "PRESENT_REF" : past !== undefined ? "PAST_REF" : "FUTURE_REF";
    const c = fromMatch("vagueReference", m, value, "DATE", "vague", false);
    if (lower.startsWith("in the ")) c.start += 3;
    return c;
  },
};
