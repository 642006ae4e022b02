import { describe, expect, it } from "vitest";
import { alignClaims } from "./alignClaims.js";
import { compatibleFigures } from "./claimValues.js";
import { testArticle } from "./testArticle.js";

const none = new Map<string, string>();

function killed(id: string, quantity: number, asOf: string, qualifier: string | null = "at least") {
  const text = `${qualifier ?? ""} ${quantity} people were killed in the earthquake in Peru, officials said.`.trim();
  return testArticle({
    id,
    text,
    mentions: [{ text: "Peru", actor: "country:PER" }],
    claims: [{ quantity, qualifier, what: "people killed", category: "killed", asOf, text }],
  });
}

describe("compatibleFigures", () => {
  it("takes rounding qualifiers into account", () => {
    expect(compatibleFigures({ quantity: 251, qualifier: null }, { quantity: 250, qualifier: "about" })).toBe(true);
    expect(compatibleFigures({ quantity: 1400, qualifier: "more than" }, { quantity: 1400, qualifier: "about" })).toBe(
      true,
    );
    expect(compatibleFigures({ quantity: 67, qualifier: "at least" }, { quantity: 76, qualifier: "at least" })).toBe(
      false,
    );
    expect(
      compatibleFigures({ quantity: 48500, qualifier: "more than" }, { quantity: 50000, qualifier: "more than" }),
    ).toBe(false);
    expect(compatibleFigures({ quantity: 251, qualifier: null }, { quantity: 250, qualifier: null })).toBe(false);
  });
});

describe("alignClaims", () => {
  it("finds a conflict between figures of the same day", () => {
    const claims = alignClaims([killed("a", 67, "2025-03-12"), killed("b", 76, "2025-03-12")], none);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.relation).toBe("conflict");
  });

  it("finds a conflict between figures the outlets wrote in the same clause, with no participle or place", () => {
    // Recall by perturbation (BASIL): "affecting 800,000 federal employees", edited to 1,200,000 in one outlet.
    const shutdown = (id: string, figure: string, quantity: number) => {
      const text = `The partial shutdown dragged into its twelfth day, affecting ${figure} federal employees across the country.`;
      return testArticle({
        id,
        text,
        claims: [{ quantity, figure, what: "federal employees", category: "people", asOf: "2019-01-02", text }],
      });
    };
    const claims = alignClaims([shutdown("a", "800,000", 800000), shutdown("b", "1,200,000", 1200000)], none);
    expect(claims.map((c) => [c.relation, c.values.map((v) => v.quantity)])).toEqual([["conflict", [800000, 1200000]]]);
  });

  it("finds no conflict between different figures in different clauses, nor in one clause days apart", () => {
    // BASIL: "$5.7 billion for his wall" demanded, "$1.375 billion for the wall" granted: two amounts.
    const wall = (id: string, text: string, figure: string, quantity: number, asOf = "2019-02-14") =>
      testArticle({
        id,
        text,
        claims: [{ quantity, figure, what: "money", category: "money", currency: "USD", asOf, text }],
      });
    const demanded = wall("a", "Trump demanded $5.7 billion for his wall along the border.", "$5.7 billion", 5.7e9);
    const granted = wall("b", "The bill grants him $1.375 billion for the wall, far less.", "$1.375 billion", 1.375e9);
    expect(alignClaims([demanded, granted], none).filter((c) => c.relation === "conflict")).toEqual([]);
    const text = (n: string) => `The partial shutdown went on, affecting ${n} federal employees across the country.`;
    const early = testArticle({
      id: "c",
      text: text("800,000"),
      claims: [
        { quantity: 800000, figure: "800,000", what: "federal employees", asOf: "2019-01-02", text: text("800,000") },
      ],
    });
    const late = testArticle({
      id: "d",
      text: text("420,000"),
      claims: [
        { quantity: 420000, figure: "420,000", what: "federal employees", asOf: "2019-01-20", text: text("420,000") },
      ],
    });
    expect(alignClaims([early, late], none).filter((c) => c.relation === "conflict")).toEqual([]);
  });

  it("finds no conflict between background figures dated only by a year or a month", () => {
    // ECB+: "the 2004 tsunami … more than 220,000 dead" against "In December 2004 … at least 230,000 people dead".
    const claims = alignClaims([killed("a", 220000, "2004", "more than"), killed("b", 230000, "2004-12")], none);
    expect(claims.filter((c) => c.relation === "conflict")).toEqual([]);
  });

  it("does not take a decade for a count ('the nineteen sixties')", () => {
    const sixties = (id: string) =>
      testArticle({
        id,
        text: "She helped pave the way for the sexual revolution of the nineteen sixties.",
        claims: [{ quantity: 19, what: "sixties", category: "other", asOf: null }],
      });
    expect(alignClaims([sixties("a"), sixties("b")], none)).toEqual([]);
  });

  it("calls 250 vs about 251 consistent, not a conflict", () => {
    const a = testArticle({
      id: "a",
      text: "Of the 251 hostages seized on October 7, 2023, many remain.",
      claims: [{ quantity: 251, what: "hostages", category: "hostages", asOf: "2023-10-07" }],
    });
    const b = testArticle({
      id: "b",
      text: "About 250 hostages were taken during the attack in October 2023.",
      claims: [{ quantity: 250, qualifier: "about", what: "hostages", category: "hostages", asOf: "2023-10" }],
    });
    const claims = alignClaims([a, b], none);
    expect(claims.map((c) => c.relation)).toEqual(["consistent"]);
  });

  it("joins a generic count of people to a specific one only when they agree on figure, day and words", () => {
    const specific = testArticle({
      id: "a",
      text: "Of the 251 hostages seized in the attack on October 7, 2023, 59 remain.",
      claims: [{ quantity: 251, what: "hostages seized", category: "hostages", asOf: "2023-10-07" }],
    });
    const generic = (id: string, quantity: number) =>
      testArticle({
        id,
        text: `Gunmen seized ${quantity} people in the attack on October 7, 2023.`,
        claims: [{ quantity, what: "people", category: "people", asOf: "2023-10-07" }],
      });
    const joined = alignClaims([specific, generic("b", 251)], none);
    expect(joined.map((c) => [c.what, c.relation, c.values.length])).toEqual([["hostages seized", "consistent", 2]]);
    expect(alignClaims([specific, generic("c", 240)], none)).toEqual([]);
  });

  it("calls a later, larger cumulative toll an update", () => {
    const claims = alignClaims(
      [killed("a", 48500, "2025-03-10", "more than"), killed("b", 50000, "2025-03-23", "more than")],
      none,
    );
    expect(claims.map((c) => c.relation)).toEqual(["update"]);
    expect(claims[0]?.values.map((v) => v.quantity)).toEqual([48500, 50000]);
  });

  it("does not align figures of different counted things or of years apart", () => {
    const gaza = testArticle({
      id: "g",
      text: "At least 70 people were killed in Gaza on Tuesday.",
      mentions: [{ text: "Gaza", actor: "place:gaza", kind: "place" }],
      claims: [{ quantity: 70, qualifier: "at least", what: "people killed", category: "killed", asOf: "2025-03-12" }],
    });
    const peru = testArticle({
      id: "p",
      text: "At least 67 people were killed in southern Peru.",
      mentions: [{ text: "Peru", actor: "country:PER" }],
      claims: [{ quantity: 67, qualifier: "at least", what: "people killed", category: "killed", asOf: "2025-03-12" }],
    });
    expect(alignClaims([gaza, peru], none)).toEqual([]);
    const fighters = testArticle({
      id: "f",
      text: "Israel says it has killed some 20,000 fighters.",
      claims: [{ quantity: 20000, qualifier: "some", what: "fighters killed", category: "killed", asOf: "2025-03-11" }],
    });
    const old = testArticle({
      id: "o",
      text: "A quake in 2007 killed more than 500 people.",
      claims: [{ quantity: 500, qualifier: "more than", what: "people killed", category: "killed", asOf: "2007" }],
    });
    expect(alignClaims([killed("a", 67, "2025-03-12"), fighters, old], none)).toEqual([]);
  });

  it("does not set different figures against each other when no common place ties them", () => {
    const uvalde = testArticle({
      id: "u",
      text: "A gunman shot and killed 21 people on Tuesday.",
      claims: [{ quantity: 21, what: "people killed", category: "killed", asOf: "2022-05-24" }],
    });
    const buffalo = testArticle({
      id: "b",
      text: "A gunman opened fire in a supermarket, killing thirteen people.",
      claims: [{ quantity: 13, what: "people killed", category: "killed", asOf: "2022-05-25" }],
    });
    expect(alignClaims([uvalde, buffalo], none)).toEqual([]);
  });

  it("never lets a vague amount confirm or contradict a count", () => {
    const a = killed("a", 67, "2025-03-12");
    const b = testArticle({
      id: "b",
      text: "Dozens of people were killed.",
      claims: [
        { quantity: 24, high: 99, qualifier: "dozens", what: "people killed", category: "killed", asOf: "2025-03-12" },
      ],
    });
    expect(alignClaims([a, b], none)).toEqual([]);
  });

  it("does not let a copy confirm or contradict its original", () => {
    expect(
      alignClaims([killed("wire", 67, "2025-03-12"), killed("copy", 67, "2025-03-13")], new Map([["copy", "wire"]])),
    ).toEqual([]);
  });
});

describe("one count of a closed period (closedPeriod)", () => {
  /** "… indicted N Russian intelligence officers accused of hacking … the 2016 presidential race", one figure. */
  const indicted = (id: string, n: number, published: string | null, asOf = "2016") => {
    const text = `The Justice Department indicted ${n} Russian intelligence officers accused of hacking Democrats during the ${asOf} presidential race.`;
    const article = testArticle({
      id,
      text,
      published: published ?? "2018-07-13T12:00:00Z",
      claims: [{ quantity: n, qualifier: null, what: "Russian intelligence officers", category: "other", asOf, text }],
    });
    return published === null ? { ...article, meta: { ...article.meta, published: null } } : article;
  };
  const conflicts = (articles: Parameters<typeof alignClaims>[0]) =>
    alignClaims(articles, none)
      .filter((c) => c.relation === "conflict")
      .map((c) => c.values.map((v) => v.quantity));

  it("calls two values of one count dated by the same past year, in articles a day apart, a conflict", () => {
    const a = indicted("nyt", 12, "2018-07-13T20:00:00Z");
    const b = indicted("fox", 18, "2018-07-14T09:00:00Z");
    expect(conflicts([a, b])).toEqual([[12, 18]]);
  });

  it("does not set a count against one published years later: the count of a past year may be revised", () => {
    expect(
      conflicts([indicted("nyt", 12, "2018-07-13T20:00:00Z"), indicted("fox", 18, "2021-07-14T09:00:00Z")]),
    ).toEqual([]);
  });

  it("does not compare counts of a period that is not over when the articles appear ('this year')", () => {
    const a = indicted("nyt", 12, "2018-07-13T20:00:00Z", "2018");
    const b = indicted("fox", 18, "2018-07-14T09:00:00Z", "2018");
    expect(conflicts([a, b])).toEqual([]);
  });

  it("does not compare counts of two different years, nor of undated articles", () => {
    expect(
      conflicts([
        indicted("nyt", 12, "2018-07-13T20:00:00Z", "2016"),
        indicted("fox", 18, "2018-07-13T09:00:00Z", "2015"),
      ]),
    ).toEqual([]);
    expect(conflicts([indicted("nyt", 12, null), indicted("fox", 18, null)])).toEqual([]);
  });
});

describe("closedPeriod and rounded history", () => {
  it("does not set a rounded figure of a past year against another ('more than 220,000' / 'at least 230,000' in 2004)", () => {
    const toll = (id: string, n: number, qualifier: string) => {
      const text = `The 2004 tsunami left ${qualifier} ${n} deaths around the Indian Ocean.`;
      return testArticle({
        id,
        text,
        published: "2012-04-11T12:00:00Z",
        claims: [
          { quantity: n, qualifier, what: "deaths around the Indian Ocean", category: "other", asOf: "2004", text },
        ],
      });
    };
    const found = alignClaims([toll("a", 220000, "more than"), toll("b", 230000, "at least")], none);
    expect(found.filter((c) => c.relation === "conflict")).toEqual([]);
  });
});
