import { describe, expect, it } from "vitest";
import { alignClaims } from "./alignClaims.js";
import { alignQuotes } from "./alignQuotes.js";
import { discrepancies } from "./discrepancies.js";
import type { ArticleSpec } from "./testArticle.js";
import { testArticle } from "./testArticle.js";

const none = new Map<string, string>();

function found(specs: ArticleSpec[], copyOf: ReadonlyMap<string, string> = none) {
  const articles = specs.map(testArticle);
  return discrepancies(articles, copyOf, alignQuotes(articles, copyOf), alignClaims(articles, copyOf));
}

const talks = (id: string, day: string, value: string, city = "Doha"): ArticleSpec => ({
  id,
  text: `Negotiators opened a new round of talks in ${city} on ${day}.`,
  mentions: [{ text: city, actor: `place:${city.toLowerCase()}`, kind: "place" }],
  times: [{ text: day, value }],
});

const meeting = (id: string, city: string, day: string, value: string): ArticleSpec => ({
  id,
  text: `Minister Ingrid Halvorsen met Marcus Doyle in ${city} on ${day}.`,
  mentions: [
    { text: "Ingrid Halvorsen", actor: "person:halvorsen" },
    { text: "Marcus Doyle", actor: "person:doyle" },
    { text: city, actor: `place:${city.toLowerCase().replace(" ", "-")}`, kind: "place" },
  ],
  times: [{ text: day, value }],
});

describe("date and place discrepancies", () => {
  it("finds the same talks opening on different days", () => {
    const result = found([
      talks("a", "Monday", "2025-03-10"),
      talks("b", "Monday", "2025-03-10"),
      talks("c", "Tuesday", "2025-03-11"),
    ]);
    const date = result.find((d) => d.kind === "date");
    expect(date?.variants.map((v) => [v.article, v.value])).toEqual([
      ["a", "2025-03-10"],
      ["b", "2025-03-10"],
      ["c", "2025-03-11"],
    ]);
    expect(date?.variants[2]?.text).toBe("Negotiators opened a new round of talks in Doha on Tuesday");
  });

  it("finds one meeting placed in two cities by the people who met", () => {
    const result = found([
      meeting("a", "Washington", "Wednesday", "2025-03-19"),
      meeting("b", "New York", "Wednesday", "2025-03-19"),
    ]);
    expect(result.map((d) => d.kind)).toEqual(["place"]);
    expect(result[0]?.variants.map((v) => v.value)).toEqual(["Washington", "New York"]);
  });

  it("dates an event placed relative to a dated one ('three days after')", () => {
    const later: ArticleSpec = {
      id: "c",
      text: "Teams met in Cairo on Thursday, three days after political talks opened in the Qatari capital, Doha.",
      mentions: [
        { text: "Cairo", actor: "place:cairo", kind: "place" },
        { text: "Doha", actor: "country:QAT", kind: "metonym" },
      ],
      times: [
        { text: "Thursday", value: "2025-03-13" },
        { text: "three days", value: "P3D", precision: "duration" },
      ],
    };
    const result = found([talks("a", "Monday", "2025-03-10"), talks("b", "Tuesday", "2025-03-11"), later]);
    const date = result.find((d) => d.kind === "date");
    expect(date?.variants.find((v) => v.article === "c")).toEqual({
      article: "c",
      value: "2025-03-10",
      text: "three days after political talks opened in the Qatari capital, Doha",
    });
  });

  it("does not set two meetings of a series against each other when an article names both days", () => {
    const both: ArticleSpec = {
      ...meeting("a", "Washington", "Monday", "2025-03-17"),
      text: "Minister Ingrid Halvorsen met Marcus Doyle in Washington on Monday. A second session followed on Wednesday.",
      times: [
        { text: "Monday", value: "2025-03-17" },
        { text: "Wednesday", value: "2025-03-19" },
      ],
    };
    const second = meeting("b", "Washington", "Wednesday", "2025-03-19");
    expect(found([both, second]).filter((d) => d.kind === "date")).toEqual([]);
    // Without the second day named, the two days contradict.
    const only = meeting("a", "Washington", "Monday", "2025-03-17");
    expect(found([only, second]).map((d) => d.kind)).toEqual(["date"]);
  });

  it("does not set a reference point against the area that holds the event", () => {
    // ECB+: "epicenter … 85 miles from Manokwari" and "near the epicenter in Papua" (Manokwari is in Papua).
    const epicentre = (id: string, text: string, city: string): ArticleSpec => ({
      id,
      text,
      mentions: [{ text: city, actor: `place:${city.toLowerCase()}`, kind: "place" }],
    });
    const from = epicentre("a", "The quake's epicenter was about 85 miles from Manokwari.", "Manokwari");
    const inside = epicentre("b", "Residents near the epicenter in Papua fled their homes.", "Papua");
    expect(found([from, inside])).toEqual([]);
    const near = epicentre("c", "Its epicentre was near the city of Moquegua.", "Moquegua");
    expect(found([from, near]).map((d) => [d.kind, d.variants.map((v) => v.value)])).toEqual([
      ["place", ["Manokwari", "Moquegua"]],
    ]);
  });

  it("does not take talks in different cities a week apart for one event", () => {
    expect(found([talks("a", "Monday", "2025-03-10"), talks("b", "Monday", "2025-03-17")])).toEqual([]);
    expect(found([talks("a", "Monday", "2025-03-10"), talks("b", "Thursday", "2025-03-13", "Cairo")])).toEqual([]);
  });

  it("never sets a copy against its original", () => {
    expect(
      found(
        [talks("wire", "Monday", "2025-03-10"), talks("copy", "Tuesday", "2025-03-11")],
        new Map([["copy", "wire"]]),
      ),
    ).toEqual([]);
  });
});

describe("number discrepancies", () => {
  const toll = (id: string, quantity: number): ArticleSpec => ({
    id,
    text: `At least ${quantity} people were killed in Peru.`,
    mentions: [{ text: "Peru", actor: "country:PER" }],
    claims: [{ quantity, qualifier: "at least", what: "people killed", category: "killed", asOf: "2025-03-12" }],
  });
  it("reports figures in conflict", () => {
    const result = found([toll("a", 67), toll("b", 76)]);
    expect(result.map((d) => [d.kind, d.variants.map((v) => v.value)])).toEqual([
      ["number", ["at least 67 (as of 2025-03-12)", "at least 76 (as of 2025-03-12)"]],
    ]);
  });
  it("does not report equal figures", () => {
    expect(found([toll("a", 67), toll("b", 67)])).toEqual([]);
  });
});

describe("quote and attribution discrepancies", () => {
  const full =
    "We are ready to release all the remaining hostages in a single exchange if the occupation commits to a permanent end to the war.";
  const cut = "We are ready to release all the remaining hostages in a single exchange.";
  const says = (id: string, words: string, speaker: string): ArticleSpec => ({
    id,
    text: `"${words}" he said.`,
    // The article names the speaker as the resolved actor's name ("person:halvorsen" → "halvorsen").
    quotes: [{ text: words, speaker, speakerText: speaker.split(":")[1] ?? speaker }],
  });

  it("finds a dropped condition", () => {
    const result = found([says("a", full, "person:awadallah"), says("b", cut, "person:awadallah")]);
    expect(result.map((d) => [d.kind, d.variants.map((v) => `${v.article}:${v.value}`)])).toEqual([
      ["quote", ["a:conditional", "b:unconditional"]],
    ]);
  });

  it("finds a negation dropped", () => {
    const result = found([
      says("a", "We will not sign a deal that leaves our workers without protection,", "person:x"),
      says("b", "We will sign a deal that leaves our workers without protection,", "person:x"),
    ]);
    expect(result.map((d) => d.kind)).toEqual(["quote"]);
  });

  it("finds a negation dropped in reported speech", () => {
    const reported = (id: string, words: string): ArticleSpec => ({
      id,
      text: `Halvorsen said ${words}.`,
      quotes: [{ text: words, speaker: "person:halvorsen", kind: "indirect", speakerText: "Halvorsen" }],
    });
    const result = found([
      reported("a", "Mexico was already paying for the border wall through the new trade deal"),
      reported("b", "Mexico was not already paying for the border wall through the new trade deal"),
    ]);
    expect(result.map((d) => [d.kind, d.variants.map((v) => `${v.article}:${v.value}`)])).toEqual([
      ["quote", ["a:affirmed", "b:negated"]],
    ]);
  });

  it("does not flag a negation when one article quotes both forms (a statement and its reversal)", () => {
    const will = "I will run for the Senate seat in the coming year,";
    const wont = "I will not run for the Senate seat in the coming year,";
    const both: ArticleSpec = {
      id: "a",
      text: `"${wont}" he said in May. "${will}" he said on Friday.`,
      quotes: [
        { text: wont, speaker: "person:x" },
        { text: will, speaker: "person:x" },
      ],
    };
    expect(found([both, says("b", will, "person:x")]).filter((d) => d.kind === "quote")).toEqual([]);
  });

  it("does not flag a partial quote for lacking the condition", () => {
    const a = says("a", full, "person:awadallah");
    const b: ArticleSpec = {
      id: "b",
      text: 'He said they were "ready to release all the remaining hostages".',
      quotes: [{ text: "ready to release all the remaining hostages", speaker: "person:awadallah", kind: "partial" }],
    };
    expect(found([a, b])).toEqual([]);
  });

  it("finds the same words given to two speakers", () => {
    const words = "Nobody at this table wants a trade war, but nobody is going to sign a bad deal either,";
    const result = found([
      says("a", words, "person:halvorsen"),
      says("b", words, "person:halvorsen"),
      says("c", words, "person:doyle"),
    ]);
    expect(result.map((d) => [d.kind, d.variants.map((v) => v.value)])).toEqual([
      ["attribution", ["halvorsen", "halvorsen", "doyle"]],
    ]);
  });

  it("does not flag two speakers when one article names only a description ('said the pope') we resolved", () => {
    const words = "They are children of God and have a right to a family, nobody should be thrown out,";
    const pope: ArticleSpec = {
      id: "b",
      text: `"${words}" said the pope.`,
      quotes: [{ text: words, speaker: "person:francis-debernardo", speakerText: "the pope" }],
      actors: [{ id: "person:francis-debernardo", name: "Francis DeBernardo" }],
    };
    const named: ArticleSpec = {
      id: "a",
      text: `"${words}" Francis said.`,
      quotes: [{ text: words, speaker: "person:francis", speakerText: "Francis" }],
      actors: [{ id: "person:francis", name: "Francis" }],
    };
    expect(found([named, pope])).toEqual([]);
  });

  it("does not flag a short stock phrase said by two people", () => {
    expect(found([says("a", "We are ready,", "person:a"), says("b", "We are ready,", "person:b")])).toEqual([]);
  });
});
