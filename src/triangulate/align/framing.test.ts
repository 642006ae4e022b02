import { describe, expect, it } from "vitest";
import { actorDiscrepancies, framing } from "./framing.js";
import { testArticle } from "./testArticle.js";

const ledger = testArticle({
  id: "ledger",
  text: "Talks continued with Hamas, the Iran-backed terror group that holds the hostages. The Hamas-run Health Ministry gave figures after the October 7 massacre.",
  mentions: [
    { text: "Hamas", actor: "group:hamas" },
    { text: "Health Ministry", actor: "org:health-ministry" },
  ],
});
const meridian = testArticle({
  id: "meridian",
  text: "Hamas, the militant group that has governed Gaza since 2007, said it was ready.",
  mentions: [{ text: "Hamas", actor: "group:hamas" }],
  quotes: [{ text: "it was ready", speaker: "group:hamas", kind: "indirect" }],
  actors: [{ id: "group:hamas", country: "PSE" }],
});
const coastline = testArticle({
  id: "coastline",
  text: "Delegates from Israel and the Palestinian movement Hamas met.",
  mentions: [
    { text: "Israel", actor: "country:ISR" },
    { text: "Hamas", actor: "group:hamas" },
  ],
});

describe("framing", () => {
  it("reads appositive and pre-modifying labels, loaded terms and whom the article quotes", () => {
    const [l, m, c] = framing([ledger, meridian, coastline]);
    expect(l?.labels.map((x) => [x.actor, x.label])).toEqual([
      ["group:hamas", "Iran-backed terror group"],
      ["org:health-ministry", "Hamas-run"],
    ]);
    expect(l?.loadedTerms.map((t) => t.term)).toEqual(["massacre", "terror group"]);
    expect(m?.labels.map((x) => x.label)).toEqual(["militant group"]);
    expect(m?.quoted).toEqual([{ country: "PSE", speakers: ["group:hamas"], quotes: 1 }]);
    expect(c?.labels.map((x) => x.label)).toEqual(["Palestinian movement"]);
  });

  it("reads no label from a plain mention or a clause", () => {
    const plain = testArticle({
      id: "p",
      text: "The talks with Hamas went on. Hamas, Israel and Qatar met.",
      mentions: [
        { text: "Hamas", actor: "group:hamas" },
        { text: "Hamas", actor: "group:hamas", at: 1 },
      ],
    });
    expect(framing([plain])[0]?.labels).toEqual([]);
  });

  it("reads no label from a title after a clause's noun, an empty noun or a clause cut short", () => {
    // BASIL and ECB+: "the deal President Obama", "W. Mark Felt, the man who", "a Republican trying to".
    const clauses = testArticle({
      id: "q",
      text: "He struck the deal President Obama wanted. Mark Felt, the man who knew, died. Elliott Maynard, a Republican trying to win, spoke. The FBI, the organization that hunted him, said so.",
      mentions: [
        { text: "Obama", actor: "person:obama" },
        { text: "Mark Felt", actor: "person:mark-felt" },
        { text: "Elliott Maynard", actor: "person:elliott-maynard" },
        { text: "FBI", actor: "org:fbi" },
      ],
    });
    expect(framing([clauses])[0]?.labels).toEqual([]);
    const described = testArticle({
      id: "d",
      text: "Elliott Maynard, a Republican lawmaker from Maine, spoke.",
      mentions: [{ text: "Elliott Maynard", actor: "person:elliott-maynard" }],
    });
    expect(framing([described])[0]?.labels.map((l) => l.label)).toEqual(["Republican lawmaker"]);
  });

  it("reports an actor labelled with a loaded term in one outlet and neutrally in another", () => {
    const result = actorDiscrepancies(framing([ledger, meridian, coastline]), [ledger, meridian, coastline], new Map());
    expect(result.map((d) => [d.kind, d.variants.map((v) => v.value)])).toEqual([
      ["actor", ["Iran-backed terror group", "militant group", "Palestinian movement"]],
    ]);
  });

  it("reports an affiliation one outlet adds, listing the others' plain names", () => {
    const plain = testArticle({
      id: "plain",
      text: "The Health Ministry in Gaza says 48,500 people have been killed.",
      mentions: [{ text: "Health Ministry", actor: "org:health-ministry" }],
    });
    const result = actorDiscrepancies(framing([ledger, plain]), [ledger, plain], new Map());
    // Hamas is labelled only by the ledger and not mentioned by the other article: nothing to compare.
    expect(result.map((d) => [d.about, d.variants.map((v) => v.value)])).toEqual([
      ["how org:health-ministry is described", ["Hamas-run", "Health Ministry in Gaza"]],
    ]);
  });

  it("reports nothing when all labels are neutral", () => {
    expect(actorDiscrepancies(framing([meridian, coastline]), [meridian, coastline], new Map())).toEqual([]);
  });
});
