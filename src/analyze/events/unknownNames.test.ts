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
  ])("%s stays an actor", (_case, text, name) => {
    expect(coded(text).some((e) => e.includes(name))).toBe(true);
  });
});
