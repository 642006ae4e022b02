import { describe, expect, it } from "vitest";
import { findTimes } from "../times/findTimes.js";
import { findClaims } from "./findClaims.js";

const published = "2025-09-16";

/** Text that holds numbers but no figure: each must give no claim at all. */
const negatives: Array<[string, string]> = [
  ["ordinal", "The second round of talks opened in Doha."],
  ["ordinal in digits", "He finished 2nd in the 45th district."],
  ["year", "The law was passed in 2023."],
  ["year range", "The 2019-2020 season was cancelled."],
  ["decade", "Tensions have simmered since the 1990s."],
  ["date", "The attack came on Oct. 7."],
  ["date, day first", "Talks resumed on 7 October after a pause."],
  ["named date", "Americans remember 9/11 every year."],
  ["resolution", "The council cited Resolution 2334 in its statement."],
  ["aircraft", "Israel received more F-16 jets."],
  ["disease", "Schools closed during COVID-19."],
  ["article of a treaty", "Members invoked Article 5 of the treaty."],
  ["model", "The airline grounded its Boeing 737 fleet."],
  ["phone number", "For tips, call (202) 555-0100 or 555-1234."],
  ["international phone number", "Reach the desk on +44 20 7946 0958."],
  ["age", "A 6-year-old girl was among the victims."],
  ["age spelled", "The suspect, 34 years old, was arrested."],
  ["aged", "The victim, aged 19, was a student."],
  ["clock time", "The sirens sounded at 10:30 a.m. and again at 3 p.m."],
  ["clock time with zone", "The vote closes at 2100 GMT."],
  ["page", "The figure appears on page 5 of the report."],
  ["number label", "He is the No. 2 official in the ministry."],
  ["score", "The team won 3-1 in the final."],
  ["vote tally", "The measure passed on a 7-3 vote."],
  ["duration", "The war has lasted two years and the siege 10 days."],
  ["anaphoric small number", "The two men met again, and the three sides agreed."],
  ["one", "One of the soldiers spoke to reporters."],
  ["number without a counted thing", "The ministry said the figure was 20."],
  ["pronoun after a number", "Twenty of them were never found."],
  ["vague noun", "There are three reasons for the delay, and two ways out."],
  ["measure letter without money", "She won the 400m race."],
  ["route and flight", "Flight 17 was shot down near Route 66."],
  ["version number", "The app moved to version 2.0 this week."],
  ["G20", "Leaders met at the G20 summit."],
  ["anchor date in a modifier", "The post-October 7 order has reshaped the region since Oct. 7, 2023."],
  ["party tag and abbreviations", "Sen. Rick Scott, R-Fla., spoke to the U.S. Senate on Sept. 9."],
  ["hedged time ago", "The talks collapsed about 10 days ago and nearly two years ago."],
  ["empty text", ""],
  ["no number", "Leaders met in Doha to discuss a ceasefire."],
];

describe("findClaims: negative cases", () => {
  for (const [name, text] of negatives) {
    it(name, () => {
      expect(findClaims(text, { times: findTimes(text, published), published }).map((c) => c.figure)).toEqual([]);
    });
  }

  it("never throws on odd input", () => {
    const odd = [
      "$",
      "%",
      "1,",
      ",000",
      "between and",
      "$-",
      "1e309 people",
      "9".repeat(400) + " people",
      "\u0000\uffff 5 \ud800",
    ];
    for (const text of odd) expect(() => findClaims(text)).not.toThrow();
  });
});
