import { describe, expect, it } from "vitest";
import type { Claim, Mention } from "../../article.js";
import { findTimes } from "../times/findTimes.js";
import { findClaims } from "./findClaims.js";

/** A Tuesday. */
const published = "2025-09-16";

function claimsOf(text: string, mentions: Mention[] = []): Claim[] {
  return findClaims(text, { times: findTimes(text, published), mentions, published });
}

/** The one claim whose figure is `figure`. */
function claim(text: string, figure: string): Claim {
  const found = claimsOf(text).filter((c) => c.figure === figure);
  expect(
    found.map((c) => c.figure),
    text,
  ).toEqual([figure]);
  return found[0] as Claim;
}

type Expected = Partial<Pick<Claim, "quantity" | "high" | "qualifier" | "what" | "category" | "currency">>;

/** [sentence, the figure's words, what the claim must hold]. */
const cases: Array<[string, string, Expected]> = [
  // digits, separators, decimals, scales
  [
    "More than 64,000 Palestinians have been killed in Gaza.",
    "More than 64,000",
    { quantity: 64000, qualifier: "more than", what: "Palestinians killed in Gaza", category: "killed" },
  ],
  [
    "Officials said 64 000 people were displaced.",
    "64 000",
    { quantity: 64000, what: "people displaced", category: "displaced" },
  ],
  [
    "Some 1.9 million people have fled their homes.",
    "Some 1.9 million",
    { quantity: 1.9e6, qualifier: "some", what: "people fled", category: "displaced" },
  ],
  ["The camp holds 2.5 million refugees.", "2.5 million", { quantity: 2.5e6, what: "refugees", category: "displaced" }],
  // money
  [
    "Washington approved $3 billion in military aid.",
    "$3 billion",
    { quantity: 3e9, currency: "USD", what: "military aid", category: "money" },
  ],
  [
    "The EU pledged €40m for reconstruction.",
    "€40m",
    { quantity: 4e7, currency: "EUR", what: "reconstruction", category: "money" },
  ],
  ["Britain will spend £3bn on defence.", "£3bn", { quantity: 3e9, currency: "GBP", category: "money" }],
  [
    "Hundreds of millions of dollars in aid have been frozen.",
    "Hundreds of millions of dollars",
    {
      quantity: 2e8,
      high: 999_999_999,
      qualifier: "hundreds of millions",
      currency: "USD",
      what: "aid",
      category: "money",
    },
  ],
  ["The fund raised 3bn dollars last year.", "3bn dollars", { quantity: 3e9, currency: "USD", category: "money" }],
  ["Donors gave $3-4 billion.", "$3-4 billion", { quantity: 3e9, high: 4e9, currency: "USD", what: "money" }],
  // word numbers, vague amounts, fractions
  [
    "Dozens of people were injured in the blast.",
    "Dozens",
    { quantity: 24, high: 99, qualifier: "dozens", what: "people injured", category: "injured" },
  ],
  [
    "Hundreds of protesters gathered outside parliament.",
    "Hundreds",
    { quantity: 200, qualifier: "hundreds", what: "protesters", category: "people" },
  ],
  [
    "Tens of thousands of Israelis marched in Tel Aviv.",
    "Tens of thousands",
    { quantity: 20000, high: 99999, what: "Israelis", category: "people" },
  ],
  [
    "Twenty-five soldiers were wounded.",
    "Twenty-five",
    { quantity: 25, what: "soldiers wounded", category: "injured" },
  ],
  [
    "Two hundred and fifty hostages were taken to Gaza.",
    "Two hundred and fifty",
    { quantity: 250, what: "hostages", category: "hostages" },
  ],
  [
    "A third of Gaza's population faces famine.",
    "A third",
    { quantity: 33.333333, what: "Gaza's population", category: "percent" },
  ],
  ["Half of the hostages were released.", "Half", { quantity: 50, what: "hostages", category: "percent" }],
  ["Two-thirds of voters backed the deal.", "Two-thirds", { quantity: 66.666667, what: "voters", category: "percent" }],
  ["One in five Gazans is starving.", "One in five", { quantity: 20, category: "percent" }],
  // qualifiers
  [
    "At least 20 people were killed in the strike.",
    "At least 20",
    { quantity: 20, qualifier: "at least", what: "people killed", category: "killed" },
  ],
  [
    "Nearly 1,200 people were killed in the attack.",
    "Nearly 1,200",
    { quantity: 1200, qualifier: "nearly", what: "people killed" },
  ],
  ["Some 250 hostages were taken.", "Some 250", { quantity: 250, qualifier: "some", category: "hostages" }],
  [
    "Up to 5,000 troops could be sent.",
    "Up to 5,000",
    { quantity: 5000, qualifier: "up to", what: "troops", category: "troops" },
  ],
  [
    "About 20 journalists remain detained.",
    "About 20",
    { quantity: 20, qualifier: "about", what: "journalists detained" },
  ],
  ["Around 300 migrants drowned.", "Around 300", { quantity: 300, qualifier: "around", what: "migrants" }],
  [
    "The rally drew 50,000 or more supporters.",
    "50,000 or more",
    { quantity: 50000, qualifier: "or more", what: "supporters" },
  ],
  ["Another 30 bodies were recovered.", "Another 30", { quantity: 30, qualifier: "another", category: "killed" }],
  // ranges: quantity is the low bound, high the high bound
  ["Between 30 and 40 people were arrested.", "Between 30 and 40", { quantity: 30, high: 40, what: "people arrested" }],
  ["Police detained 30 to 40 protesters.", "30 to 40", { quantity: 30, high: 40, what: "protesters detained" }],
  [
    "The clashes left 30-40 people injured.",
    "30-40",
    { quantity: 30, high: 40, what: "people injured", category: "injured" },
  ],
  ["Between 30 and 40 million people watched.", "Between 30 and 40 million", { quantity: 3e7, high: 4e7 }],
  // percentages
  ["Turnout reached 52 percent.", "52 percent", { quantity: 52, category: "percent", what: "Turnout" }],
  ["Unemployment has risen to 80 percent.", "80 percent", { quantity: 80, what: "Unemployment" }],
  ["It rose to 80 percent.", "80 percent", { quantity: 80, what: "percent" }],
  [
    "Nearly 90% of Gaza's 2.1 million people have been displaced.",
    "Nearly 90%",
    { quantity: 90, qualifier: "nearly", what: "Gaza's 2.1 million people displaced", category: "percent" },
  ],
  ["Prices rose 3.5% in August.", "3.5%", { quantity: 3.5, category: "percent" }],
  [
    "Some 40 per cent of the population is displaced.",
    "Some 40 per cent",
    { quantity: 40, qualifier: "some", what: "population" },
  ],
  ["The party won 38 percent of the vote.", "38 percent", { quantity: 38, what: "vote" }],
  // verbs before the figure and participles after
  ["Qatar hosts some 10,000 U.S. troops.", "some 10,000", { what: "U.S. troops hosted", category: "troops" }],
  ["Hamas still holds 48 hostages.", "48", { what: "hostages held", category: "hostages" }],
  ["The strike killed 20 and wounded 50.", "50", { what: "wounded", category: "injured" }],
  [
    "Some 48 hostages are still held in Gaza.",
    "Some 48",
    { what: "hostages still held in Gaza", category: "hostages" },
  ],
  [
    "Israel has killed more than 64,000 Palestinians in Gaza.",
    "more than 64,000",
    { what: "Palestinians killed in Gaza", category: "killed" },
  ],
  // figures stated by a toll or "number of" before them
  ["The death toll in Gaza rose to 64,605.", "64,605", { what: "death toll in Gaza", category: "killed" }],
  [
    "The number of displaced people has reached 1.9 million.",
    "1.9 million",
    { what: "displaced people", category: "displaced" },
  ],
];

describe("findClaims", () => {
  for (const [text, figure, expected] of cases) {
    it(`${figure} in “${text}”`, () => {
      expect(claim(text, figure)).toMatchObject(expected);
    });
  }

  it("spans the figure's clause and quotes it", () => {
    const text = "Talks stalled on Monday; more than 64,000 Palestinians have been killed, officials said.";
    const [c] = claimsOf(text);
    expect(c?.text).toBe("more than 64,000 Palestinians have been killed, officials said.");
    expect(text.slice(c?.start, c?.end)).toBe(c?.text);
  });

  it("reads who states the figure", () => {
    expect(claim("According to Israeli figures, nearly 1,200 people were killed.", "nearly 1,200").attributedTo).toBe(
      "Israeli figures",
    );
    expect(claim("Gaza's Health Ministry reports that 64,000 people have been killed.", "64,000").attributedTo).toBe(
      "Gaza's Health Ministry",
    );
    expect(claim("At least 20 people were killed, the ministry said.", "At least 20").attributedTo).toBe("ministry");
    expect(
      claim("At least 20 people were killed, said Mahmoud Basal, a civil defence spokesman.", "At least 20")
        .attributedTo,
    ).toBe("Mahmoud Basal");
    expect(claim("The UN estimates that 1.9 million people are displaced.", "1.9 million").attributedTo).toBe("UN");
    expect(claim("By the army's count, 1,500 militants were killed.", "1,500").attributedTo).toBe("army");
    expect(claim("He said 20 people died.", "20").attributedTo).toBeNull();
    expect(claim("More than 64,000 people have been killed in Gaza.", "More than 64,000").attributedTo).toBeNull();
  });

  it("keeps particles, audiences and places out of qualifiers and sources", () => {
    expect(claim("The unemployment rate ticked up to 5 percent.", "5 percent").qualifier).toBeNull();
    expect(
      claim("“I'll have over $100 million in the campaign,” he told CNN.", "over $100 million").attributedTo,
    ).toBeNull();
    expect(
      claim("Investigators in Ukraine found ledgers showing $12.7 million in payments.", "$12.7 million").attributedTo,
    ).toBe("Investigators");
  });

  it("dates a figure by the sentence's date nearest to it", () => {
    const text = "Dow paid Teneo $2.8 million in 2011, payments that then jumped to $19.4 million in 2012.";
    expect(claimsOf(text).map((c) => c.asOf)).toEqual(["2011", "2012"]);
  });

  it("gives an actor id when the source is a known actor", () => {
    const text = "According to Israeli figures, nearly 1,200 people were killed.";
    const israeli: Mention = {
      start: 13,
      end: 20,
      actor: "country:ISR",
      text: "Israeli",
      evidence: "stated",
      kind: "demonym",
    };
    expect(claimsOf(text, [israeli])[0]?.attributedTo).toBe("country:ISR");
    const ministry = "Gaza's Health Ministry said 64,000 people were killed.";
    const mention: Mention = {
      start: 7,
      end: 22,
      actor: "org:gaza-health-ministry",
      text: "Health Ministry",
      evidence: "stated",
    };
    expect(claimsOf(ministry, [mention])[0]?.attributedTo).toBe("org:gaza-health-ministry");
  });

  it("dates the figure: as of, the sentence's date, or the publication date marked inferred", () => {
    expect(claim("Some 48 hostages were still held as of Sept. 10.", "Some 48")).toMatchObject({ asOf: "2025-09-10" });
    expect(claim("The ministry said on Monday that 20 people died.", "20")).toMatchObject({ asOf: "2025-09-15" });
    expect(claim("Some 64,000 people have been killed in Gaza since October 7.", "Some 64,000")).toMatchObject({
      asOf: published,
      since: "2023-10-07",
      evidence: "inferred",
    });
    expect(claim("So far this year, 300 migrants have drowned.", "300")).toMatchObject({
      asOf: published,
      since: "2025",
    });
    expect(claim("More than 64,000 people have been killed as of Aug. 30, 2025.", "More than 64,000")).toMatchObject({
      asOf: "2025-08-30",
      evidence: "stated",
    });
    expect(findClaims("At least 20 people were killed.", {})[0]?.asOf).toBeNull();
  });

  it("runs without the other stages' output", () => {
    expect(
      findClaims("At least 20 people were killed. Officials said 30 were wounded.").map((c) => c.quantity),
    ).toEqual([20, 30]);
  });
});
