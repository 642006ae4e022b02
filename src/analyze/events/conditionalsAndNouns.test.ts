import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** A conflict act under may/might/could with a condition after it is a conditional threat (CAMEO 13). */
describe("findEvents: conditional acts of conflict are threats", () => {
  it.each([
    [
      "may halt mediation if",
      "The European Union may halt mediation between Serbia and Croatia if the fighting continues.",
      "135 org:european-union>country:SRB",
    ],
    ["could strike if", "Israel could strike Iran if talks fail.", "138 country:ISR>country:IRN"],
    [
      "may impose sanctions unless",
      "Russia may impose sanctions on Georgia unless it withdraws.",
      "1312 country:RUS>country:GEO",
    ],
  ])("%s", (_case, text, first) => {
    expect(coded(text)[0]).toBe(first);
  });
  it.each([
    ["a possibility with no condition", "Israel could strike Iran."],
    ["a writer's hedge set off by a comma", "Analysts say Israel might attack Iran, if reports are true."],
    ["a verb inside the if clause", "If Israel attacks Iran, Iran may retaliate."],
    ["a negated conditional", "Israel may not strike Iran if talks succeed."],
  ])("codes nothing for %s: %s", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });
  it("keeps a conditional act of cooperation uncoded (no pledge is made)", () => {
    expect(coded("Iran may sign a deal with France if sanctions are lifted.")).toEqual([]);
  });
});

/** Event nouns written from the CAMEO codebook, and nouns read when the sentence's verbs code nothing. */
describe("findEvents: event nouns", () => {
  it.each([
    ["withdrawal from", "Russia's withdrawal from Syria surprised Turkey.", "087 country:RUS>country:SYR"],
    ["investigation into", "The FBI's investigation into Russia continued.", "090 org:fbi>country:RUS"],
    ["expulsion of", "India's expulsion of Pakistani diplomats surprised observers.", "174 country:IND>country:PAK"],
    ["cooperation with", "Japan's cooperation with India is growing.", "060 country:JPN>country:IND"],
    [
      "a noun in a sentence whose verb codes nothing",
      "Talks between Israel and Hamas could help Egypt.",
      "046 country:ISR>group:hamas",
    ],
  ])("%s", (_case, text, first) => {
    expect(coded(text)[0]).toBe(first);
  });
  it.each([
    ["a denied meeting", "There should be no one-on-one meeting between Trump and Putin."],
    ["a meeting that did not happen", "Iran left without talks with France."],
    ["a release of documents", "The release of Clinton's emails continued."],
    ["a metaphorical war", "He vowed to end Obama's war on religion."],
  ])("codes nothing for %s: %s", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });
});

describe("findEvents: opening an embassy grants recognition (054)", () => {
  it("codes an embassy opened in a state", () => {
    expect(coded("Britain reopened its embassy in Iran.")[0]).toBe("054 country:GBR>country:IRN");
  });
  it("codes nothing for an embassy that is only a place", () => {
    expect(coded("Protesters gathered outside the embassy in Tehran after it opened.")).toEqual([]);
  });
});
