import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** Verb forms that stand as nouns after their modifiers (BASIL, eval/events/precision.ts). */
describe("findEvents: a role noun or an -ing noun after its modifiers", () => {
  it.each([
    [
      "a role noun in an apposition",
      "Rand Paul was warming up with Sean Hannity, the Fox News host, who is not known for it.",
    ],
    [
      "an -ing noun after a place",
      "Connecticut, the home of the Sandy Hook school shooting, is the latest to advance a proposal.",
    ],
    [
      "an -ing noun after a town and its state",
      "The group attacked the proposal, made after the Newtown, Conn. shooting, to place guards.",
    ],
    [
      "an -ing noun after an adjective",
      "The plan provides police officials with better training for active shooting situations.",
    ],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });
  it("the role noun's phrase keeps the verb after it", () => {
    expect(coded("The Fox News host urged the GOP to embark on a 12-step program.")).toEqual([
      "020 media:fox-news>group:republican-party",
    ]);
  });
  it.each([
    [
      "an -ing verb with an object",
      "Israeli troops began shooting protesters in Gaza.",
      "193 country:ISR>agent:protesters:PSE",
    ],
    ["a verb 'host'", "Egypt will host the talks.", "039 country:EGY>-"],
  ])("%s stays a verb", (_case, text, expected) => {
    expect(coded(text)).toContain(expected);
  });
});

describe("findEvents: a bare form that modifies the noun after it", () => {
  it("riot police at the start of a sentence report no riot", () => {
    expect(coded("Riot police fired tear gas at protesters in Cairo.").some((e) => e.startsWith("145"))).toBe(false);
  });

  it("protesters who riot still riot", () => {
    expect(coded("Protesters riot in Cairo.").some((e) => e.startsWith("145"))).toBe(true);
  });
});
