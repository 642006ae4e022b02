import { describe, expect, it } from "vitest";
import type { Article, ArticleEvent } from "../../article.js";
import { alignEvents, publisherCount } from "./alignEvents.js";
import { testArticle } from "./testArticle.js";

interface EventSpec {
  /** The sentence, as it stands in the article's text; the event's span is the whole sentence. */
  sentence: string;
  source: string | null;
  target: string | null;
  code: string;
  date: string | null;
  dateEvidence?: "stated" | "inferred";
  place?: string | null;
  goldstein?: number;
}

const labels: Record<string, [string, number]> = {
  "042": ["Make a visit", 1.9],
  "043": ["Host a visit", 2.8],
  "046": ["Engage in negotiation", 7],
  "190": ["Use conventional military force, not specified below", -10],
};

/** A hand-built article whose events are coded from its own sentences. */
function article(id: string, outlet: string, text: string, events: EventSpec[]): Article {
  const base = testArticle({ id, text });
  const coded: ArticleEvent[] = events.map((e) => {
    const start = text.indexOf(e.sentence);
    if (start === -1) throw new Error(`sentence not in ${id}: ${e.sentence}`);
    const [label, goldstein] = labels[e.code] ?? ["Other", 0];
    return {
      start,
      end: start + e.sentence.length,
      source: e.source,
      target: e.target,
      code: e.code,
      label,
      goldstein: e.goldstein ?? goldstein,
      date: e.date,
      place: e.place ?? null,
      sentence: e.sentence,
      evidence: "stated",
      dateEvidence: e.dateEvidence ?? "inferred",
    };
  });
  return { ...base, meta: { ...base.meta, outlet }, events: coded };
}

const met = "Halvorsen met Doyle in Washington on Wednesday.";
const hosted = "Doyle hosted Halvorsen in Washington.";
const meeting = (date: string, extra: Partial<EventSpec> = {}): EventSpec => ({
  sentence: met,
  source: "person:halvorsen",
  target: "person:doyle",
  code: "042",
  date,
  place: "Washington",
  ...extra,
});

describe("alignEvents", () => {
  it("makes one event of the same dyad, CAMEO root, near date and place reported by several outlets", () => {
    const a = article("a", "Gulf Wire", met, [meeting("2025-03-19")]);
    const b = article("b", "Coastline", `Talks. ${hosted}`, [
      { ...meeting("2025-03-20"), sentence: hosted, code: "043", place: "Washington, D.C." },
    ]);
    const events = alignEvents([a, b], new Map());
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      code: "042",
      root: "04",
      source: "person:halvorsen",
      target: "person:doyle",
      date: "2025-03-19",
      precision: "day",
      place: "Washington",
      articles: ["a", "b"],
      publishers: 2,
    });
    expect(event?.id).toMatch(/^event-[0-9a-f]{12}$/);
    expect(event?.evidence).toEqual([
      expect.objectContaining({ article: "a", start: 0, end: met.length, text: met, evidence: "stated" }),
      expect.objectContaining({ article: "b", start: 7, end: 7 + hosted.length, text: hosted, code: "043" }),
    ]);
  });

  it("prefers a stated date to an inferred one, whatever the order", () => {
    const a = article("a", "A", met, [meeting("2025-03-20")]);
    const b = article("b", "B", met, [meeting("2025-03-19", { dateEvidence: "stated" })]);
    const [event] = alignEvents([a, b], new Map());
    expect(event).toMatchObject({ date: "2025-03-19", dateEvidence: "stated" });
  });

  it("counts a syndicated copy and a second article of the same outlet once as publishers", () => {
    const wire = article("wire", "Gulf Wire", met, [meeting("2025-03-19")]);
    const copy = article("copy", "Coastline", met, [meeting("2025-03-19")]);
    const wire2 = article("wire2", "Gulf Wire", met, [meeting("2025-03-20")]);
    const other = article("other", "Ledger", met, [meeting("2025-03-19")]);
    const [event] = alignEvents([wire, copy, wire2, other], new Map([["copy", "wire"]]));
    expect(event?.articles).toEqual(["wire", "copy", "wire2", "other"]);
    expect(event?.publishers).toBe(2);
    expect(alignEvents([wire, copy], new Map([["copy", "wire"]]))[0]?.publishers).toBe(1);
  });

  it("counts articles without an outlet each as their own publisher", () => {
    const a = article("a", "", met, [meeting("2025-03-19")]);
    const b = article("b", "", met, [meeting("2025-03-19")]);
    expect(alignEvents([a, b], new Map())[0]?.publishers).toBe(2);
  });

  it("keeps one article's two reports of one event as one event with two pieces of evidence", () => {
    const text = `${met} ${hosted}`;
    const a = article("a", "A", text, [meeting("2025-03-19"), { ...meeting("2025-03-19"), sentence: hosted }]);
    const events = alignEvents([a], new Map());
    expect(events).toHaveLength(1);
    expect(events[0]?.evidence).toHaveLength(2);
    expect(events[0]?.publishers).toBe(1);
  });

  it("makes one joint event of talks reported with the parties either way round", () => {
    const held = "Norway and the United States held talks in Oslo on Monday.";
    const talks = (source: string, target: string): EventSpec => ({
      sentence: held,
      source,
      target,
      code: "046",
      date: "2025-03-17",
      place: "Oslo",
    });
    // The coder's reciprocal reading gives one article both directions of the same span.
    const a = article("a", "Gulf Wire", held, [
      talks("country:NOR", "country:USA"),
      talks("country:USA", "country:NOR"),
    ]);
    const reversed = "The United States and Norway negotiated in Oslo.";
    const b = article("b", "Coastline", reversed, [{ ...talks("country:USA", "country:NOR"), sentence: reversed }]);
    const events = alignEvents([a, b], new Map());
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ source: "country:NOR", target: "country:USA", mutual: true, publishers: 2 });
    expect(events[0]?.evidence).toHaveLength(2);
  });

  it("reads a reciprocal pair of a directional code as one joint event", () => {
    const met = "Halvorsen and Doyle visited each other.";
    const a = article("a", "Gulf Wire", met, [
      { ...meeting("2025-03-19"), sentence: met },
      { ...meeting("2025-03-19"), sentence: met, source: "person:doyle", target: "person:halvorsen" },
    ]);
    const events = alignEvents([a], new Map());
    expect(events).toHaveLength(1);
    expect(events[0]?.mutual).toBe(true);
  });

  it("sorts a story's events by date, undated last", () => {
    const a = article("a", "A", `${met} ${hosted}`, [
      { ...meeting("2025-03-19"), source: null, date: null },
      { ...meeting("2025-03-25"), sentence: hosted },
      meeting("2025-03-10"),
    ]);
    expect(alignEvents([a], new Map()).map((e) => e.date)).toEqual(["2025-03-10", "2025-03-25", null]);
  });
});

describe("alignEvents: what must stay apart", () => {
  it("does not merge dates far apart", () => {
    const a = article("a", "A", met, [meeting("2025-03-19")]);
    const b = article("b", "B", met, [meeting("2025-03-29")]);
    expect(alignEvents([a, b], new Map())).toHaveLength(2);
  });

  it("does not merge two stated days two days apart, though it would merge inferred ones", () => {
    const stated = { dateEvidence: "stated" as const };
    const a = article("a", "A", met, [meeting("2025-03-19", stated)]);
    const b = article("b", "B", met, [meeting("2025-03-21", stated)]);
    expect(alignEvents([a, b], new Map())).toHaveLength(2);
    const c = article("c", "C", met, [meeting("2025-03-21")]);
    expect(alignEvents([a, c], new Map())).toHaveLength(1);
  });

  it("does not let a chain of near dates stretch one event over a week", () => {
    const days = ["2025-03-01", "2025-03-04", "2025-03-07"];
    const articles = days.map((d, i) => article(`a${i}`, `Outlet ${i}`, met, [meeting(d)]));
    const events = alignEvents(articles, new Map());
    expect(events).toHaveLength(2);
    for (const e of events) {
      const dates = e.evidence.map((x) => Date.parse(x.date ?? ""));
      expect(Math.max(...dates) - Math.min(...dates)).toBeLessThanOrEqual(3 * 86_400_000);
    }
  });

  it("does not merge different dyads, a reversed dyad, or a missing actor", () => {
    const a = article("a", "A", met, [meeting("2025-03-19")]);
    const other = article("b", "B", met, [meeting("2025-03-19", { target: "person:someone-else" })]);
    const reversed = article("c", "C", met, [
      meeting("2025-03-19", { source: "person:doyle", target: "person:halvorsen" }),
    ]);
    const oneSided = article("d", "D", met, [meeting("2025-03-19", { target: null })]);
    expect(alignEvents([a, other, reversed, oneSided], new Map())).toHaveLength(4);
  });

  it("does not merge different CAMEO roots", () => {
    const a = article("a", "A", met, [meeting("2025-03-19")]);
    const b = article("b", "B", met, [meeting("2025-03-19", { code: "190" })]);
    expect(alignEvents([a, b], new Map())).toHaveLength(2);
  });

  it("does not merge different places, but an unknown place fits any", () => {
    const a = article("a", "A", met, [meeting("2025-03-19")]);
    const b = article("b", "B", met, [meeting("2025-03-19", { place: "New York" })]);
    expect(alignEvents([a, b], new Map())).toHaveLength(2);
    const c = article("c", "C", met, [meeting("2025-03-19", { place: null })]);
    expect(alignEvents([a, c], new Map())).toHaveLength(1);
  });

  it("does not merge unplaced reports whose sentences each name another city", () => {
    // ECB+: "50,000 people marched in Salonika" and "20,000 people took to the streets of Athens", the same day.
    const marched = (id: string, city: string): Article => {
      const sentence = `Thousands of people marched in ${city} on Wednesday.`;
      const base = article(id, id, sentence, [
        { sentence, source: "agent:civilians", target: null, code: "190", date: "2025-03-19", place: null },
      ]);
      const at = sentence.indexOf(city);
      return {
        ...base,
        mentions: [
          { start: at, end: at + city.length, text: city, actor: `place:${city}`, evidence: "stated", kind: "place" },
        ],
      };
    };
    expect(alignEvents([marched("a", "Salonika"), marched("b", "Athens")], new Map())).toHaveLength(2);
    expect(alignEvents([marched("a", "Athens"), marched("b", "Athens")], new Map())).toHaveLength(1);
  });

  it("does not merge a year-precision date with a day inside it, but merges the same year", () => {
    const a = article("a", "A", met, [meeting("2007")]);
    const b = article("b", "B", met, [meeting("2007-06-01")]);
    const c = article("c", "C", met, [meeting("2007")]);
    const events = alignEvents([a, b, c], new Map());
    expect(events.map((e) => [e.date, e.precision, e.articles])).toEqual([
      ["2007", "year", ["a", "c"]],
      ["2007-06-01", "day", ["b"]],
    ]);
  });

  it("returns nothing for articles without events", () => {
    expect(alignEvents([testArticle({ id: "x", text: "Nothing happened." })], new Map())).toEqual([]);
  });
});

describe("publisherCount", () => {
  it("counts copies of one original once even when the original is not among the articles", () => {
    const outlets = new Map([
      ["copy1", "Coastline"],
      ["copy2", "Harbour News"],
      ["own", "Ledger"],
    ]);
    const copyOf = new Map([
      ["copy1", "wire"],
      ["copy2", "wire"],
    ]);
    expect(publisherCount(["copy1", "copy2", "own"], outlets, copyOf)).toBe(2);
    expect(publisherCount(["copy1", "copy2"], outlets, new Map())).toBe(2);
    expect(publisherCount([], outlets, copyOf)).toBe(0);
  });
});
