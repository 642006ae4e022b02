import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { loadCues } from "./cues.js";
import { commaAttribution } from "./commaAttribution.js";
import { prepare } from "./document.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));
const summary = (text: string) => quotesIn(text).map((q) => [q.text, q.speakerText]);

describe("commaAttribution: a main clause with its own cue after a comma", () => {
  it("ends content at a comma followed by a short subject and a speech cue", () => {
    expect(
      summary("While the mayor acknowledged the delays at the port, officials said the new terminal would open."),
    ).toEqual([
      ["the delays at the port", "the mayor"],
      ["the new terminal would open", "officials"],
    ]);
    expect(summary("The coach said his players were tired, his assistant said they were bored.")).toEqual([
      ["his players were tired", "The coach"],
      ["they were bored", "his assistant"],
    ]);
  });

  it("reads a cue after a pronoun subject as a quote of its own", () => {
    const quotes = quotesIn(
      "Although the governor never mentioned the senator by name, she made it clear that the bill would be vetoed.",
    );
    expect(quotes.map((q) => q.text)).toEqual(["the senator by name", "the bill would be vetoed"]);
    expect(quotes[1]?.anaphor?.text).toBe("she");
  });

  it("keeps a list, a clause inside the content and a relative clause in one quote", () => {
    expect(
      quotesIn("She said the delays were long, the harbor had flooded twice, and the trucks had waited."),
    ).toHaveLength(1);
    expect(summary("The governor said that when the storm passed, the roads were open.")).toEqual([
      ["when the storm passed, the roads were open", "The governor"],
    ]);
    expect(quotesIn("He said the plan, which the council said was too costly, would be dropped.")).toHaveLength(1);
  });

  it("does not cut the clause of “according to X”", () => {
    const text =
      "According to her account, after examining the patient, the doctor insisted that he go to the hospital.";
    expect(summary(text)).toEqual([
      ["after examining the patient, the doctor insisted that he go to the hospital", "her account"],
    ]);
  });

  it("answers on the tokens directly", () => {
    const text = "Though he denied the report, the aide said the memo was real.";
    const doc = prepare(text, splitSentences(text), loadCues());
    const comma = doc.tokens.findIndex((t) => t.text === ",");
    expect(commaAttribution(doc, comma, doc.tokens.length)).toBe(true);
    expect(commaAttribution(doc, comma + 1, doc.tokens.length)).toBe(false);
    const other = "He denied the report, the memo and the photographs.";
    const plain = prepare(other, splitSentences(other), loadCues());
    expect(
      commaAttribution(
        plain,
        plain.tokens.findIndex((t) => t.text === ","),
        plain.tokens.length,
      ),
    ).toBe(false);
  });
});
