import { describe, expect, it } from "vitest";
import { fixMissingSpace } from "./fixMissingSpace.js";

describe("fixMissingSpace", () => {
  it.each([
    ["left Israel.Where he goes", "left Israel. Where he goes"],
    ["in Doha.Qatari officials", "in Doha. Qatari officials"],
    ["a reaction.A statement", "a reaction. A statement"],
    ["at 9 p.m.The next round", "at 9 p.m. The next round"],
    ['"constructive."He added', '"constructive." He added'],
    ["since 2011.The talks", "since 2011. The talks"],
    ["was it over?Nobody knew", "was it over? Nobody knew"],
    ["were discussed.J.R.R. Tolkien", "were discussed. J.R.R. Tolkien"],
  ])("%s", (input, output) => {
    expect(fixMissingSpace(input)).toBe(output);
  });

  it.each([
    "the U.S. delegation",
    "the U.S.A. and the U.K.",
    "J.R.R. Tolkien",
    "e.g. fuel",
    "rose 3.5 percent",
    "analysts at Al-Jazeera.com said",
    "see www.Example.org today",
    "write to Press@Example.org now",
    "the ministry's .NET portal and ASP.NET",
    "https://example.test/News.Html",
    "Ph.D. students",
  ])("leaves %s alone", (text) => {
    expect(fixMissingSpace(text)).toBe(text);
  });
});
