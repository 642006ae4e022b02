import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("refineRoot: a state's protest is a formal complaint", () => {
  it.each([
    ["a state", "India protested the Chinese incursion into Ladakh.", "114 country:IND>country:CHN"],
    ["a government", "The Indian government protested the Chinese incursion.", "114 country:IND>country:CHN"],
    [
      "an official with a title",
      "Prime Minister Narendra Modi protested the decision by Pakistan.",
      "114 person:narendra-modi>country:PAK",
    ],
  ])("%s", (_case, text, first) => {
    expect(coded(text)[0]).toBe(first);
  });
  it.each([
    [
      "a state's people named by a demonym",
      "Thousands of Indians protested in Delhi against China.",
      "140 country:IND>country:CHN",
    ],
    ["students", "Students protested against the government of Iran.", "140 agent:students>country:IRN"],
    ["a named group", "Hamas protested the Israeli raid.", "140 group:hamas>country:ISR"],
  ])("keeps a demonstration by %s", (_case, text, first) => {
    expect(coded(text)[0]).toBe(first);
  });
  it("keeps a state's protest against no one a protest, not a dropped complaint", () => {
    expect(coded("India protested on Tuesday.")).toEqual(["140 country:IND>-"]);
  });
});

describe("refineRoot: expelling international involvement", () => {
  it.each([
    [
      "an international agency",
      "Jakarta forced the UN refugee agency, UNHCR, out of the country.",
      "166 country:IDN>org:un-high-commissioner-for-refugees",
    ],
    ["peacekeepers", "Eritrea expelled United Nations peacekeepers.", "1661 country:ERI>org:united-nations"],
  ])("%s", (_case, text, first) => {
    expect(coded(text)[0]).toBe(first);
  });
  it("keeps expelling a state's nationals a deportation", () => {
    expect(coded("Britain expelled Russian journalists.")[0]).toBe("174 country:GBR>country:RUS");
  });
});
