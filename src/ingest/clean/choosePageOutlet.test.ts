import { describe, expect, it } from "vitest";
import { choosePageOutlet, sameOutlet, type OutletCues } from "./choosePageOutlet.js";

const none: OutletCues = {
  titleSuffix: null,
  copyright: null,
  masthead: null,
  credit: null,
  dateline: null,
  republishedFrom: [],
};

describe("choosePageOutlet", () => {
  it("takes the page's own mark over a credit naming another outlet", () => {
    expect(choosePageOutlet({ ...none, copyright: "Lakeside Radio", credit: "Pacific News Wire" })).toBe(
      "Lakeside Radio",
    );
  });

  it("prefers the title suffix, then the copyright line, then the masthead", () => {
    const cues = { ...none, titleSuffix: "The Valley Courier", copyright: "Valley Media", masthead: "Courier" };
    expect(choosePageOutlet(cues)).toBe("The Valley Courier");
    expect(choosePageOutlet({ ...cues, titleSuffix: null })).toBe("Valley Media");
    expect(choosePageOutlet({ ...cues, titleSuffix: null, copyright: null })).toBe("Courier");
  });

  it("spells out the same outlet in full when a credit does", () => {
    expect(choosePageOutlet({ ...none, copyright: "KEQ", credit: "Kingston Express Quarterly" })).toBe(
      "Kingston Express Quarterly",
    );
  });

  it("falls back on the byline, then the dateline agency", () => {
    expect(choosePageOutlet({ ...none, credit: "The Island Bulletin", dateline: "PNW" })).toBe("The Island Bulletin");
    expect(choosePageOutlet({ ...none, dateline: "PNW" })).toBe("PNW");
  });

  it("never answers with the outlet a republished story came from, nor its acronym", () => {
    const republished = {
      ...none,
      republishedFrom: ["Pacific News Wire"],
      credit: "Pacific News Wire",
      dateline: "PNW",
    };
    expect(choosePageOutlet(republished)).toBeNull();
    expect(choosePageOutlet({ ...republished, masthead: "Lakeside Radio" })).toBe("Lakeside Radio");
  });

  it("returns null with no cue", () => {
    expect(choosePageOutlet(none)).toBeNull();
  });
});

describe("sameOutlet", () => {
  it.each([
    ["The Harbour Post Ltd", "Harbour Post"],
    ["PNW", "Pacific News Wire"],
    ["The Voice of the Coast", "VC"],
    ["KXQ", "KXQ News"],
    ["Reuters", "reuters"],
  ])("%s = %s", (a, b) => {
    expect(sameOutlet(a, b)).toBe(true);
  });

  it.each([
    ["Daily Mail", "Daily Star"],
    ["Harbour Post", "Harbour"],
    ["PN", "Pacific News Wire"],
  ])("%s ≠ %s", (a, b) => {
    expect(sameOutlet(a, b)).toBe(false);
  });
});
