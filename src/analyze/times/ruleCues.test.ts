import { describe, expect, it } from "vitest";
import { rules } from "./findTimes.js";

/**
 * Phrases that every rule matches, each alternative of its pattern at least once, in the case the text gives and
 * in upper case (the case flags of a pattern and its cue must agree).
 */
const phrases = [
  // clockDay, clockWord
  "at 3 p.m. on Tuesday",
  "at 10:30am yesterday",
  "at noon EST, on last Friday",
  "by midnight tomorrow",
  "at midday",
  // anaphoricUnit, unitBeforeAfter
  "later that day",
  "early in the following week",
  "the same morning",
  "the previous Sunday",
  "the prior quarter",
  "the day before.",
  "the year after,",
  // deicticDay, yearEarlier, ago
  "today's meeting",
  "yesterday afternoon",
  "tonight",
  "overnight",
  "this morning",
  "last night",
  "the year-earlier quarter",
  "year-ago period",
  "two weeks ago",
  "3 1/2 years earlier",
  "a few days from now",
  "ten months hence",
  "a decade later",
  "six hours before now",
  // relativeUnit, definiteUnit
  "last week",
  "the end of next month",
  "the past year",
  "the most recent quarter",
  "this century",
  "the weekend",
  "the latest quarter",
  "this fiscal year",
  "the current period",
  // quarter, yearPeriod, yearEnd, spokenYear
  "the first quarter of 2016",
  "its 2015 fiscal second half",
  "Q3 2016",
  "2Q16",
  "the 2016 period",
  "by year-end",
  "until year's end",
  "in nineteen ninety-eight",
  "the summer of two thousand and one",
  "March eighteen hundred",
  // season, decade
  "last spring",
  "the fall of 2015",
  "Winter 2016",
  "the 1990s",
  "the mid-'80s",
  // month, weekdaySet, weekday, year
  "early January 2016",
  "Sept. 2015",
  "Jun. last year",
  "May",
  "Sunday mornings",
  "Tuesdays",
  "Friday and Saturday nights",
  "this past Wednesday evening",
  "Thursday's",
  "in fiscal 2016",
  "FY2017",
  "calendar year 1999",
  // recurrence, duration, pluralUnit, vagueReference
  "daily",
  "biweekly",
  "every other week",
  "per Sunday",
  "once a month",
  "twice per year",
  "three times a day",
  "the past three months",
  "two to three years",
  "a 90-day",
  "a couple of weeks",
  "six consecutive days",
  "for years",
  "the next decades",
  "now",
  "at present",
  "these days",
  "at the moment",
  "to date",
  "so far",
  "recently",
  "recent years",
  "in the past",
  "in the coming months",
  "in the years ahead",
  "eventually",
  "someday",
];

describe("rule cues", () => {
  it("every rule has a cue", () => {
    expect(rules.filter((r) => r.cue === undefined).map((r) => r.name)).toEqual([]);
  });

  it("every match of a rule passes its cue", () => {
    const text = [...phrases, ...phrases.map((p) => p.toUpperCase())].join(". ");
    const matched = new Set<string>();
    for (const rule of rules) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
        if (m[0] === "") {
          rule.pattern.lastIndex++;
          continue;
        }
        matched.add(rule.name);
        expect(rule.cue?.test(m[0]), `${rule.name}: "${m[0]}"`).toBe(true);
      }
      rule.pattern.lastIndex = 0;
    }
    // The phrases reach every rule, so no cue goes untested.
    expect(rules.map((r) => r.name).filter((name) => !matched.has(name))).toEqual([]);
  });

  it("a window with no time word passes no cue, so no rule runs on it", () => {
    const plain = "The committee met and voted on the bill, officials said.";
    expect(rules.filter((r) => r.cue?.test(plain) === true).map((r) => r.name)).toEqual([]);
  });
});
