import { addDays, formatDay, shift, unitValue, weekdayFrom } from "./calendar.js";
import type { CalendarUnit, Day } from "./calendar.js";
import { fromMatch } from "./candidate.js";
import type { Candidate, Precision, Reference, Rule } from "./candidate.js";
import { resolveWeekday } from "./calendarRules.js";
import { fineEnough } from "./narrativeReference.js";
import { partOfDayOf, partOfDaySource, weekdayOf, weekdaySource } from "./words.js";

type AnaphoricUnit = CalendarUnit | "part" | "weekday";

interface Target {
  unit: AnaphoricUnit;
  /** The part of day ("morning") or the weekday's name, when `unit` says so. */
  word: string;
  offset: number;
}

const needs: Record<AnaphoricUnit, Precision> = {
  day: "day",
  part: "day",
  weekday: "day",
  week: "day",
  weekend: "day",
  month: "month",
  quarter: "quarter",
  year: "year",
  decade: "year",
  century: "year",
};

/** The TimeML value of `target` counted from `from`, or null when `precision` is too coarse for it. */
function valueFrom(from: Day, precision: Precision, target: Target): string | null {
  if (!fineEnough(precision, needs[target.unit])) return null;
  if (target.unit === "part") return `${formatDay(addDays(from, target.offset))}T${partOfDayOf(target.word)}`;
  if (target.unit === "weekday") {
    const w = weekdayOf(target.word);
    if (target.offset === 0) return null;
    return formatDay(target.offset > 0 ? weekdayFrom(addDays(from, 1), w, 1) : weekdayFrom(addDays(from, -1), w, -1));
  }
  return unitValue(shift(from, target.unit, target.offset), target.unit);
}

function typeOf(target: Target): { type: "DATE" | "TIME"; precision: Precision } {
  if (target.unit === "part") return { type: "TIME", precision: "time" };
  if (target.unit === "weekday" || target.unit === "day") return { type: "DATE", precision: "day" };
  if (target.unit === "weekend") return { type: "DATE", precision: "week" };
  return { type: "DATE", precision: target.unit as Precision };
}

/** A candidate that reads `target` from the narrative's last date, falling back to the publication day. */
function anaphoric(
  rule: string,
  m: RegExpExecArray,
  target: Target,
  dct: Day | null,
  start = m.index,
): Candidate | null {
  const fallback = dct === null ? null : valueFrom(dct, "day", target);
  if (fallback === null) return null;
  const { type, precision } = typeOf(target);
  const c = fromMatch(rule, m, fallback, type, precision);
  c.start = start;
  c.anaphor = { kind: "phrase", resolve: (ref: Reference) => valueFrom(ref.day, ref.precision, target) };
  return c;
}

const anaphoricOffsets: Record<string, number> = {
  that: 0,
  "the same": 0,
  "the following": 1,
  "the next": 1,
  "the previous": -1,
  "the preceding": -1,
  "the prior": -1,
};

/**
 * "that day", "the same month", "the following year", "later that year", "earlier that day", "the
 * previous Friday", "the next morning": told against the last date of the narrative. "the next" and
 * "the previous" are anaphoric only in past narration ("the next year" in a forecast counts from now).
 */
const anaphoricUnitPattern = new RegExp(
  `\\b(?:(earlier|later|early|late)\\s+(?:in\\s+)?)?(that|the same|the following|the next|the previous|the preceding|the prior)\\s+(?:(day|week|weekend|month|year|quarter)|(${partOfDaySource})|(${weekdaySource}))\\b(?![-'])`,
  "gi",
);

export const anaphoricUnit: Rule = {
  name: "anaphoricUnit",
  pattern: anaphoricUnitPattern,
  cue: /that|the (?:same|following|next|previous|preceding|prior)/i,
  resolve(m, ctx) {
    const [whole, , rawWord, unit, part, weekday] = m;
    const word = (rawWord ?? "").toLowerCase().replace(/\s+/g, " ");
    const offset = anaphoricOffsets[word] ?? 0;
    const after = ctx.text.slice(m.index + whole.length, m.index + whole.length + 12);
    // "that year's budget" and "the same day of the week" still name the period; "that day when" too.
    if (/^\s+of\b/i.test(after)) return null;
    if ((word === "the next" || word === "the previous") && ctx.tenseAt(m.index, m.index + whole.length) !== "past")
      return null;
    // "the following Friday" without a reference is the coming one; "that Friday" names no new day.
    if (weekday !== undefined && offset === 0) return null;
    const target: Target =
      part !== undefined
        ? { unit: "part", word: part, offset }
        : weekday !== undefined
          ? { unit: "weekday", word: weekday, offset }
          : { unit: (unit ?? "day").toLowerCase() as CalendarUnit, word: "", offset };
    return anaphoric("anaphoricUnit", m, target, ctx.dct);
  },
};

/** "the day before", "the night before", "the year before", "the week after": one unit from the reference. */
const unitBeforeAfterPattern =
  /\bthe\s+(day|night|week|month|year)\s+(before|after|earlier|later)\b(?!\s+(?:the|a|an|his|her|its|their|[A-Z]))/gi;

export const unitBeforeAfter: Rule = {
  name: "unitBeforeAfter",
  pattern: unitBeforeAfterPattern,
  cue: /before|after|earlier|later/i,
  resolve(m, ctx) {
    const [, rawUnit, direction] = m;
    const unit = (rawUnit ?? "day").toLowerCase();
    const offset = /before|earlier/i.test(direction ?? "") ? -1 : 1;
    const target: Target =
      unit === "night" ? { unit: "part", word: "night", offset } : { unit: unit as CalendarUnit, word: "", offset };
    return anaphoric("unitBeforeAfter", m, target, ctx.dct);
  },
};

const clockSource = "(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?|(noon|midday|midnight)";

function clockOf(
  hour: string | undefined,
  minute: string | undefined,
  meridiem: string | undefined,
  word: string | undefined,
): string | null {
  if (word !== undefined) return word.toLowerCase() === "midnight" ? "24:00" : "12:00";
  let h = Number(hour);
  if (!(h >= 1 && h <= 12)) return null;
  if (meridiem?.toLowerCase() === "p" && h !== 12) h += 12;
  if (meridiem?.toLowerCase() === "a" && h === 12) h = 0;
  return `${String(h).padStart(2, "0")}:${minute ?? "00"}`;
}

const dayOffsets: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

/**
 * A clock time with its day: "10 p.m. Wednesday", "noon Thursday", "4 a.m. EDT Thursday", "3 p.m.
 * yesterday". chrono drops these in strict mode; the weekday follows our tense-aware reading.
 */
const clockDayPattern = new RegExp(
  `\\b(?:${clockSource})(?:\\s+(?:[ECMP][SD]T|GMT|UTC))?,?\\s+(?:on\\s+)?(?:(today|yesterday|tomorrow)|(?:(last|next|this)\\s+)?(${weekdaySource}))\\b(?!')`,
  "gi",
);

export const clockDay: Rule = {
  name: "clockDay",
  pattern: clockDayPattern,
  cue: /noon|midday|midnight|\d\s*[ap]\.?\s?m/i,
  resolve(m, ctx) {
    if (ctx.dct === null) return null;
    const [, hour, minute, meridiem, word, deictic, modifier, weekday] = m;
    const clock = clockOf(hour, minute, meridiem, word);
    if (clock === null) return null;
    let day: Day;
    if (deictic !== undefined) day = addDays(ctx.dct, dayOffsets[deictic.toLowerCase()] ?? 0);
    else {
      const start = m.index + m[0].length - (weekday ?? "").length;
      day = resolveWeekday(ctx, weekdayOf(weekday ?? ""), (modifier ?? "").toLowerCase(), start, m.index + m[0].length);
    }
    return fromMatch("clockDay", m, `${formatDay(day)}T${clock}`, "TIME", "time");
  },
};

/** "at noon", "midday": a time of day on the day of the event told (chrono's strict mode skips these). */
const clockWordPattern = /\b(noon|midday)\b(?!-)/gi;

export const clockWord: Rule = {
  name: "clockWord",
  pattern: clockWordPattern,
  cue: /noon|midday/i,
  resolve(m, ctx) {
    if (ctx.dct === null) return null;
    const c = fromMatch("clockWord", m, `${formatDay(ctx.dct)}T12:00`, "TIME", "time");
    c.anaphor = { kind: "clock", resolve: (ref) => `${formatDay(ref.day)}T12:00` };
    return c;
  },
};
