import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("findEvents: titled persons joined by 'and' are one subject", () => {
  it("reads both persons as the subject", () => {
    expect(
      coded(
        "Japanese Prime Minister Shinzo Abe and Indian Prime Minister Narendra Modi today signed a treaty of friendship.",
      ),
    ).toEqual(["057 person:shinzo-abe>person:narendra-modi", "057 person:narendra-modi>person:shinzo-abe"]);
  });
  it("does not join a person to a state across a title", () => {
    expect(coded("Japan and Indian Prime Minister Narendra Modi signed a treaty.")).not.toContain(
      "057 country:JPN>person:narendra-modi",
    );
  });
});

describe("findEvents: the agent of a passive far after the verb", () => {
  it("reads 'by' past a run of prepositional phrases", () => {
    expect(
      coded("Iran was accused on Monday at a meeting of the UN Security Council in New York by the United States."),
    ).toEqual(["112 country:USA>country:IRN"]);
  });
  it("reads no 'by' far away past a comma and another clause", () => {
    expect(
      coded(
        "Iran was accused on Monday at a meeting of the UN Security Council in New York, and Iraq was visited by the United States.",
      ).some((e) => e.startsWith("112 country:USA")),
    ).toBe(false);
  });
});

describe("matchPatterns: participles and plurals before nouns", () => {
  it("reads a participle right after a verb as an adjective", () => {
    expect(coded("The Palestinians reject proposed Israeli changes to the deal.")).toEqual([
      "120 country:PSE>country:ISR",
    ]);
    expect(coded("Iran rejected proposed French changes.")).toEqual(["120 country:IRN>country:FRA"]);
  });
  it("still reads an adverb and a participle as a verb", () => {
    expect(coded("U.S. border patrol agents sexually abused illegal Mexican immigrants.")[0]).toMatch(
      /^18\d* country:USA>country:MEX$/,
    );
  });
  it("reads a base form after a people named in the plural as its verb", () => {
    expect(coded("The Palestinians condemn Israeli raids.")).toEqual(["111 country:PSE>country:ISR"]);
  });
  it("still reads a noun after a people's adjective as a noun", () => {
    expect(coded("The Palestinian attack on Israel killed three.").some((e) => e.startsWith("190 country:PSE>"))).toBe(
      true,
    );
    expect(coded("The Palestinian attack on Israel killed three.")).toHaveLength(1);
  });
  it("lets a pattern's gap run over a participle that modifies its noun", () => {
    expect(coded("France will abandon improved economic relations with Germany.")[0]).toMatch(
      /^131\d* country:FRA>country:DEU$/,
    );
  });
});
