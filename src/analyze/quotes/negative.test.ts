import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));

// Text that must produce no quote.
describe("findQuotes negative cases", () => {
  const none = [
    "The so-called “peace plan” was shelved on Tuesday.",
    'The so-called "peace plan" was shelved on Tuesday.',
    "Joaquin “El Chapo” Guzmán was extradited to the United States.",
    "She starred in “Gone With the Wind” and later in “The Wizard of Oz.”",
    "Trump's rally drew thousands of supporters to the arena.",
    "The talks resumed in Doha after a week of shuttle diplomacy.",
    "The ‘red line’ was crossed, the map shows.",
    "",
    "“Breaking”",
  ];
  for (const text of none) {
    it(JSON.stringify(text), () => {
      expect(quotesIn(text)).toEqual([]);
    });
  }
});
