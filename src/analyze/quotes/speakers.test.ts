import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";
import { subjectStart } from "./sentenceSubject.js";
import { tokenize } from "./tokens.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));
const speakers = (text: string) => quotesIn(text).map((q) => [q.text, q.speakerText]);

describe("speakers read at the start of the sentence", () => {
  it("skips a dateline", () => {
    expect(speakers("WASHINGTON, Dec. 8 (UPI) — Huma Abedin rallied supporters, saying the vote was close.")).toEqual([
      ["the vote was close", "Huma Abedin"],
    ]);
    expect(speakers("ORLANDO (AP) — The senator stood at the podium, saying the fight would go on.")).toEqual([
      ["the fight would go on", "The senator"],
    ]);
  });

  it("skips an introductory phrase set off by a comma", () => {
    expect(speakers("Hours later, Trump returned the compliment, telling Reuters the two were friends.")).toEqual([
      ["the two were friends", "Trump"],
    ]);
    expect(
      speakers("In a statement released Thursday, Rep. Hakeem Jeffries spoke out, saying the law must change."),
    ).toEqual([["the law must change", "Rep. Hakeem Jeffries"]]);
    const text = "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”";
    expect(quotesIn(text).map((q) => q.speakerText)).toEqual(["Trump", "Trump"]);
  });

  it("does not skip a subject that opens the sentence", () => {
    const tokens = tokenize("Trump, the nominee, went on, saying so.");
    expect(subjectStart(tokens, { from: 0, to: tokens.length })).toBe(0);
    const opening = tokenize("Instead of waiting the senator spoke.");
    expect(subjectStart(opening, { from: 0, to: opening.length })).toBe(0);
  });

  it("gives a cue after “and” or “but” the subject of the sentence, not the words after it", () => {
    const text = "She declared victory and said that her campaign would continue “to break barriers” everywhere.";
    expect(quotesIn(text).map((q) => q.speakerText)).toEqual(["She"]);
    const praised =
      "Wilson praised Rubio’s record and said the Florida senator can “bring positive change” to Washington.";
    expect(quotesIn(praised).map((q) => q.speakerText)).toEqual(["Wilson", "Wilson"]);
  });
});

describe("speakers read before the cue", () => {
  it("steps over an age set off by commas", () => {
    expect(
      speakers("Woodrow Benford, 58, who lives outside Minneapolis, says he did not know much about Sanders."),
    ).toEqual([["he did not know much about Sanders", "Woodrow Benford"]]);
    expect(speakers("Marvin Teske, 53, a security guard, said the casino would close.")).toEqual([
      ["the casino would close", "Marvin Teske"],
    ]);
  });

  it("reads through a verb that leads into the cue", () => {
    expect(
      speakers("Trump joked about Brooklyn but went on to say, “There are places in America that are dangerous.”"),
    ).toEqual([["There are places in America that are dangerous.", "Trump"]]);
    expect(speakers("The email goes on to say: “Trump wants to write racism into our law books.”")).toEqual([
      ["Trump wants to write racism into our law books.", "The email"],
    ]);
  });
});

describe("speakers from labels", () => {
  it("reads a transcript whose paragraphs open with a straight mark and quote with curly ones", () => {
    const text =
      '"WALLACE: Is he coming to the debate?\n\n"PENCE: Well, she thinks this is an episode of “Shark Tank.” But it is serious.\n\n"WALLACE: Thank you.';
    expect(quotesIn(text).map((q) => q.speakerText)).toEqual(["WALLACE", "PENCE", "WALLACE"]);
  });

  it("takes a headline’s label as the speaker of a quote later in the line", () => {
    expect(
      speakers("Hacker Guccifer: Clinton’s Server Unprotected, ‘Like an Open Orchid.’\n\nThe hacker spoke on Monday."),
    ).toEqual([["Like an Open Orchid.", "Hacker Guccifer"]]);
  });
});

describe("findings of a poll stated as a lead-in", () => {
  it("attributes the clause after “In a poll…,” to the poll", () => {
    expect(
      speakers("In a Quinnipiac poll released Tuesday, Clinton led Trump by five points among likely voters."),
    ).toEqual([["Clinton led Trump by five points among likely voters", "a Quinnipiac poll released Tuesday"]]);
  });

  it("leaves a lead-in with a cue of its own to that cue", () => {
    expect(speakers("In a survey of his own, Trump said he led the field.")).toEqual([["he led the field", "Trump"]]);
  });
});

describe("plural nouns and verbs", () => {
  it("keeps an -s cue word that has an object or a clause", () => {
    expect(speakers("The report states that the program failed.")).toEqual([["the program failed", "The report"]]);
  });
});
