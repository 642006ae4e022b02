import { describe, expect, it } from "vitest";
import type { Article } from "../../article.js";
import { codedEventDiscrepancies, locativeBefore, writtenDay } from "./codedEventDiscrepancies.js";
import { discrepancies } from "./discrepancies.js";
import type { ArticleSpec } from "./testArticle.js";
import { testArticle } from "./testArticle.js";

const halvorsen = { text: "Halvorsen", actor: "person:ingrid-halvorsen" };
const doyle = { text: "Doyle", actor: "person:marcus-doyle" };
const dyad = { source: "person:ingrid-halvorsen", target: "person:marcus-doyle" };
const places = [
  { id: "place:oslo", name: "Oslo", type: "place" as const, country: "NOR" },
  { id: "place:bergen", name: "Bergen", type: "place" as const, country: "NOR" },
  { id: "place:washington", name: "Washington", type: "place" as const, country: "USA" },
  { id: "place:seattle", name: "Seattle", type: "place" as const, country: "USA" },
  { id: "country:NOR", name: "Norway", type: "country" as const, country: "NOR" },
];

/** One article telling that Halvorsen met Doyle, on a written day and in a place. */
function meeting(id: string, day: string, value: string, place = "Oslo", extra: Partial<ArticleSpec> = {}): Article {
  const text = `Halvorsen met Doyle in ${place} on ${day}, officials said.`;
  return testArticle({
    id,
    text,
    mentions: [halvorsen, doyle, { text: place, actor: `place:${place.toLowerCase()}`, kind: "place" }],
    actors: places,
    times: [{ text: day, value, evidence: "stated" }],
    events: [{ verb: "met", code: "040", ...dyad, date: value, dateEvidence: "stated", place }],
    ...extra,
  });
}

describe("codedEventDiscrepancies: dates", () => {
  it("reports one meeting given two written days by two outlets", () => {
    const found = codedEventDiscrepancies(
      [meeting("a", "March 19", "2025-03-19"), meeting("b", "March 20", "2025-03-20")],
      new Map(),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe("date");
    expect(found[0]?.variants.map((v) => `${v.article}=${v.value}`)).toEqual(["a=2025-03-19", "b=2025-03-20"]);
    expect(found[0]?.variants[0]?.text).toContain("Halvorsen met Doyle in Oslo on March 19");
  });

  it("reaches the public discrepancies list", () => {
    const articles = [meeting("a", "March 19", "2025-03-19"), meeting("b", "March 20", "2025-03-20")];
    expect(discrepancies(articles, new Map(), [], []).filter((d) => d.kind === "date")).toHaveLength(1);
  });

  it("joins a same-root code when the verb is the same (040 and 043, both 'met')", () => {
    const b = meeting("b", "March 20", "2025-03-20");
    const recoded = { ...b, events: b.events.map((e) => ({ ...e, code: "043" })) };
    expect(codedEventDiscrepancies([meeting("a", "March 19", "2025-03-19"), recoded], new Map())).toHaveLength(1);
  });
});

describe("codedEventDiscrepancies: negative cases", () => {
  it("ignores a weekday resolved against the publication date", () => {
    const a = meeting("a", "Wednesday", "2025-03-19");
    const b = meeting("b", "Thursday", "2025-03-20");
    const inferred = (x: Article): Article => ({
      ...x,
      times: x.times.map((t) => ({ ...t, evidence: "inferred" as const })),
    });
    expect(codedEventDiscrepancies([inferred(a), inferred(b)], new Map())).toEqual([]);
  });

  it("ignores a date the events stage inferred from the publication date (no day in the sentence)", () => {
    const make = (id: string, published: string): Article =>
      testArticle({
        id,
        text: "Halvorsen met Doyle in Oslo, officials said.",
        published,
        mentions: [halvorsen, doyle, { text: "Oslo", actor: "place:oslo", kind: "place" }],
        actors: places,
        events: [{ verb: "met", code: "040", ...dyad, date: published.slice(0, 10), dateEvidence: "inferred" }],
      });
    expect(
      codedEventDiscrepancies([make("a", "2025-03-19T08:00:00Z"), make("b", "2025-03-20T08:00:00Z")], new Map()),
    ).toEqual([]);
  });

  it("does not read a series of meetings as one", () => {
    // The second meeting is coded apart (043, "held talks"): only the rule "alone of its dyad and root" keeps the
    // first from being set against the other outlet's day.
    const series = testArticle({
      id: "b",
      text: "Halvorsen met Doyle on March 20. Halvorsen held talks with Doyle again on March 22.",
      mentions: [halvorsen, doyle, { ...halvorsen, at: 1 }, { ...doyle, at: 1 }],
      times: [
        { text: "March 20", value: "2025-03-20", evidence: "stated" },
        { text: "March 22", value: "2025-03-22", evidence: "stated" },
      ],
      events: [
        { verb: "met", code: "040", ...dyad, date: "2025-03-20", dateEvidence: "stated" },
        { verb: "held talks", code: "043", ...dyad, date: "2025-03-22", dateEvidence: "stated" },
      ],
    });
    expect(codedEventDiscrepancies([meeting("a", "March 19", "2025-03-19"), series], new Map())).toEqual([]);
    // The same article with the second meeting left out is one meeting, and does differ.
    const single = { ...series, events: series.events.slice(0, 1) };
    expect(codedEventDiscrepancies([meeting("a", "March 19", "2025-03-19"), single], new Map())).toHaveLength(1);
  });

  it("does not join different dyads", () => {
    const b = meeting("b", "March 20", "2025-03-20");
    const other = { ...b, events: b.events.map((e) => ({ ...e, target: "person:someone-else" })) };
    expect(codedEventDiscrepancies([meeting("a", "March 19", "2025-03-19"), other], new Map())).toEqual([]);
  });

  it("does not join different codes with different verbs", () => {
    const b = meeting("b", "March 20", "2025-03-20");
    const other = { ...b, events: b.events.map((e) => ({ ...e, code: "042", verb: "visited" })) };
    expect(codedEventDiscrepancies([meeting("a", "March 19", "2025-03-19"), other], new Map())).toEqual([]);
  });

  it("never sets a copy against its original", () => {
    const found = codedEventDiscrepancies(
      [meeting("a", "March 19", "2025-03-19"), meeting("b", "March 20", "2025-03-20")],
      new Map([["b", "a"]]),
    );
    expect(found).toEqual([]);
  });

  it("does not set two articles of one outlet against each other", () => {
    const b = meeting("b", "March 20", "2025-03-20");
    const sameOutlet = { ...b, meta: { ...b.meta, outlet: "a" } };
    expect(codedEventDiscrepancies([meeting("a", "March 19", "2025-03-19"), sameOutlet], new Map())).toEqual([]);
  });

  it("leaves days a week apart alone (likely two events)", () => {
    expect(
      codedEventDiscrepancies(
        [meeting("a", "March 19", "2025-03-19"), meeting("b", "March 26", "2025-03-26")],
        new Map(),
      ),
    ).toEqual([]);
  });

  it("leaves an article that names the other day alone", () => {
    const b = testArticle({
      id: "b",
      text: "Halvorsen met Doyle in Oslo on March 20, officials said. Talks had been planned for March 19.",
      mentions: [halvorsen, doyle, { text: "Oslo", actor: "place:oslo", kind: "place" }],
      actors: places,
      times: [
        { text: "March 20", value: "2025-03-20", evidence: "stated" },
        { text: "March 19", value: "2025-03-19", evidence: "stated" },
      ],
      events: [{ verb: "met", code: "040", ...dyad, date: "2025-03-20", dateEvidence: "stated" }],
    });
    expect(codedEventDiscrepancies([meeting("a", "March 19", "2025-03-19"), b], new Map())).toEqual([]);
  });

  it("ignores a sentence that names two days", () => {
    const b = testArticle({
      id: "b",
      text: "Halvorsen met Doyle in Oslo on March 20, a day after March 19 talks stalled.",
      mentions: [halvorsen, doyle, { text: "Oslo", actor: "place:oslo", kind: "place" }],
      actors: places,
      times: [
        { text: "March 20", value: "2025-03-20", evidence: "stated" },
        { text: "March 19", value: "2025-03-19", evidence: "stated" },
      ],
      events: [{ verb: "met", code: "040", ...dyad, date: "2025-03-20", dateEvidence: "stated" }],
    });
    expect(codedEventDiscrepancies([meeting("a", "March 18", "2025-03-18"), b], new Map())).toEqual([]);
  });

  it("ignores statements, which are said again day after day", () => {
    const said = (x: Article): Article => ({ ...x, events: x.events.map((e) => ({ ...e, code: "111" })) });
    const articles = [said(meeting("a", "March 19", "2025-03-19")), said(meeting("b", "March 20", "2025-03-20"))];
    expect(codedEventDiscrepancies(articles, new Map())).toEqual([]);
  });

  it("ignores a dyad with no person (two states act in many places and on many days)", () => {
    const states = (x: Article): Article => ({
      ...x,
      events: x.events.map((e) => ({ ...e, source: "country:RUS", target: "country:UKR", code: "190" })),
    });
    const articles = [states(meeting("a", "March 19", "2025-03-19")), states(meeting("b", "March 20", "2025-03-20"))];
    expect(codedEventDiscrepancies(articles, new Map())).toEqual([]);
  });

  it("ignores a generic sector as an actor ('civilians', 'police')", () => {
    const sector = (x: Article): Article => ({
      ...x,
      events: x.events.map((e) => ({ ...e, target: "agent:civilians", code: "190" })),
    });
    const articles = [sector(meeting("a", "March 19", "2025-03-19")), sector(meeting("b", "March 20", "2025-03-20"))];
    expect(codedEventDiscrepancies(articles, new Map())).toEqual([]);
  });

  it("needs both actors", () => {
    const a = meeting("a", "March 19", "2025-03-19");
    const b = meeting("b", "March 20", "2025-03-20");
    const noTarget = (x: Article): Article => ({ ...x, events: x.events.map((e) => ({ ...e, target: null })) });
    expect(codedEventDiscrepancies([noTarget(a), noTarget(b)], new Map())).toEqual([]);
  });
});

describe("codedEventDiscrepancies: places", () => {
  it("reports two cities of one country for one meeting", () => {
    const found = codedEventDiscrepancies(
      [meeting("a", "March 19", "2025-03-19", "Oslo"), meeting("b", "March 19", "2025-03-19", "Bergen")],
      new Map(),
    );
    expect(found.map((d) => d.kind)).toEqual(["place"]);
    expect(found[0]?.variants.map((v) => v.value)).toEqual(["Oslo", "Bergen"]);
  });

  it("takes a city and the state holding it as compatible", () => {
    expect(
      codedEventDiscrepancies(
        [meeting("a", "March 19", "2025-03-19", "Seattle"), meeting("b", "March 19", "2025-03-19", "Washington")],
        new Map(),
      ),
    ).toEqual([]);
  });

  it("does not compare places when the days differ (maybe two events)", () => {
    const found = codedEventDiscrepancies(
      [meeting("a", "March 19", "2025-03-19", "Oslo"), meeting("b", "March 20", "2025-03-20", "Bergen")],
      new Map(),
    );
    expect(found.map((d) => d.kind)).toEqual(["date"]);
  });

  it("does not compare places of reports published days apart with no stated day (a trip, not one meeting)", () => {
    const undated = (id: string, place: string, published: string): Article =>
      testArticle({
        id,
        text: `Halvorsen met Doyle in ${place}, officials said.`,
        published,
        mentions: [halvorsen, doyle, { text: place, actor: `place:${place.toLowerCase()}`, kind: "place" }],
        actors: places,
        events: [{ verb: "met", code: "040", ...dyad, date: published.slice(0, 10), dateEvidence: "inferred", place }],
      });
    const far = [undated("a", "Oslo", "2025-03-17T08:00:00Z"), undated("b", "Bergen", "2025-03-20T08:00:00Z")];
    expect(codedEventDiscrepancies(far, new Map())).toEqual([]);
    const near = [undated("a", "Oslo", "2025-03-19T08:00:00Z"), undated("b", "Bergen", "2025-03-19T18:00:00Z")];
    expect(codedEventDiscrepancies(near, new Map()).map((d) => d.kind)).toEqual(["place"]);
  });

  it("ignores a place named in another role ('in talks with Bergen')", () => {
    const b = testArticle({
      id: "b",
      text: "Halvorsen met Doyle on March 19 in talks with Bergen officials.",
      mentions: [halvorsen, doyle, { text: "Bergen", actor: "place:bergen", kind: "place" }],
      actors: places,
      times: [{ text: "March 19", value: "2025-03-19", evidence: "stated" }],
      events: [{ verb: "met", code: "040", ...dyad, date: "2025-03-19", dateEvidence: "stated", place: "Bergen" }],
    });
    expect(codedEventDiscrepancies([meeting("a", "March 19", "2025-03-19", "Oslo"), b], new Map())).toEqual([]);
  });

  it("needs both actors stated, not reached through coreference", () => {
    const a = meeting("a", "March 19", "2025-03-19");
    const b = meeting("b", "March 20", "2025-03-20");
    const inferred = { ...b, events: b.events.map((e) => ({ ...e, evidence: "inferred" as const })) };
    expect(codedEventDiscrepancies([a, inferred], new Map())).toEqual([]);
  });

  it("ignores a place that is not where the event happened ('from Oslo')", () => {
    const b = testArticle({
      id: "b",
      text: "Halvorsen, who flew from Bergen, met Doyle on March 19, officials said.",
      mentions: [halvorsen, doyle, { text: "Bergen", actor: "place:bergen", kind: "place" }],
      actors: places,
      times: [{ text: "March 19", value: "2025-03-19", evidence: "stated" }],
      events: [{ verb: "met", code: "040", ...dyad, date: "2025-03-19", dateEvidence: "stated", place: "Bergen" }],
    });
    expect(codedEventDiscrepancies([meeting("a", "March 19", "2025-03-19", "Oslo"), b], new Map())).toEqual([]);
  });
});

describe("named patterns", () => {
  it("writtenDay matches a day written out and nothing resolved", () => {
    for (const t of ["March 19", "Mar. 19", "19 March 2025", "the 19th of March", "2025-03-19", "3/19/2025"])
      expect(writtenDay.test(t), t).toBe(true);
    for (const t of ["Wednesday", "yesterday", "last week", "March", "2025", "in May"])
      expect(writtenDay.test(t), t).toBe(false);
  });

  it("locativeBefore matches the words before a place the event is in", () => {
    for (const t of ["met Doyle in ", "In ", "at ", "in the Qatari capital, ", "in the city of "])
      expect(locativeBefore.test(t), t).toBe(true);
    for (const t of ["in talks with ", "flew from ", "near ", "within ", "the mayor of "])
      expect(locativeBefore.test(t), t).toBe(false);
  });
});
