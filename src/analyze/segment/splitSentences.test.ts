import { describe, expect, it } from "vitest";
import { splitSentences } from "./splitSentences.js";

const pieces = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("ends sentences at full stops, question and exclamation marks", () => {
    expect(pieces("He left. Did she? Yes! Fine.")).toEqual(["He left.", "Did she?", "Yes!", "Fine."]);
  });

  it("numbers paragraphs separated by blank lines and gives offsets into the text", () => {
    const text = "One. Two.\n\n  Three.\n \nFour.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
    expect(sentences[2]).toEqual({ start: 13, end: 19, paragraph: 1 });
  });

  it("ends a sentence at a line break inside a paragraph", () => {
    expect(pieces("Breaking news\nThe talks ended")).toEqual(["Breaking news", "The talks ended"]);
  });

  it("splits a missing space after a full stop between words", () => {
    expect(pieces("He visited Israel.Where next?")).toEqual(["He visited Israel.", "Where next?"]);
  });

  it("splits a missing space before an opening curly quote", () => {
    expect(pieces("The strike hit Israel.“Where now?” one official asked.")).toEqual([
      "The strike hit Israel.",
      "“Where now?” one official asked.",
    ]);
  });

  it("reads the abbreviations of wire copy without ending a sentence", () => {
    const text =
      "Sen. Rick Scott, R-Fla., said the U.S. would act. Dr. Majed bin Mohammed Al Ansari spoke on Oct. 7. " +
      "Gen. Dan Caine briefed reporters in the U.S. Capitol.";
    expect(pieces(text)).toEqual([
      "Sen. Rick Scott, R-Fla., said the U.S. would act.",
      "Dr. Majed bin Mohammed Al Ansari spoke on Oct. 7.",
      "Gen. Dan Caine briefed reporters in the U.S. Capitol.",
    ]);
  });

  it("keeps a quotation running over sentences and paragraphs with the text it belongs to", () => {
    const text =
      "“We will stay. This is our home,” said one resident.\n\n“The talks are over.\n\n“We will not return,” he added.";
    expect(pieces(text)).toEqual([
      "“We will stay.",
      "This is our home,” said one resident.",
      "“The talks are over.",
      "“We will not return,” he added.",
    ]);
    expect(splitSentences(text).map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
  });

  it("keeps closing quotation marks with the sentence they end", () => {
    expect(pieces('He said: "We will win." Then he left.')).toEqual(['He said: "We will win."', "Then he left."]);
    expect(pieces("“Is it over?” He left.")).toEqual(["“Is it over?”", "He left."]);
  });

  it("ends a sentence after an acronym or initial only before a sentence-starting word", () => {
    expect(pieces("He moved to the U.S. The move was odd.")).toEqual(["He moved to the U.S.", "The move was odd."]);
    expect(pieces("The talks began at 9 a.m. They ended at noon.")).toEqual([
      "The talks began at 9 a.m.",
      "They ended at noon.",
    ]);
    expect(pieces("She bought Plan B. The rest is history.")).toEqual(["She bought Plan B.", "The rest is history."]);
  });
});

describe("splitSentences negative cases: no split", () => {
  const whole = [
    "Sen. Marco Rubio, R-Fla., spoke.",
    "Dr. Jane Smith and Gen. Mark Milley met Prof. Lee.",
    "The meeting on Oct. 7 ended.",
    "Rep. Ilhan Omar, D-Minn., and Gov. Ron DeSantis spoke.",
    "The U.S. Capitol and the U.N. Security Council were named.",
    "George W. Bush and J. R. R. Tolkien were named.",
    "Growth was 3.5 percent, up from 2.1 percent.",
    "Visit www.Example.com or Al-Jazeera.com for more.",
    "“Why?” she asked.",
    "“We are done.” said nobody.",
    "He met Mr. Smith, Mrs. Jones and St. Peter at 10 a.m. Tuesday.",
    "Apple Inc. Chief Executive Tim Cook spoke.",
    "It was England vs. France.",
  ];
  for (const text of whole) {
    it(text, () => {
      expect(pieces(text)).toEqual([text]);
    });
  }

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n \n")).toEqual([]);
  });
});
