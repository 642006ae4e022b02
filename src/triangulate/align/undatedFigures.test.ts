import { describe, expect, it } from "vitest";
import type { Claim } from "../../article.js";
import { alignClaims } from "./alignClaims.js";
import { testArticle } from "./testArticle.js";

const none = new Map<string, string>();

/** An undated article (no publication date, no date in the sentence) with one figure in `text`. */
function undatedFigure(id: string, text: string, figure: string, claim: Partial<Claim> & { what: string }) {
  return testArticle({
    id,
    text,
    published: null,
    claims: [{ quantity: Number(figure.replace(/,/g, "")), figure, asOf: null, text, ...claim }],
  });
}

const poll = (id: string, figure: string) =>
  undatedFigure(
    id,
    `An opinion poll published by Ethnos newspaper on Sunday said ${figure} percent of Greeks were unhappy with the government's response to the violence.`,
    figure,
    { what: "percent of Greeks", category: "percent" },
  );

const relations = (articles: Parameters<typeof alignClaims>[0]) =>
  alignClaims(articles, none).map((c) => [c.relation, c.values.map((v) => v.quantity)]);

describe("undated figures (one fact, the same clause, no date)", () => {
  it("finds a conflict between two undated outlets writing the same clause around different values", () => {
    // ECB+ 19: the same poll result in two undated reports, one edited 83.3 → 55.5.
    expect(relations([poll("a", "83.3"), poll("b", "55.5")])).toEqual([["conflict", [83.3, 55.5]]]);
  });

  it("finds a conflict between a dated and an undated outlet on a fixed fact told in one clause", () => {
    const text = (figure: string) =>
      `The agency received nearly ${figure} public comments on the endangered species proposal, officials said.`;
    const dated = testArticle({
      id: "a",
      text: text("235,000"),
      claims: [
        {
          quantity: 235000,
          figure: "235,000",
          qualifier: "nearly",
          what: "public comments",
          asOf: "2008-12-11",
          asOfEvidence: "inferred",
          text: text("235,000"),
        },
      ],
    });
    const undated = undatedFigure("b", text("352,500"), "352,500", { what: "public comments", qualifier: "nearly" });
    expect(relations([dated, undated])).toEqual([["conflict", [235000, 352500]]]);
  });

  it("finds nothing when a running count (a toll) changes between undated reports: a wire's update", () => {
    const toll = (id: string, figure: string) =>
      undatedFigure(
        id,
        `A firebomb attack on a bank in Athens killed at least ${figure} people as police fought pitched battles with striking protesters.`,
        figure,
        { what: "people", category: "killed", qualifier: "at least" },
      );
    expect(relations([toll("a", "3"), toll("b", "5")])).toEqual([]);
  });

  it("finds nothing for a career record or a season's total, which move between fights and games", () => {
    const record = (id: string, figure: string) =>
      undatedFigure(
        id,
        `The champion Klitschko, 58-3 with ${figure} knockouts, floored Thompson with a big right hand near the end of the fifth round.`,
        figure,
        { what: "knockouts" },
      );
    expect(relations([record("a", "51"), record("b", "50")])).toEqual([]);
    const season = (id: string, figure: string) =>
      undatedFigure(
        id,
        `Bush had 404 yards and two touchdowns on ${figure} carries this season for the Saints, the team said.`,
        figure,
        { what: "carries" },
      );
    expect(relations([season("a", "106"), season("b", "159")])).toEqual([]);
  });

  it("finds nothing when the clauses around the figures differ, or an article gives the thing two values", () => {
    const a = undatedFigure(
      "a",
      "It took about 40 volunteer firefighters to knock down the blaze in the town, the chief said.",
      "40",
      { what: "volunteer firefighters", qualifier: "about" },
    );
    const b = undatedFigure(
      "b",
      "As many as 60 firefighters from his and neighbouring departments fought the blaze in the town.",
      "60",
      { what: "firefighters", qualifier: "as many as" },
    );
    expect(relations([a, b]).filter(([r]) => r === "conflict")).toEqual([]);
    // Two values of the percent in one article (a second poll): no single value to contradict.
    const twice = testArticle({
      id: "c",
      text: `${poll("x", "83.3").text} A second poll said 61 percent of Greeks were unhappy.`,
      published: null,
      claims: [
        {
          quantity: 83.3,
          figure: "83.3",
          what: "percent of Greeks",
          category: "percent",
          asOf: null,
          text: poll("x", "83.3").text,
        },
        {
          quantity: 61,
          figure: "61",
          what: "percent of Greeks",
          category: "percent",
          asOf: null,
          text: "A second poll said 61 percent of Greeks were unhappy.",
        },
      ],
    });
    expect(relations([twice, poll("b", "55.5")]).filter(([r]) => r === "conflict")).toEqual([]);
  });

  it("finds nothing when one figure is dated by its own words (a background year) and the other is not", () => {
    const bond = (id: string, text: string, figure: string, asOf: string | null) =>
      testArticle({
        id,
        text,
        published: null,
        claims: [
          {
            quantity: Number(figure) * 1e6,
            figure: `$${figure} million`,
            what: "bond",
            category: "money",
            currency: "USD",
            asOf,
            ...(asOf === null ? {} : { asOfEvidence: "stated" as const }),
            text,
          },
        ],
      });
    const a = bond("a", "Voters in 2009 approved a $3 million bond to buy the properties, Bower said.", "3", "2009");
    const b = bond("b", "Voters approved a $5 million bond to buy the properties, Bower said.", "5", null);
    expect(relations([a, b]).filter(([r]) => r === "conflict")).toEqual([]);
  });
});
