import { describe, expect, it } from "vitest";
import type { ClaimCategory } from "../../article.js";
import { alignClaims } from "./alignClaims.js";
import { claimItems } from "./claimItems.js";
import { compatibleFigures } from "./claimValues.js";
import { amountFrame, sameAmount } from "./sameAmount.js";
import { testArticle } from "./testArticle.js";

const none = new Map<string, string>();

interface Figure {
  text: string;
  figure: string;
  quantity: number;
  what?: string;
  category?: ClaimCategory;
  qualifier?: string | null;
}

/** One article of one sentence or more, each figure with its own words in the sentence. */
function report(id: string, figures: Figure[], asOf = "2019-01-25") {
  const sentences = [...new Set(figures.map((f) => f.text))];
  return testArticle({
    id,
    text: sentences.join(" "),
    claims: figures.map((f) => ({
      quantity: f.quantity,
      figure: f.figure,
      qualifier: f.qualifier ?? null,
      what: f.what ?? "money",
      category: f.category ?? "money",
      ...((f.category ?? "money") === "money" ? { currency: "USD" } : {}),
      asOf,
      text: f.text,
    })),
  });
}

const relations = (articles: Parameters<typeof alignClaims>[0]) =>
  alignClaims(articles, none).map((c) => [c.relation, c.values.map((v) => v.quantity)]);

const demand = (id: string, billions: string, text: (figure: string) => string, asOf?: string) => {
  const figure = `$${billions} billion`;
  return report(id, [{ text: text(figure), figure, quantity: Number(billions) * 1e9 }], asOf);
};
const fox = (figure: string) =>
  `The shutdown was sparked by disagreement over President Trump's demand for ${figure} in funding for a wall on the southern border.`;
const hpo = (figure: string) =>
  `The impasse over the budget stems from his demands for ${figure} in funds for his long-promised wall along the border.`;

describe("amountFrame", () => {
  const frameOf = (text: string, figure: string) => {
    const [item] = claimItems([report("a", [{ text, figure, quantity: 1 }])], (id) => id);
    return item === undefined ? undefined : amountFrame(item);
  };

  it("reads the words right before and the word right after a figure, units and qualifiers aside", () => {
    expect(frameOf(fox("$5.7 billion"), "$5.7 billion")).toEqual({ before: ["trump", "demand"], after: "fund" });
    expect(
      frameOf("The plan would cost an astonishing $32.6 trillion during its first 10 years.", "$32.6 trillion"),
    ).toEqual({ before: ["plan", "cost"], after: "first" });
  });

  it("reads no frame after a figure whose phrase ends with it", () => {
    expect(frameOf("Services in Egypt were down by 80 percent, in India by 65 percent.", "80 percent")).toBeNull();
  });

  it("frames no figure that another figure stands next to", () => {
    const half = "Treasury expects approximately half of this 0.7% increase in growth to come from corporate taxes.";
    expect(frameOf(half, "0.7%")).toBeNull();
    expect(
      frameOf("Trump imposed a 25 percent tariff on steel and a 10 percent tariff on aluminum.", "25 percent"),
    ).toEqual({
      before: ["trump", "impo"],
      after: "tariff",
    });
  });
});

describe("sameAmount: sums and shares framed alike", () => {
  it("calls one amount told two ways on one day a conflict, whatever noun each outlet wrote", () => {
    // BASIL, planted: "$5.7 billion" edited to "$8.6 billion" in one outlet.
    expect(relations([demand("fox", "5.7", fox), demand("hpo", "8.6", hpo)])).toEqual([["conflict", [5.7e9, 8.6e9]]]);
  });

  it("keeps the amounts of one frame on different days apart: the sum asked for may have moved", () => {
    expect(relations([demand("fox", "5.7", fox, "2019-01-24"), demand("hpo", "8.6", hpo)])).toEqual([]);
  });

  it("keeps a sum demanded apart from a sum granted for the same thing", () => {
    // BASIL: "$5.7 billion" demanded for the wall, "$1.375 billion" authorized for fencing.
    const granted = (figure: string) =>
      `Congress authorized ${figure} for fencing in the spending package, far from his wall.`;
    expect(relations([demand("fox", "5.7", fox), demand("nyt", "1.375", granted)])).toEqual([]);
  });

  it("keeps a sum pressed for apart from a sum due to kick in, even on one day", () => {
    // BASIL, a false conflict of an earlier draft: "$2 trillion in spending cuts" pressed for, "$1 trillion" due.
    const cuts = (id: string, text: string, figure: string, quantity: number) =>
      report(id, [{ text, figure, quantity, what: "spending cuts" }], "2012-12-13");
    const fox = cuts(
      "fox",
      "Corker said Republicans should press for $2 trillion in spending cuts before the year-end deadline.",
      "$2 trillion",
      2e12,
    );
    const hpo = cuts(
      "hpo",
      "With the year-end deadline for all rates to expire and $1 trillion in spending cuts to kick in, no deal is near.",
      "$1 trillion",
      1e12,
    );
    expect(relations([fox, hpo])).toEqual([]);
  });

  it("keeps shares of different bases apart", () => {
    // PAC: "about 21 percent of Colorado's overall population" / "30 percent of the population in Arizona".
    const colorado = report("a", [
      {
        text: "Latinos make up about 21 percent of Colorado's overall population.",
        figure: "about 21 percent",
        quantity: 21,
        qualifier: "about",
        category: "percent",
        what: "percent",
      },
    ]);
    const arizona = report("b", [
      {
        text: "Latinos make up 30 percent of the population in Arizona.",
        figure: "30 percent",
        quantity: 30,
        category: "percent",
        what: "percent",
      },
    ]);
    expect(relations([colorado, arizona])).toEqual([]);
  });

  it("does not set a figure against an article that frames the amount twice with different values", () => {
    const twice = report("a", [
      { text: fox("$5.7 billion"), figure: "$5.7 billion", quantity: 5.7e9 },
      {
        text: "A later offer cut his demand for $2.5 billion in funding for the wall.",
        figure: "$2.5 billion",
        quantity: 2.5e9,
      },
    ]);
    const items = claimItems([twice, demand("hpo", "8.6", hpo)], (id) => id);
    const [first, , other] = items;
    if (first === undefined || other === undefined) throw new Error("three figures expected");
    const ofA = items.filter((i) => i.article === "a");
    const ofB = items.filter((i) => i.article === "hpo");
    expect(sameAmount(first, other, ofA, ofB)).toBe(false);
  });

  it("does not set a figure against an article that gives the amount two values in two frames", () => {
    // PAC: one article says the plan will "cost the government about $400 billion" and "cost Americans $420 billion".
    const two = report("b", [
      {
        text: "The plan will cost the government about $400 billion, the Congressional Budget Office said.",
        figure: "about $400 billion",
        quantity: 400e9,
        qualifier: "about",
      },
      {
        text: "The current bailout will cost Americans $420 billion, according to the CBO.",
        figure: "$420 billion",
        quantity: 420e9,
      },
    ]);
    const one = report("a", [
      {
        text: "The student loan plan will cost roughly $400 billion, according to estimates from the CBO.",
        figure: "roughly $400 billion",
        quantity: 400e9,
        qualifier: "roughly",
      },
    ]);
    expect(relations([one, two])).toEqual([["consistent", [400e9, 400e9]]]);
  });

  it("frames no figure in a list of figures of its kind", () => {
    // ECB+: "70 per cent of web services in Egypt, and 60 per cent in India" / "in Egypt were down by 80 percent, in India by 65 percent".
    const share = (id: string, text: string, figures: [string, number][]) =>
      report(
        id,
        figures.map(([figure, quantity]) => ({
          text,
          figure,
          quantity,
          category: "percent" as const,
          what: "percent",
        })),
      );
    const a = share(
      "a",
      "Up to 70 per cent of web services in Egypt, and 60 per cent in India, were disrupted yesterday.",
      [
        ["70 per cent", 70],
        ["60 per cent", 60],
      ],
    );
    const b = share("b", "Internet services in Egypt were disrupted, down by 80 percent, in India by 65 percent.", [
      ["80 percent", 80],
      ["65 percent", 65],
    ]);
    const items = claimItems([a, b], (id) => id);
    const ofA = items.filter((i) => i.article === "a");
    const ofB = items.filter((i) => i.article === "b");
    expect(ofA.flatMap((x) => ofB.filter((y) => sameAmount(x, y, ofA, ofB)))).toEqual([]);
  });

  it("frames the first figure of a sentence that breaks it down", () => {
    // PAC, planted: "$1.6 million in fines, $800,000 for each of the two entities" against "a $1.6 million fine".
    const a = report("a", [
      {
        text: "The organization has been ordered to pay $2.4 million in fines, $800,000 for each of the two entities.",
        figure: "$2.4 million",
        quantity: 2.4e6,
      },
      {
        text: "The organization has been ordered to pay $2.4 million in fines, $800,000 for each of the two entities.",
        figure: "$800,000",
        quantity: 8e5,
      },
    ]);
    const b = report("b", [
      {
        text: "Two Trump Organization companies were ordered to pay a $1.6 million fine at sentencing Friday.",
        figure: "$1.6 million",
        quantity: 1.6e6,
      },
    ]);
    expect(relations([a, b])).toEqual([["conflict", [2.4e6, 1.6e6]]]);
  });

  it("leaves counts to the counted-thing rule", () => {
    const troops = (id: string, n: number) =>
      report(id, [
        {
          text: `Trump ordered the withdrawal of ${n} troops from the base in Syria.`,
          figure: String(n),
          quantity: n,
          category: "troops",
          what: "troops",
        },
      ]);
    const [a, b] = claimItems([troops("a", 2000), troops("b", 3000)], (id) => id);
    if (a === undefined || b === undefined) throw new Error("two figures expected");
    expect(sameAmount(a, b, [a], [b])).toBe(false);
  });
});

describe("compatibleFigures: a round figure written for a precise one", () => {
  it("lets '$43 million' and '$13.6 million' stand for $43,885,310 and $13,625,777", () => {
    expect(compatibleFigures({ quantity: 43e6, qualifier: null }, { quantity: 43885310, qualifier: null })).toBe(true);
    expect(compatibleFigures({ quantity: 13625777, qualifier: null }, { quantity: 13.6e6, qualifier: null })).toBe(
      true,
    );
  });

  it("keeps one significant digit, small counts and figures it does not round to apart", () => {
    expect(compatibleFigures({ quantity: 5000, qualifier: null }, { quantity: 5200, qualifier: null })).toBe(false);
    expect(compatibleFigures({ quantity: 250, qualifier: null }, { quantity: 251, qualifier: null })).toBe(false);
    expect(compatibleFigures({ quantity: 42e6, qualifier: null }, { quantity: 43885310, qualifier: null })).toBe(false);
  });
});
