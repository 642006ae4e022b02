import { describe, expect, it } from "vitest";
import { alignClaims } from "./alignClaims.js";
import { daysApart, isDayOrWeek } from "./asOf.js";
import { compatibleFigures, roundingStep } from "./claimValues.js";
import { testArticle } from "./testArticle.js";

const none = new Map<string, string>();

/** One article giving one figure (the first claim) and optionally more figures in further sentences. */
function report(
  id: string,
  sentences: { text: string; quantity: number; what: string; category?: "troops" | "other" | "money" | "people" }[],
  asOf: string,
  qualifier: string | null = null,
) {
  const text = sentences.map((s) => s.text).join(" ");
  return testArticle({
    id,
    text,
    claims: sentences.map((s, i) => ({
      quantity: s.quantity,
      qualifier: i === 0 ? qualifier : null,
      what: s.what,
      category: s.category ?? "other",
      asOf,
      text: s.text,
    })),
  });
}

const conflicts = (articles: Parameters<typeof alignClaims>[0]) =>
  alignClaims(articles, none)
    .filter((c) => c.relation === "conflict")
    .map((c) => c.values.map((v) => v.quantity));

describe("one counted thing, one value per article (sameCount)", () => {
  const syria = (id: string, n: number, asOf = "2018-12-20") =>
    report(
      id,
      [
        {
          text: `Trump decided to withdraw ${n} American troops from Syria.`,
          quantity: n,
          what: "American troops from Syria",
          category: "troops",
        },
      ],
      asOf,
    );

  it("calls two values of one named thing on one as-of day a conflict, with no participle", () => {
    // BASIL, planted: "withdraw roughly 2,000 American troops from Syria" edited to 3,000 in one outlet.
    const fox = report(
      "fox",
      [
        {
          text: "Trump is making plans to pull all 2,000 troops out of Syria.",
          quantity: 2000,
          what: "troops",
          category: "troops",
        },
      ],
      "2018-W51",
    );
    expect(conflicts([fox, syria("nyt", 3000)])).toEqual([[2000, 3000]]);
  });

  it("reads the general words for one counted thing as one count: troops and soldiers, deaths and fatalities", () => {
    const soldiers = report(
      "ap",
      [
        {
          text: "Trump decided to withdraw 3,000 soldiers from Syria.",
          quantity: 3000,
          what: "soldiers from Syria",
          category: "troops",
        },
      ],
      "2018-12-20",
    );
    expect(conflicts([syria("nyt", 2000), soldiers])).toEqual([[2000, 3000]]);
  });

  it("keeps a kind of troops apart from the troops", () => {
    const marines = report(
      "ap",
      [
        {
          text: "Trump decided to withdraw 3,000 marines from Syria.",
          quantity: 3000,
          what: "marines from Syria",
          category: "troops",
        },
      ],
      "2018-12-20",
    );
    expect(conflicts([syria("nyt", 2000), marines])).toEqual([]);
  });

  it("does not call values of different as-of days a conflict: the count may have moved", () => {
    expect(conflicts([syria("a", 2000, "2018-12-19"), syria("b", 3000, "2018-12-20")])).toEqual([]);
  });

  it("does not set a figure against an article that gives the thing two values", () => {
    // "The party has only 51 votes" and "needs 60 votes": one article, two counts of votes.
    const a = report(
      "a",
      [
        { text: "Republicans have only 51 votes in the Senate for the nominee.", quantity: 51, what: "votes" },
        { text: "The Senate rule requires 60 votes for the nominee.", quantity: 60, what: "votes" },
      ],
      "2017-03-23",
    );
    const b = report(
      "b",
      [{ text: "The nominee could win with 77 votes in the Senate.", quantity: 77, what: "votes" }],
      "2017-03-23",
    );
    expect(conflicts([a, b])).toEqual([]);
  });

  it("does not join sentences that share only the counted noun", () => {
    // PAC: "10 GOP senators joined Democrats in voting to advance the bill" / "McConnell helped get 61 senators to invoke cloture".
    const a = report(
      "a",
      [
        {
          text: "Ten GOP senators joined Democrats in voting to advance the bill.",
          quantity: 10,
          what: "GOP senators",
          category: "people",
        },
      ],
      "2021-10-08",
    );
    const b = report(
      "b",
      [
        {
          text: "McConnell helped get 61 senators to invoke cloture.",
          quantity: 61,
          what: "senators",
          category: "people",
        },
      ],
      "2021-10-08",
    );
    expect(conflicts([a, b])).toEqual([]);
  });

  it("leaves sums and shares to a participle or the same clause", () => {
    // BASIL: "$2 trillion in spending cuts" pressed for, "$1 trillion in spending cuts" due to kick in.
    const cuts = (id: string, n: number) =>
      report(
        id,
        [
          {
            text: `Republicans want $${n} trillion in spending cuts before the deadline.`,
            quantity: n * 1e12,
            what: "spending cuts",
            category: "money",
          },
        ],
        "2012-12-13",
      );
    expect(conflicts([cuts("a", 2), cuts("b", 1)])).toEqual([]);
  });

  it("does not count units or 'people' as a named thing", () => {
    const miles = (id: string, n: number) =>
      report(
        id,
        [{ text: `The fugitive was caught about ${n} miles north of the prison.`, quantity: n, what: "miles" }],
        "2013-05-02",
      );
    expect(conflicts([miles("a", 25), miles("b", 38)])).toEqual([]);
  });
});

describe("compatibleFigures with bounds", () => {
  it("lets an exact figure meet a bound that allows it", () => {
    expect(compatibleFigures({ quantity: 5000, qualifier: "more than" }, { quantity: 5200, qualifier: null })).toBe(
      true,
    );
    expect(compatibleFigures({ quantity: 24, qualifier: "nearly" }, { quantity: 23, qualifier: null })).toBe(true);
    expect(compatibleFigures({ quantity: 10, qualifier: "just" }, { quantity: 10, qualifier: null })).toBe(true);
  });

  it("keeps a figure the bound does not allow, and two bounds, apart", () => {
    expect(compatibleFigures({ quantity: 5000, qualifier: "more than" }, { quantity: 6200, qualifier: null })).toBe(
      false,
    );
    expect(compatibleFigures({ quantity: 5000, qualifier: "more than" }, { quantity: 4800, qualifier: null })).toBe(
      false,
    );
    expect(compatibleFigures({ quantity: 6000, qualifier: "nearly" }, { quantity: 5200, qualifier: "about" })).toBe(
      false,
    );
    expect(compatibleFigures({ quantity: 67, qualifier: "at least" }, { quantity: 76, qualifier: "at least" })).toBe(
      false,
    );
  });

  it("reads the rounding of a figure from its last non-zero digit", () => {
    expect([5000, 5200, 67, 230000, 6.8].map(roundingStep)).toEqual([1000, 100, 1, 10000, 0]);
  });
});

describe("as-of weeks", () => {
  it("reads an ISO week as its seven days", () => {
    expect(daysApart("2018-W51", "2018-12-20")).toBe(0);
    expect(daysApart("2018-W51", "2018-12-27")).toBe(4);
    expect(isDayOrWeek("2018-W51")).toBe(true);
    expect(isDayOrWeek("2018-12")).toBe(false);
  });
});

describe("one value per moment (oneValueIn)", () => {
  const sentence = (text: string, quantity: number, asOf: string) => ({
    quantity,
    qualifier: null,
    what: "National Guard troops to the border",
    category: "troops" as const,
    asOf,
    text,
  });
  const article = (id: string, parts: { text: string; quantity: number; asOf: string }[]) =>
    testArticle({
      id,
      text: parts.map((p) => p.text).join(" "),
      published: "2018-10-30T12:00:00Z",
      claims: parts.map((p) => sentence(p.text, p.quantity, p.asOf)),
    });
  const obama = (n: number) => ({
    text: `In 2010 President Obama sent ${n} National Guard troops to the border for an immigration bill.`,
    quantity: n,
    asOf: "2010",
  });

  it("reads figures of one thing dated to other times as the count at two moments, not two values", () => {
    // PAC, planted: "sent 1,200 National Guard troops to the border in 2010" edited to 1,800 in an article that
    // also gives the troops deployed on Monday.
    const a = article("a", [
      obama(1200),
      {
        text: "On Monday Trump deployed 5,200 National Guard troops to the border.",
        quantity: 5200,
        asOf: "2018-10-29",
      },
    ]);
    expect(conflicts([a, article("b", [obama(1800)])])).toEqual([[1200, 1800]]);
  });

  it("still reads two figures of one thing at one time as two values", () => {
    const a = article("a", [
      obama(1200),
      {
        text: "In 2010 the Obama administration also sent 3,000 National Guard troops to the border.",
        quantity: 3000,
        asOf: "2010",
      },
    ]);
    expect(conflicts([a, article("b", [obama(1800)])])).toEqual([]);
  });
});
