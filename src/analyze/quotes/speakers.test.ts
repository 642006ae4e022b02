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

  it("takes a headline’s label as the speaker of its claim, a quote later in the line included", () => {
    expect(
      speakers("Hacker Guccifer: Clinton’s Server Unprotected, ‘Like an Open Orchid.’\n\nThe hacker spoke on Monday."),
    ).toEqual([["Clinton’s Server Unprotected, ‘Like an Open Orchid", "Hacker Guccifer"]]);
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

describe("speakers of participles, time phrases and appositions", () => {
  it("gives a participle after a quote the speaker of the quote’s cue", () => {
    const text =
      "“Israel was sold out by Kerry and Obama,” Trump said in August, referring to Secretary of State Kerry.";
    expect(quotesIn(text).map((q) => q.speakerText)).toEqual(["Trump", "Trump"]);
  });

  it("skips introductions opened by an adverb or a time span", () => {
    expect(
      speakers("Shortly after the announcement, the founding families mobilized, warning that the deal would fail."),
    ).toEqual([["the deal would fail", "the founding families"]]);
    expect(speakers("Eight years ago, Trump praised the plan, saying it would work.").at(-1)).toEqual([
      "it would work",
      "Trump",
    ]);
    expect(speakers("Back in 1999, Mr. Trump praised the plan, saying it would work.").at(-1)?.[1]).toBe("Mr. Trump");
  });

  it("reads a subject pronoun as the whole subject of the sentence", () => {
    const [q] = quotesIn("Later, he paid a visit to the border, saying the wall would be built.").filter(
      (x) => x.cue?.text === "saying",
    );
    expect(q?.anaphor?.text).toBe("he");
  });

  it("steps over a time phrase between the subject and the cue", () => {
    expect(speakers("Gore’s allies have in the past said he was staying quiet on purpose.")).toEqual([
      ["he was staying quiet on purpose", "Gore’s allies"],
    ]);
    expect(quotesIn("Fiorina a month later announced that 6,000 jobs would go.")[0]?.speakerText).toBe("Fiorina");
  });

  it("steps over two appositions and a long one", () => {
    const two = "Sen. Marco Rubio, R-Fla., appearing on Fox News right after the speech, said Obama failed to act.";
    expect(speakers(two)).toEqual([["Obama failed to act", "Sen. Marco Rubio"]]);
    const long =
      "Trump, the GOP front-runner nationally and current polling leader in South Carolina by a wide margin after winning the New Hampshire primary, said the race was over.";
    expect(speakers(long)).toEqual([["the race was over", "Trump"]]);
  });

  it("reads the subject of an object relative after “who”", () => {
    const [q] = quotesIn("It was the kind of man who many believe would betray the party in the end.");
    expect(q?.speakerText).toBe("many");
  });
});

describe("speakers of passive cues", () => {
  it("names no speaker for the subject of a passive: it is what is reported or who is addressed", () => {
    const [expected] = quotesIn("Trump is expected to deliver a victory speech later tonight.");
    expect(expected?.speakerText).toBeNull();
    const [asked] = quotesIn("Sanders was asked whether he would endorse Clinton before the convention.");
    expect(asked?.speakerText).toBeNull();
  });

  it("names the agent after “by”", () => {
    const [q] = quotesIn("He was accused by a female reporter of grabbing her arm after a news conference.");
    expect(q?.speakerText).toBe("a female reporter");
  });

  it("keeps the subject of a state and of “is quoted as saying”", () => {
    expect(quotesIn("Democrats are worried that the race is slipping away.")[0]?.speakerText).toBe("Democrats");
    expect(quotesIn("Braynard is quoted as saying that the poll is sound.")[0]?.speakerText).toBe("Braynard");
  });
});

describe("long introductions and agency datelines", () => {
  it("skips a dateline in ordinary case naming its agency", () => {
    expect(
      speakers(
        "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Trump, saying his remarks were bombastic.",
      ),
    ).toEqual([["his remarks were bombastic", "Democrat Hillary Clinton"]]);
  });

  it("skips introductions that follow one another", () => {
    expect(
      speakers(
        "The day before, at a rally in Beaumont, Tex., Mr. Trump attacked the plan, saying it would fail badly.",
      ),
    ).toEqual([
      ["the plan", "Mr. Trump"],
      ["it would fail badly", "Mr. Trump"],
    ]);
  });

  it("does not take a name in parentheses or a subject for a dateline", () => {
    // "(Reuters)" after a subject is no dateline without the dash; "The day before" alone opens no subject.
    expect(subjectStart(tokenize("Senator Cruz (R) said the plan would fail."), { from: 0, to: 9 })).toBe(0);
    expect(subjectStart(tokenize("The day before the vote, she said it was over."), { from: 0, to: 11 })).toBe(0);
  });
});

describe("speakers: a subject relative clause before the cue", () => {
  it("gives the noun the clause hangs on, not the clause's verb phrase", () => {
    for (const text of [
      "A 2019 survey that appeared in a farming journal found that most herds were shrinking.",
      "A 2019 survey that was published in a farming journal found that most herds were shrinking.",
    ]) {
      expect(quotesIn(text)[0]).toMatchObject({ text: "most herds were shrinking", speakerText: "A 2019 survey" });
    }
  });

  it("keeps the subject of an object relative: “the policy that many farmers say is unfair”", () => {
    const [q] = quotesIn("It is the levy that many dairy farmers say is unfair to small herds.");
    expect(q?.speakerText).toBe("many dairy farmers");
  });
});
