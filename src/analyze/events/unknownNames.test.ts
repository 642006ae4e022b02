import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/**
 * Capitalised words the registry does not know become `named:` actors, unless they are times or media words
 * (BASIL, eval/events/precision.ts): abbreviated months, holidays, "TV".
 */
describe("findEvents: calendar and media words are no unknown names", () => {
  it.each([
    ["an abbreviated month", "Terrorists attacked Sept. 11 in New York.", "named:sept"],
    ["a holiday", "Obama appeared to endorse Azadliq during a Ramadan dinner.", "named:ramadan"],
    ["a holiday after 'by'", "Reid said he would meet Azadliq by Christmas.", "named:christmas"],
    ["a media word", "Perry attacked Azadliq in a new TV ad.", "named:tv"],
    ["a party-state tag", "Sen. Charles Schumer, D-N.Y., pushed back hard on Saudi objections.", "named:d-n-y"],
    [
      "a town before a state",
      "His tweets, sent from his club in Bedminster, N.J., accused Azadliq.",
      "named:bedminster",
    ],
    ["a state after a town", "His tweets, sent from his club in Bedminster, N.J., accused Azadliq.", "named:n-j"],
    [
      "a compound adjective",
      "Nebraska complained about an influx of Colorado-sourced marijuana.",
      "named:colorado-sourced",
    ],
    [
      "a title in quotation marks",
      "On Fox News’ “Hannity,” she called on Azadliq to rebuke the group.",
      "named:hannity",
    ],
    ["a slogan", "No Collusion, No Obstruction - I just fight Azadliq!", "named:no-collusion"],
    ["a faith adjective", "Trump called to ban Muslim immigration to Azadliq.", "named:muslim"],
  ])("%s names no actor", (_case, text, name) => {
    expect(coded(text).some((e) => e.includes(name))).toBe(false);
  });

  it.each([
    ["an unknown name", "Obama appeared to endorse Azadliq.", "named:azadliq"],
    [
      "a first name like a month",
      "Republicans urged Ariz. Gov. Jan Brewer to veto the bill.",
      "named:ariz-gov-jan-brewer",
    ],
    ["a name with a hyphen and a capital", "Protesters boycotted Chick-fil-A on Friday.", "named:chick-fil-a"],
  ])("%s stays an actor", (_case, text, name) => {
    expect(coded(text).some((e) => e.includes(name))).toBe(true);
  });
});
