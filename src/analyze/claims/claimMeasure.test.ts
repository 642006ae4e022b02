import { describe, expect, it } from "vitest";
import type { Claim } from "../../article.js";
import { findTimes } from "../times/findTimes.js";
import { findClaims } from "./findClaims.js";

/** A Tuesday. */
const published = "2025-09-16";

/** The one claim whose figure is `figure`. */
function claim(text: string, figure: string): Claim {
  const found = findClaims(text, { times: findTimes(text, published), published }).filter((c) => c.figure === figure);
  expect(
    found.map((c) => c.figure),
    text,
  ).toEqual([figure]);
  return found[0] as Claim;
}

describe("the as-of date of a figure, with where it comes from", () => {
  it("is stated, with its words and offsets, when a time expression of the sentence dates the figure", () => {
    const text = "The death toll in Gaza rose to 64,605 as of Tuesday, the ministry said.";
    const c = claim(text, "64,605");
    expect(c).toMatchObject({ asOf: "2025-09-16", asOfEvidence: "stated", asOfSpan: { text: "Tuesday" } });
    expect(text.slice(c.asOfSpan?.start, c.asOfSpan?.end)).toBe("Tuesday");
    expect(claim("The ministry said on Monday that 20 people died.", "20")).toMatchObject({
      asOf: "2025-09-15",
      asOfEvidence: "stated",
    });
    expect(claim("Washington approved $3 billion in military aid in 2023.", "$3 billion")).toMatchObject({
      asOf: "2023",
      asOfEvidence: "stated",
    });
  });

  it("is inferred from publication, with no span, when the sentence gives no date", () => {
    const c = claim("More than 64,000 Palestinians have been killed in Gaza.", "More than 64,000");
    expect(c).toMatchObject({ asOf: published, asOfEvidence: "inferred" });
    expect(c.asOfSpan).toBeUndefined();
  });

  it("reads 'since' and 'so far this year' as the start of a count, not its date", () => {
    const c = claim("More than 64,000 Palestinians have been killed since Oct. 7, 2023.", "More than 64,000");
    expect(c).toMatchObject({ asOf: published, asOfEvidence: "inferred", since: "2023-10-07" });
    expect(c.sinceSpan?.text).toMatch(/Oct\. 7, 2023/);
  });

  it("prefers a date in the figure's own clause to one across a semicolon", () => {
    const text = "A strike on Monday killed 20 people; the toll rose to 64,605 as of Tuesday.";
    expect(claim(text, "20")).toMatchObject({ asOf: "2025-09-15", asOfEvidence: "stated" });
    expect(claim(text, "64,605")).toMatchObject({ asOf: "2025-09-16", asOfEvidence: "stated" });
  });
});

describe("running quantities and fixed facts", () => {
  it("calls tolls, counts of the displaced, hostages and detained, and cumulative totals running", () => {
    expect(claim("More than 64,000 Palestinians have been killed in Gaza.", "More than 64,000").measure).toBe(
      "running",
    );
    expect(claim("Officials said 64 000 people were displaced.", "64 000").measure).toBe("running");
    expect(claim("Police detained 300 protesters on Sunday.", "300").measure).toBe("running");
    expect(claim("Donors have given $3-4 billion so far this year.", "$3-4 billion").measure).toBe("running");
  });

  it("calls a budget, a cut, a price and a past year's total fixed", () => {
    expect(claim("The law cuts $716 billion from Medicare.", "$716 billion").measure).toBe("fixed");
    expect(claim("The ticket costs $30 at the door.", "$30").measure).toBe("fixed");
    expect(claim("Washington approved $3 billion in military aid in 2023.", "$3 billion").measure).toBe("fixed");
    expect(claim("The tsunami of 2004 killed more than 220,000 people.", "more than 220,000").measure).toBe("fixed");
  });

  it("leaves shares and plain counts of people unclassified", () => {
    expect(claim("A third of the population faces famine, the U.N. said.", "A third").measure).toBeUndefined();
    expect(claim("More than 43,000 students signed the petition.", "More than 43,000").measure).toBeUndefined();
  });

  it("marks a count the text says went down: 'down to', 'remaining', 'still held'", () => {
    expect(claim("The number of hostages held in Gaza is down to 48.", "48").fell).toBe(true);
    expect(claim("The remaining 48 hostages are in Gaza.", "48").fell).toBe(true);
    expect(claim("Some 48 hostages are still held in Gaza.", "Some 48").fell).toBe(true);
    expect(claim("Hamas still holds 48 hostages.", "48").fell).toBe(true);
  });

  it("does not mark a count that did not go down, nor an earlier figure of the sentence", () => {
    expect(claim("More than 64,000 Palestinians have been killed in Gaza.", "More than 64,000").fell).toBeUndefined();
    expect(claim("Of the 251 hostages seized, 48 hostages remain in Gaza.", "251").fell).toBeUndefined();
    expect(claim("Of the 251 hostages seized, 48 hostages remain in Gaza.", "48").fell).toBe(true);
    expect(
      claim("The law cuts $716 billion from Medicare, down from $800 billion.", "$716 billion").fell,
    ).toBeUndefined();
  });
});

describe("running cues that are not", () => {
  it("does not read a vote that 'passed' or a plain money figure as running", () => {
    const text = "The provision passed with 218 Democrats voting in favor.";
    expect(claim(text, "218").measure).toBeUndefined();
    expect(claim("The toll rose to 64,605, the ministry said.", "64,605").measure).toBe("running");
  });
});

describe("dates of other events", () => {
  it("does not date a toll by the month a ceasefire took effect", () => {
    const text =
      "Their task is to turn the ceasefire that took effect in January into an end to a war in which more than 48,500 Palestinians have been killed.";
    expect(claim(text, "more than 48,500")).toMatchObject({
      asOf: published,
      asOfEvidence: "inferred",
      measure: "running",
    });
  });

  it("reads a past year's total as fixed even beside a running cue of another figure", () => {
    const text = "Donors gave $3 billion in 2024, and the total since the war began is higher.";
    expect(claim(text, "$3 billion")).toMatchObject({ asOf: "2024", asOfEvidence: "stated", measure: "fixed" });
  });
});
