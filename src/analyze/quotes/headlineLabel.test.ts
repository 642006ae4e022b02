import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";
import { headlineHead } from "./headlineLabel.js";

const speakers = (text: string) =>
  findQuotes(text, splitSentences(text)).map((q) => [q.kind, q.speakerText, q.text] as const);
const speakerOf = (line: string): string | null => {
  const head = headlineHead(line);
  return head === null ? null : line.slice(head.speaker.start, head.speaker.end);
};

describe("headlineHead", () => {
  it("reads the speaker of a headline head, before its audience or occasion", () => {
    expect(speakerOf("Clinton camp: Trump’s Islamaphobia threatens national security")).toBe("Clinton camp");
    expect(speakerOf("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade")).toBe("Clinton");
    expect(speakerOf("Former AG Mukasey at RNC: Clinton email scandal disqualifies her")).toBe("Former AG Mukasey");
    expect(speakerOf("EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines")).toBe("Roger Stone");
    expect(speakerOf("Obama To Asians Worried About U.S. Election: It’s Going To Be OK")).toBe("Obama");
    expect(speakerOf("WSJ editorial: 'Deport Nikki Haley.'")).toBe("WSJ editorial");
  });

  it("names no speaker for topics, clauses and section heads", () => {
    for (const line of [
      "The result: after Thursday’s debate, Cruz must travel three hours north",
      "Still to come: results in Ohio, Missouri and Illinois.",
      "Netanyahu and Obama: A tortured relationship",
      "Caution is warranted: Economic indicators have risen and fallen",
      "Trump has won several states on Tuesday: Georgia, Alabama and Tennessee.",
      "Spoiler no more: Kasich ends bid.",
      "Among the tidbits in the newer letter: Trump is 6 feet 3 inches tall",
      "Follow AWR Hawkins on Twitter: @AWRHawkins.",
      "POLITICO New York's Culture-Business Report: The difficulty of dumping Trump.",
      `Clinton camp: ${"a very long line of body text ".repeat(6)}`,
    ]) {
      expect(speakerOf(line), line).toBeNull();
    }
  });
});

describe("headline attributions in findQuotes", () => {
  it("attribute the claim after the head to its speaker", () => {
    expect(
      speakers("Clinton camp: Trump’s Islamaphobia threatens national security\n\nThe campaign said more.")[0],
    ).toEqual(["indirect", "Clinton camp", "Trump’s Islamaphobia threatens national security"]);
  });

  it("keep a quoted phrase inside the claim as part of it", () => {
    expect(
      speakers("Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health; It’s ‘in Their Heads.’\n\nMore."),
    ).toEqual([
      ["partial", "Pat Caddell", "Democrat Voters Worried About Hillary Clinton’s Health; It’s ‘in Their Heads"],
    ]);
  });

  it("leave section labels and paragraphs with a quote of their own", () => {
    expect(speakers("UPDATE: The polls have closed in Ohio and Florida.\n\nMore.")).toEqual([]);
    expect(speakers("Editor’s note: This story was updated on Tuesday.")).toEqual([]);
    const paragraph =
      'Superdelegates: Clinton is backed by 520 of them. Supporters launched petitions this week. "The concern is that we erode democracy," Devine said.';
    expect(speakers(paragraph).some(([, speaker]) => speaker === "Superdelegates")).toBe(false);
  });
});
