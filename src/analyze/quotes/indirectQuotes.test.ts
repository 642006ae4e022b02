import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));

describe("indirect quotes: short answers", () => {
  it("reads a one-word answer or a pronoun and its auxiliary as content", () => {
    expect(quotesIn("Everyone in the room said yes.")[0]?.text).toBe("yes");
    expect(quotesIn("Jeff Flake said he would.")[0]).toMatchObject({ text: "he would", speakerText: "Jeff Flake" });
    expect(quotesIn("Last month, 26 percent said the same.")[0]?.text).toBe("the same");
  });

  it("reads no other short content", () => {
    expect(quotesIn("The mayor said Tuesday.")).toEqual([]);
    expect(quotesIn("The mayor said nothing.")).toEqual([]);
  });

  it("lets a cue followed by a short channel trail its sentence", () => {
    const [q] = quotesIn("At least 380 people were injured, the institute said in its latest report.");
    expect(q).toMatchObject({ text: "At least 380 people were injured", speakerText: "the institute" });
  });
});

describe("indirect quotes: “according to X” set off by commas", () => {
  it("joins the subject before the cue and the clause after it", () => {
    const [q] = quotesIn("Fundraising, according to the campaign, has surged in the same period.");
    expect(q).toMatchObject({ text: "Fundraising has surged in the same period", speakerText: "the campaign" });
    expect(q?.parts).toHaveLength(2);
  });

  it("leaves out an introduction before the cue", () => {
    const [q] = quotesIn("In addition, according to the department, nine million more workers would be eligible.");
    expect(q).toMatchObject({ text: "nine million more workers would be eligible", speakerText: "the department" });
  });

  it("keeps a whole clause before the cue as the content", () => {
    const [q] = quotesIn(
      "At least 67 people were killed and 1,400 homes were destroyed, according to the institute, figures that officials said would rise.",
    );
    expect(q?.text).toBe("At least 67 people were killed and 1,400 homes were destroyed");
  });
});

describe("indirect quotes: participles after the people who speak", () => {
  it("gives a share of respondents as the speaker", () => {
    const q = quotesIn("Clinton leads on experience, with 50 percent saying she is prepared for the job.").find(
      (x) => x.cue?.text === "saying",
    );
    expect(q).toMatchObject({ text: "she is prepared for the job", speakerText: "50 percent" });
  });

  it("reads nothing after a participle of no speaking", () => {
    expect(quotesIn("The company makes software for people saying goodbye to old habits.")).toEqual([]);
  });
});

describe("indirect quotes: verbs of speaking with no object of content", () => {
  it("reads no content after a manner, an audience or a time", () => {
    expect(quotesIn("Trump spoke for 77 minutes, a virtual eternity at a convention.")).toEqual([]);
    expect(quotesIn("The Clinton campaign did not respond to a request for comment.")).toEqual([]);
    expect(quotesIn("Bill Clinton spoke with voters outside the polling location.")).toEqual([]);
  });

  it("reads a topic after “about” or “of” and a clause after “that”", () => {
    expect(quotesIn("Mrs. Clinton spoke out Tuesday about the death of Terence Crutcher.")[0]?.speakerText).toBe(
      "Mrs. Clinton",
    );
    expect(quotesIn("The governor responded that the budget was balanced.")[0]?.text).toBe("the budget was balanced");
  });
});

describe("indirect quotes: naming verbs with a bare object", () => {
  it("reads the object and what it is called", () => {
    const [q] = quotesIn("Trump has called climate change a hoax perpetrated by China.");
    expect(q).toMatchObject({ text: "climate change a hoax perpetrated by China", speakerText: "Trump" });
  });

  it("reads a reflexive object", () => {
    const [q] = quotesIn("Kaine has described himself as a pro-life Catholic.");
    expect(q).toMatchObject({ text: "himself as a pro-life Catholic", speakerText: "Kaine" });
  });
});

describe("indirect quotes: a naming cue coordinated after another cue", () => {
  it("ends the first content before “and called her…”, a quote of its own", () => {
    expect(quotesIn("The senator praised the governor and called her a tireless reformer.").map((q) => q.text)).toEqual(
      ["the governor", "her a tireless reformer"],
    );
    expect(quotesIn("The senator praised the governor and described the meeting as productive.")).toHaveLength(2);
  });

  it("keeps a coordinated object in the content", () => {
    expect(
      quotesIn("The senator praised the governor and her staff for the quick response.").map((q) => q.text),
    ).toEqual(["the governor and her staff for the quick response"]);
  });
});

describe("indirect quotes: a cue that ends an unpunctuated headline", () => {
  // Regression: the content after such a cue was read from the token past the end of the text, which threw.
  it("reads no content after a final cue word and does not throw", () => {
    expect(quotesIn("New Harbour Bridge Design Revealed")).toEqual([]);
    expect(quotesIn("Why the Council Vote Matters, Explained")).toEqual([]);
    expect(quotesIn("The Mayor Explained")).toEqual([]);
  });

  it("still reads a trailing attribution in a headline", () => {
    const [q] = quotesIn("Ferry fares will rise next spring, mayor says");
    expect(q).toMatchObject({ text: "Ferry fares will rise next spring", speakerText: "mayor" });
  });
});

describe("indirect quotes: a parenthetical cue near the end of the text", () => {
  // Regression: the channel was looked for in three tokens after the cue even past the end of the text, which threw.
  it("looks for the channel inside the sentence only", () => {
    const [q] = quotesIn("The new levy will hurt dairy farmers, Ames said, since");
    expect(q).toMatchObject({ text: "The new levy will hurt dairy farmers", speakerText: "Ames", via: null });
  });
});
