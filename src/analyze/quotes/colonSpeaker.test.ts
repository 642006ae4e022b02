import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const speakers = (text: string) => findQuotes(text, splitSentences(text)).map((q) => [q.kind, q.speakerText]);

describe("quotes introduced by a colon and no known cue", () => {
  it("take the subject of the clause before the colon", () => {
    expect(
      speakers(
        "When Wallace died, President Clinton released the following statement: “Hillary and I offer our condolences to his family.”",
      ),
    ).toEqual([["direct", "President Clinton"]]);
    expect(
      speakers("The election board stood by its findings: “Further discussion on this issue is unnecessary.”"),
    ).toEqual([["direct", "The election board"]]);
  });

  it("take a name heading the quote after a dash or “from”", () => {
    expect(speakers("Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”")).toEqual([
      ["direct", "Carl Bialik"],
    ]);
    expect(speakers("More from Jones: “The partisanship of the state population is a starting point.”")).toEqual([
      ["direct", "Jones"],
    ]);
  });

  it("take the subject of a sentence ending in a colon before the quote's paragraph", () => {
    const text = "The senator paused and went on:\n\n“We will not give up on the people of this state.”";
    expect(speakers(text)).toEqual([["direct", "The senator"]]);
  });

  it("give no speaker when nothing but a phrase stands before the colon", () => {
    // A lower-case label is not a name, and a clause with no verb after its subject names nobody.
    expect(speakers("the latest updates below: “Sanders took the stage in Iowa late Monday night.”")).toEqual([
      ["direct", null],
    ]);
  });

  it("leave a known cue before the colon to its own subject", () => {
    expect(speakers("Later that day, Rubio told reporters: “We are ready for the fight.”")).toEqual([
      ["direct", "Rubio"],
    ]);
  });
});
