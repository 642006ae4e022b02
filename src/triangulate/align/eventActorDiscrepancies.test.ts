import { describe, expect, it } from "vitest";
import type { Article, ArticleEvent } from "../../article.js";
import type { Actor } from "../../analyze/actors/types.js";
import { discrepancies } from "./discrepancies.js";
import { distinctActors, eventActorDiscrepancies } from "./eventActorDiscrepancies.js";
import type { ArticleSpec } from "./testArticle.js";
import { testArticle } from "./testArticle.js";

const actors: NonNullable<ArticleSpec["actors"]> = [
  { id: "country:RUS", name: "Russia", type: "country", country: "RUS" },
  { id: "country:BLR", name: "Belarus", type: "country", country: "BLR" },
  { id: "country:UKR", name: "Ukraine", type: "country", country: "UKR" },
  { id: "org:rus-army", name: "Russian army", type: "organization", country: "RUS" },
  { id: "org:rus-defence", name: "Russian Defence Ministry", type: "organization", country: "RUS" },
  { id: "person:ingrid-halvorsen", name: "Ingrid Halvorsen", type: "person", country: "NOR" },
  { id: "person:marcus-doyle", name: "Marcus Doyle", type: "person", country: "USA" },
  { id: "person:tom-doyle", name: "Tom Doyle", type: "person", country: "USA" },
  { id: "group:hamas", name: "Hamas", type: "group", country: "PSE" },
  { id: "group:hamas-wing", name: "Hamas armed wing", type: "group", country: "PSE" },
];

const idOf: Record<string, string> = {
  Russia: "country:RUS",
  Belarus: "country:BLR",
  Ukraine: "country:UKR",
  "the Russian army": "org:rus-army",
  "the Russian Defence Ministry": "org:rus-defence",
  "Ingrid Halvorsen": "person:ingrid-halvorsen",
  "Marcus Doyle": "person:marcus-doyle",
  "Tom Doyle": "person:tom-doyle",
  Hamas: "group:hamas",
  "Hamas's armed wing": "group:hamas-wing",
};

interface Telling {
  id: string;
  agent: string;
  target?: string;
  lead?: string;
  rest?: string;
  code?: string;
  verb?: string;
  mentionKind?: "name" | "alias" | "surname" | "title" | "demonym" | undefined;
  extra?: (Partial<ArticleEvent> & { at?: number })[];
  extraText?: string;
  tail?: string;
  extraMentions?: { text: string; actor: string }[];
}

/** One outlet's sentence "<agent> fired cruise missiles at <target>'s power grid overnight, cutting …". */
function telling(t: Telling): Article {
  const target = t.target ?? "Ukraine";
  const verb = t.verb ?? "fired";
  const lead = t.lead ?? "";
  const rest = t.rest ?? "cruise missiles at the power grid of";
  const text = `${lead}${t.agent} ${verb} ${rest} ${target}${t.tail ?? " overnight, cutting electricity to two million homes"}.${t.extraText ?? ""}`;
  const agentId = idOf[t.agent] ?? "";
  const targetId = idOf[target] ?? "";
  return testArticle({
    id: t.id,
    text,
    actors,
    mentions: [
      { text: t.agent, actor: agentId, kind: t.mentionKind ?? "name" },
      { text: target, actor: targetId, kind: "name" },
      ...(t.extraMentions ?? []),
    ],
    events: [
      { verb, code: t.code ?? "195", label: "Employ aerial weapons", source: agentId, target: targetId },
      ...(t.extra ?? []).map((e) => ({ verb: verb, code: "195", label: "Employ aerial weapons", ...e })),
    ],
  });
}

describe("eventActorDiscrepancies: positive cases", () => {
  it("reports one strike given to two states by two outlets", () => {
    const found = eventActorDiscrepancies(
      [telling({ id: "a", agent: "Russia" }), telling({ id: "b", agent: "Belarus" })],
      new Map(),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe("actor");
    expect(found[0]?.about).toContain("→ Ukraine");
    expect(found[0]?.variants.map((v) => `${v.article}=${v.value}`)).toEqual(["a=Russia", "b=Belarus"]);
    expect(found[0]?.variants[1]?.text).toContain("Belarus fired cruise missiles");
  });

  it("reaches the public list, with an agreeing third outlet shown", () => {
    const articles = [
      telling({ id: "a", agent: "Russia" }),
      telling({ id: "b", agent: "Belarus" }),
      telling({ id: "c", agent: "Russia", rest: "cruise missiles at the electricity grid of" }),
    ];
    const found = discrepancies(articles, new Map(), [], []).filter((d) => d.kind === "actor");
    expect(found).toHaveLength(1);
    expect(found[0]?.variants.map((v) => v.value).sort()).toEqual(["Belarus", "Russia", "Russia"]);
  });

  it("reports two people named for one visit, a surname counting as a name", () => {
    const visit = (id: string, who: string, kind: Telling["mentionKind"]): Article =>
      telling({
        id,
        agent: who,
        target: "Ukraine",
        verb: "visited",
        rest: "the front line in eastern",
        code: "042",
        mentionKind: kind,
      });
    const found = eventActorDiscrepancies(
      [visit("a", "Ingrid Halvorsen", "name"), visit("b", "Marcus Doyle", "surname")],
      new Map(),
    );
    expect(found.map((d) => d.variants.map((v) => v.value))).toEqual([["Ingrid Halvorsen", "Marcus Doyle"]]);
  });

  it("reports a thing said when both outlets tell it in the same sentence", () => {
    const found = eventActorDiscrepancies(
      [telling({ id: "a", agent: "Russia", code: "111" }), telling({ id: "b", agent: "Belarus", code: "111" })],
      new Map(),
    );
    expect(found.map((d) => d.variants.map((v) => v.value))).toEqual([["Russia", "Belarus"]]);
  });

  it("reads an event the coder calls inferred when both actors are named in the sentence", () => {
    const inferred = (id: string, agent: string, otherKind: "name" | "title"): Article => {
      const article = telling({ id, agent, mentionKind: "surname" });
      return {
        ...article,
        mentions: article.mentions.map((m) =>
          m.actor === "country:UKR" ? { ...m, kind: otherKind } : { ...m, evidence: "inferred" as const },
        ),
        events: article.events.map((e) => ({ ...e, evidence: "inferred" as const })),
      };
    };
    expect(
      eventActorDiscrepancies([inferred("a", "Russia", "name"), inferred("b", "Belarus", "name")], new Map()),
    ).toHaveLength(1);
    // The other side reached through a title ("the country") is a coreference guess: no anchor for one act.
    expect(
      eventActorDiscrepancies([inferred("a", "Russia", "title"), inferred("b", "Belarus", "title")], new Map()),
    ).toEqual([]);
  });

  it("reports the target side too", () => {
    const found = eventActorDiscrepancies(
      [
        telling({ id: "a", agent: "Russia", target: "Ukraine" }),
        telling({ id: "b", agent: "Russia", target: "Belarus" }),
      ],
      new Map(),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.about).toMatch(/^to whom Russia did/);
  });
});

describe("eventActorDiscrepancies: negative cases", () => {
  const none = (articles: Article[]): void => expect(eventActorDiscrepancies(articles, new Map())).toEqual([]);

  it("keeps a state and its army as one actor told at two sizes", () => {
    none([telling({ id: "a", agent: "Russia" }), telling({ id: "b", agent: "the Russian army" })]);
  });

  it("keeps two organisations of one state (a unit and its parent) as consistent", () => {
    none([
      telling({ id: "a", agent: "the Russian army" }),
      telling({ id: "b", agent: "the Russian Defence Ministry" }),
    ]);
  });

  it("keeps a group and a part named after it as one actor", () => {
    none([telling({ id: "a", agent: "Hamas" }), telling({ id: "b", agent: "Hamas's armed wing" })]);
  });

  it("never compares actors reached by a title or a demonym", () => {
    none([telling({ id: "a", agent: "Russia" }), telling({ id: "b", agent: "Belarus", mentionKind: "demonym" })]);
    none([telling({ id: "a", agent: "Russia" }), telling({ id: "b", agent: "Belarus", mentionKind: "title" })]);
  });

  it("needs the same sentence for a thing said: many speakers condemn one strike", () => {
    const said = (id: string, agent: string, rest: string, tail: string): Article =>
      telling({ id, agent, code: "111", verb: "condemned", rest, tail });
    none([
      said("a", "Russia", "the attack on the power grid of", " as reckless"),
      said("b", "Belarus", "the attack on the power grid of", " in a statement"),
    ]);
  });

  it("never compares joint acts, whose parties are many", () => {
    none([telling({ id: "a", agent: "Russia", code: "040" }), telling({ id: "b", agent: "Belarus", code: "040" })]);
  });

  it("needs the same words around the act", () => {
    none([
      telling({ id: "a", agent: "Russia" }),
      telling({ id: "b", agent: "Belarus", rest: "artillery shells near a border town in", tail: " on Sunday" }),
    ]);
  });

  it("leaves an article that names both actors in the sentence", () => {
    none([
      telling({ id: "a", agent: "Russia" }),
      telling({
        id: "b",
        agent: "Belarus",
        lead: "Allied with Russia, ",
        extraMentions: [{ text: "Russia", actor: "country:RUS" }],
      }),
    ]);
  });

  it("leaves an article that gives the act to two actors", () => {
    const both = telling({
      id: "b",
      agent: "Belarus",
      extraText: " Russia fired too.",
      extra: [{ verb: "fired", at: 1, source: "country:RUS", target: "country:UKR" }],
    });
    none([telling({ id: "a", agent: "Russia" }), both]);
  });

  it("leaves the coder's reciprocal reading of an inferred event", () => {
    const both = (id: string, agent: string): Article => {
      const article = telling({ id, agent });
      const [e] = article.events;
      if (e === undefined) return article;
      const flipped = { ...e, source: e.target, target: e.source };
      return { ...article, events: [e, flipped].map((x) => ({ ...x, evidence: "inferred" as const })) };
    };
    none([both("a", "Russia"), both("b", "Belarus")]);
  });

  it("leaves one outlet twice and two people who may be one", () => {
    const a = telling({ id: "a", agent: "Russia" });
    const b = { ...telling({ id: "b", agent: "Belarus" }), meta: { ...a.meta } };
    none([a, b]);
    const visit = (id: string, who: string): Article =>
      telling({ id, agent: who, verb: "visited", rest: "the front line in eastern", code: "042" });
    none([visit("a", "Marcus Doyle"), visit("b", "Tom Doyle")]);
  });

  it("leaves acts on days two apart", () => {
    const dated = (id: string, agent: string, date: string): Article => {
      const article = telling({ id, agent });
      return { ...article, events: article.events.map((e) => ({ ...e, date })) };
    };
    none([dated("a", "Russia", "2025-03-10"), dated("b", "Belarus", "2025-03-13")]);
  });
});

describe("distinctActors", () => {
  const actor = (a: Partial<Actor> & { id: string; name: string; type: Actor["type"] }): Actor => ({
    country: null,
    roles: [],
    aliases: [],
    ...a,
  });
  it("tells two states and two people apart, not a state and its army", () => {
    const russia = actor({ id: "country:RUS", name: "Russia", type: "country", country: "RUS" });
    const belarus = actor({ id: "country:BLR", name: "Belarus", type: "country", country: "BLR" });
    const army = actor({ id: "org:army", name: "Russian army", type: "organization", country: "RUS" });
    expect(distinctActors(russia, belarus)).toBe(true);
    expect(distinctActors(russia, army)).toBe(false);
    expect(
      distinctActors(
        actor({ id: "person:a", name: "Barack Obama", type: "person" }),
        actor({ id: "person:b", name: "Obama", type: "person" }),
      ),
    ).toBe(false);
    expect(
      distinctActors(
        actor({ id: "org:fbi", name: "FBI", type: "organization", country: "USA" }),
        actor({ id: "org:doj", name: "Justice Department", type: "organization", country: "USA" }),
      ),
    ).toBe(false);
  });
});
