import { describe, expect, it } from "vitest";
import { findFigures } from "./figures.js";
import {
  ageAfter,
  ageBefore,
  anaphoricBefore,
  capitalizedBefore,
  clockAfter,
  identifierBefore,
  monthAfter,
  monthBefore,
} from "./notAFigure.js";
import { parseNumberWords } from "./numberWords.js";

/** Each named pattern with text it must match and text it must not. */
const patterns: Array<[string, RegExp, string[], string[]]> = [
  ["monthBefore", monthBefore, ["Oct. ", "on March ", "Sept "], ["may ", "the "]],
  ["monthAfter", monthAfter, [" October", " of May"], [" people", " may"]],
  ["clockAfter", clockAfter, [" p.m.", "pm", " GMT", " o'clock"], [" people", " percent"]],
  ["ageAfter", ageAfter, ["-year-old", " years old", "-month-old"], [" years ago", " years"]],
  ["ageBefore", ageBefore, ["aged ", "ages "], ["wages ", "paged"]],
  ["identifierBefore", identifierBefore, ["Resolution ", "page ", "No. ", "#", "Flight "], ["killed ", "some "]],
  ["capitalizedBefore", capitalizedBefore, ["the Boeing ", "Windows "], ["killed ", "the "]],
  ["anaphoricBefore", anaphoricBefore, ["the ", "these ", "both "], ["some ", "about "]],
];

describe("named patterns", () => {
  for (const [name, pattern, yes, no] of patterns) {
    it(name, () => {
      for (const text of yes) expect(pattern.test(text), `${name} should match ${JSON.stringify(text)}`).toBe(true);
      for (const text of no) expect(pattern.test(text), `${name} should not match ${JSON.stringify(text)}`).toBe(false);
    });
  }
});

describe("findFigures", () => {
  const value = (text: string): Array<[string, number, number | null]> =>
    findFigures(text).map((f) => [text.slice(f.start, f.end), f.quantity, f.high]);

  it("reads digits, separators, decimals and scales", () => {
    expect(value("64,000 and 64 000 and 1.2 million and 3bn")).toEqual([
      ["64,000", 64000, null],
      ["64 000", 64000, null],
      ["1.2 million", 1.2e6, null],
      ["3bn", 3e9, null],
    ]);
  });

  it("reads ranges, with the multiplier shared", () => {
    expect(value("30-40, 30 to 40 million, between 30 and 40")).toEqual([
      ["30-40", 30, 40],
      ["30 to 40 million", 3e7, 4e7],
      ["30 and 40", 30, 40],
    ]);
  });

  it("splits comparisons that are no range", () => {
    expect(value("leads 46 percent to 41 percent; fell 0.5 percent to 2,121.65")).toEqual([
      ["46 percent", 46, null],
      ["41 percent", 41, null],
      ["0.5 percent", 0.5, null],
      ["2,121.65", 2121.65, null],
    ]);
  });

  it("does not join 'and' without 'between', nor 'to' after 'from'", () => {
    expect(value("killed 20 and 50 were hurt; rose from 30 to 40")).toEqual([
      ["20", 20, null],
      ["50", 50, null],
      ["30", 30, null],
      ["40", 40, null],
    ]);
  });

  it("reads currencies", () => {
    const currencies = findFigures("$3 billion, €40m, £5, US$2, NIS 300, 10 million dollars").map((f) => f.currency);
    expect(currencies).toEqual(["USD", "EUR", "GBP", "USD", "ILS", "USD"]);
  });

  it("skips numbers inside codes and words", () => {
    expect(value("F-16 COVID-19 G20 9/11 10:30 2nd 1990s 5G")).toEqual([]);
  });
});

describe("parseNumberWords", () => {
  it("reads spelled cardinals", () => {
    expect(parseNumberWords("twenty-five")).toBe(25);
    expect(parseNumberWords("two hundred and fifty")).toBe(250);
    expect(parseNumberWords("a dozen")).toBe(12);
    expect(parseNumberWords("half a dozen")).toBe(6);
    expect(parseNumberWords("three million two hundred thousand")).toBe(3_200_000);
  });

  it("rejects words that form no number", () => {
    expect(parseNumberWords("two three")).toBeNull();
    expect(parseNumberWords("people")).toBeNull();
    expect(parseNumberWords("")).toBeNull();
  });
});
