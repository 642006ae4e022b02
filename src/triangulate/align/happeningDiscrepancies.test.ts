import { describe, expect, it } from "vitest";
import type { Article } from "../../article.js";
import { discrepancies } from "./discrepancies.js";
import { happeningDiscrepancies } from "./happeningDiscrepancies.js";
import { happeningReports, sameHappening } from "./happenings.js";
import type { ArticleSpec } from "./testArticle.js";
import { testArticle } from "./testArticle.js";

const cities = [
  { id: "place:vancouver", name: "Vancouver", type: "place" as const, country: "CAN" },
  { id: "place:toronto", name: "Toronto", type: "place" as const, country: "CAN" },
  { id: "place:british-columbia", name: "British Columbia", type: "place" as const, country: "CAN" },
];

/**
 * One outlet's report of the office-party shooting: generic actors only ("a former employee"), coded as 193 with no
 * source or target the dyad rules could match.
 */
function shooting(id: string, place: string, extra: Partial<ArticleSpec> & { lead?: string } = {}): Article {
  const { lead = "A former employee opened fire at the office Christmas party of a health products company", ...rest } =
    extra;
  const text = `${lead} in ${place}, killing the chief executive officer, police said.`;
  return testArticle({
    id,
    text,
    mentions: [{ text: place, actor: `place:${place.toLowerCase().replace(/ /g, "-")}`, kind: "place" }],
    actors: cities,
    events: [{ verb: "opened fire", code: "193", label: "Fight with small arms and light weapons" }],
    ...rest,
  });
}

describe("happeningDiscrepancies: places", () => {
  it("reports one shooting by generic actors placed in two cities by two outlets", () => {
    const found = happeningDiscrepancies([shooting("a", "Vancouver"), shooting("b", "Toronto")], new Map());
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe("place");
    expect(found[0]?.variants.map((v) => `${v.article}=${v.value}`)).toEqual(["a=Vancouver", "b=Toronto"]);
    expect(found[0]?.variants[1]?.text).toContain("opened fire at the office Christmas party");
  });

  it("reaches the public discrepancies list, with an agreeing third outlet shown", () => {
    const articles = [shooting("a", "Vancouver"), shooting("b", "Toronto"), shooting("c", "Vancouver")];
    const found = discrepancies(articles, new Map(), [], []).filter((d) => d.kind === "place");
    expect(found).toHaveLength(1);
    expect(found[0]?.variants.map((v) => v.value).sort()).toEqual(["Toronto", "Vancouver", "Vancouver"]);
  });

  it("joins paraphrases that share a named participant", () => {
    const named = (id: string, place: string, lead: string): Article =>
      shooting(id, place, {
        lead,
        mentions: [
          { text: place, actor: `place:${place.toLowerCase()}`, kind: "place" },
          { text: "Banky", actor: "person:benjamin-banky" },
        ],
        events: [{ verb: "killing", code: "190" }],
      });
    const a = named("a", "Vancouver", "Banky was shot dead at the office Christmas party");
    const b = named("b", "Toronto", "Gunfire killed Banky during the staff Christmas party");
    expect(happeningDiscrepancies([a, b], new Map())).toHaveLength(1);
  });
});

describe("happeningDiscrepancies: dates", () => {
  it("reports one happening given two written days 1 apart", () => {
    const dated = (id: string, day: string, value: string): Article =>
      shooting(id, "Vancouver", {
        lead: `On ${day} a former employee opened fire at the office Christmas party of a health products company`,
        times: [{ text: day, value, evidence: "stated" }],
        events: [{ verb: "opened fire", code: "193", date: value, dateEvidence: "stated" }],
      });
    const found = happeningDiscrepancies(
      [dated("a", "December 12", "2008-12-12"), dated("b", "December 13", "2008-12-13")],
      new Map(),
    );
    expect(found.map((d) => d.kind)).toEqual(["date"]);
    expect(found[0]?.variants.map((v) => v.value)).toEqual(["2008-12-12", "2008-12-13"]);
  });
});

describe("happeningDiscrepancies: negative cases", () => {
  it("does not join reports whose wordings share little (two marches in two cities)", () => {
    const march = (id: string, place: string, lead: string): Article =>
      testArticle({
        id,
        text: `${lead} in ${place} on Saturday.`,
        mentions: [{ text: place, actor: `place:${place.toLowerCase()}`, kind: "place" }],
        actors: cities,
        events: [{ verb: "marched", code: "141" }],
      });
    const a = march("a", "Vancouver", "Thousands of protesters marched through the streets");
    const b = march("b", "Toronto", "Students marched to the legislature against tuition fees");
    expect(happeningDiscrepancies([a, b], new Map())).toEqual([]);
  });

  it("does not report when an article names the other's place (riots in two cities, each told by one)", () => {
    const withToronto = testArticle({
      id: "a",
      text: `${shooting("a", "Vancouver").text} A similar attack was reported in Toronto.`,
      mentions: [
        { text: "Vancouver", actor: "place:vancouver", kind: "place" },
        { text: "Toronto", actor: "place:toronto", kind: "place" },
      ],
      actors: cities,
      events: [{ verb: "opened fire", code: "193" }],
    });
    expect(happeningDiscrepancies([withToronto, shooting("b", "Toronto")], new Map())).toEqual([]);
  });

  it("takes a city and the province holding it as compatible", () => {
    const found = happeningDiscrepancies([shooting("a", "Vancouver"), shooting("b", "British Columbia")], new Map());
    expect(found).toEqual([]);
  });

  it("does not read 'near X' as where it happened", () => {
    const text =
      "A former employee opened fire at the office Christmas party of a health products company near Toronto, killing the chief executive officer, police said.";
    const near = testArticle({
      id: "b",
      text,
      mentions: [{ text: "Toronto", actor: "place:toronto", kind: "place" }],
      actors: cities,
      events: [{ verb: "opened fire", code: "193" }],
    });
    expect(happeningDiscrepancies([shooting("a", "Vancouver"), near], new Map())).toEqual([]);
  });

  it("ignores things said (a statement repeated in two cities is two statements)", () => {
    const said = (id: string, place: string): Article =>
      shooting(id, place, { events: [{ verb: "opened fire", code: "010", label: "Make statement" }] });
    expect(happeningDiscrepancies([said("a", "Vancouver"), said("b", "Toronto")], new Map())).toEqual([]);
  });

  it("needs the same CAMEO root", () => {
    const other = shooting("b", "Toronto", { events: [{ verb: "opened fire", code: "173" }] });
    expect(happeningDiscrepancies([shooting("a", "Vancouver"), other], new Map())).toEqual([]);
  });

  it("never sets a copy against its original, nor one outlet against itself", () => {
    const a = shooting("a", "Vancouver");
    const b = shooting("b", "Toronto");
    expect(happeningDiscrepancies([a, b], new Map([["b", "a"]]))).toEqual([]);
    const sameOutlet = { ...b, meta: { ...b.meta, outlet: "a" } };
    expect(happeningDiscrepancies([a, sameOutlet], new Map())).toEqual([]);
  });

  it("leaves out an article that gives the happening two places itself", () => {
    const twice = testArticle({
      id: "b",
      text:
        "A former employee opened fire at the office Christmas party of a health products company in Toronto, killing the chief executive officer, police said. " +
        "A former employee opened fire at the office Christmas party of a health products company in Vancouver, killing the chief executive officer.",
      mentions: [
        { text: "Toronto", actor: "place:toronto", kind: "place" },
        { text: "Vancouver", actor: "place:vancouver", kind: "place" },
      ],
      actors: cities,
      events: [
        { verb: "opened fire", code: "193" },
        { verb: "opened fire", code: "193", at: 1 },
      ],
    });
    expect(happeningDiscrepancies([shooting("a", "Ottawa"), twice], new Map())).toEqual([]);
  });

  it("does not join a named participant with too little shared wording (a hearing and an indictment)", () => {
    const jeffs = (id: string, text: string): Article =>
      testArticle({
        id,
        text,
        mentions: [{ text: "Jeffs", actor: "person:warren-jeffs" }],
        events: [{ verb: "indicted", code: "173" }],
      });
    const a = jeffs("a", "Jeffs, who was indicted two years ago, appeared during a brief hearing wearing jail pants.");
    const b = jeffs("b", "Jeffs was indicted in July by a county grand jury, home to the ranch.");
    const [ra, rb] = [happeningReports([a], new Map())[0], happeningReports([b], new Map())[0]];
    expect(ra !== undefined && rb !== undefined && sameHappening(ra, rb)).toBe(false);
  });
});
