import { describe, expect, it } from "vitest";
import type { Claim } from "../../article.js";
import { alignClaims } from "./alignClaims.js";
import { testArticle } from "./testArticle.js";

const none = new Map<string, string>();
const relations = (articles: Parameters<typeof alignClaims>[0]) =>
  alignClaims(articles, none).map((c) => [c.relation, c.values.map((v) => v.quantity)]);

/** "The law cuts $N from Medicare": a fixed fact, dated by the article's publication unless `asOf` is stated. */
function medicare(id: string, quantity: number, published: string, stated: string | null = null) {
  const figure = `$${quantity / 1e9} billion`;
  const text = `The health law cuts ${figure} from Medicare over ten years, the budget office said.`;
  const claim: Partial<Claim> & { quantity: number; what: string } = {
    quantity,
    figure,
    what: "Medicare",
    category: "money",
    currency: "USD",
    measure: "fixed",
    asOf: stated ?? published,
    asOfEvidence: stated === null ? "inferred" : "stated",
    text,
  };
  return testArticle({ id, text, published: `${published}T12:00:00Z`, claims: [claim] });
}

/** "N Palestinians have been killed in Gaza": a running toll. */
function toll(
  id: string,
  quantity: number,
  published: string,
  options: { stated?: string; fell?: boolean; words?: string } = {},
) {
  const text = `${options.words ?? "More than"} ${quantity} Palestinians have been killed in Gaza, the Health Ministry said.`;
  const claim: Partial<Claim> & { quantity: number; what: string } = {
    quantity,
    qualifier: null,
    what: "Palestinians killed in Gaza",
    category: "killed",
    measure: "running",
    asOf: options.stated ?? published,
    asOfEvidence: options.stated === undefined ? "inferred" : "stated",
    text,
    ...(options.fell === true ? { fell: true } : {}),
  };
  return testArticle({
    id,
    text,
    published: `${published}T12:00:00Z`,
    mentions: [{ text: "Gaza", actor: "place:gaza" }],
    claims: [claim],
  });
}

/** "N hostages are held in Gaza": a running count that may fall. */
function hostages(id: string, quantity: number, published: string, fell = false) {
  const text = `${quantity} hostages are held in Gaza, officials said.`;
  return testArticle({
    id,
    text,
    published: `${published}T12:00:00Z`,
    mentions: [{ text: "Gaza", actor: "place:gaza" }],
    claims: [
      {
        quantity,
        what: "hostages held in Gaza",
        category: "hostages",
        measure: "running",
        asOf: published,
        asOfEvidence: "inferred",
        text,
        ...(fell ? { fell: true } : {}),
      },
    ],
  });
}

describe("a fixed fact reported with different values", () => {
  it("is a conflict a day apart ($716 billion against $700 billion cut from Medicare)", () => {
    expect(relations([medicare("a", 716e9, "2012-08-20"), medicare("b", 700e9, "2012-08-21")])).toEqual([
      ["conflict", [716e9, 700e9]],
    ]);
  });

  it("is a conflict when the publication dates stand in, even days apart: the value does not move", () => {
    expect(relations([medicare("a", 716e9, "2012-08-14"), medicare("b", 700e9, "2012-08-20")])).toEqual([
      ["conflict", [716e9, 700e9]],
    ]);
  });

  it("is never an update, whichever is later or larger", () => {
    const found = relations([medicare("a", 700e9, "2012-08-14"), medicare("b", 716e9, "2012-08-18")]);
    expect(found.map(([r]) => r)).toEqual(["conflict"]);
  });

  it("is no relation when both texts state different days: two occasions, or weeks apart", () => {
    expect(
      relations([medicare("a", 716e9, "2012-08-20", "2012-03-01"), medicare("b", 700e9, "2012-08-21", "2012-08-15")]),
    ).toEqual([]);
    expect(relations([medicare("a", 716e9, "2012-06-01"), medicare("b", 700e9, "2012-08-21")])).toEqual([]);
  });
});

describe("a running count reported with different values", () => {
  it("is an update when the later, larger one is dated later by its text (43,000 then 64,000 killed)", () => {
    const early = toll("a", 43000, "2024-10-01");
    const late = toll("b", 64000, "2025-01-05", { stated: "2025-01-04" });
    expect(relations([early, late])).toEqual([["update", [43000, 64000]]]);
  });

  it("is an update when only the publication dates stand in, the articles days apart", () => {
    expect(relations([toll("a", 48500, "2025-03-10"), toll("b", 50000, "2025-03-23")])).toEqual([
      ["update", [48500, 50000]],
    ]);
  });

  it("is no update when the larger one is dated only by a paper of the same day as a figure stated a day before", () => {
    const stated = toll("a", 48500, "2025-03-11", { stated: "2025-03-10" });
    const undated = toll("b", 50000, "2025-03-11");
    expect(relations([stated, undated]).filter(([r]) => r === "update")).toEqual([]);
  });

  it("is a conflict when the later one is smaller and the text does not say it fell", () => {
    expect(relations([toll("a", 64000, "2025-01-05"), toll("b", 60000, "2025-01-20")])).toEqual([
      ["conflict", [64000, 60000]],
    ]);
  });

  it("is an update when the later, smaller count says it fell ('down to', 'remaining', 'still held')", () => {
    expect(relations([hostages("a", 101, "2024-11-01"), hostages("b", 59, "2025-03-01", true)])).toEqual([
      ["update", [101, 59]],
    ]);
    expect(relations([hostages("a", 101, "2024-11-01"), hostages("b", 59, "2025-03-01")])).toEqual([
      ["conflict", [101, 59]],
    ]);
  });

  it("is a conflict on the same day, and no relation months apart", () => {
    expect(relations([toll("a", 48500, "2025-03-10"), toll("b", 50000, "2025-03-10")])).toEqual([
      ["conflict", [48500, 50000]],
    ]);
    expect(relations([toll("a", 20000, "2024-01-10"), toll("b", 64000, "2025-09-16")])).toEqual([]);
  });
});

describe("the aligned values", () => {
  it("say whether each article's as-of is stated or inferred", () => {
    const early = toll("a", 43000, "2024-10-01");
    const late = toll("b", 64000, "2025-01-05", { stated: "2025-01-04" });
    const values = alignClaims([early, late], none)[0]?.values ?? [];
    expect(values.map((v) => [v.article, v.asOf, v.asOfEvidence])).toEqual([
      ["a", "2024-10-01", "inferred"],
      ["b", "2025-01-04", "stated"],
    ]);
  });
});
