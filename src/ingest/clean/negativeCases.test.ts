import { describe, expect, it } from "vitest";
import { cleanText } from "./cleanText.js";

// Article text that must come through cleaning whole: nothing removed, nothing joined, nothing split.
const untouched: [string, string][] = [
  ["a short paragraph", "The talks resumed on Monday in Doha after a two-week pause.\n\nHamas declined to comment."],
  [
    "a quote line starting with a dash",
    "The commander spoke by phone from Omdurman.\n\n— We will not give up the bridge, he said.",
  ],
  ["U.S. and other abbreviations", "The U.S. and U.K. envoys met at 9 a.m. in Doha, e.g. to discuss the crossing."],
  ["numbers and domains", "Prices rose 3.5 percent, according to data posted on Al-Jazeera.com and gov.il."],
  [
    "a genuine list after a colon",
    "The deal has three parts:\n\n- a six-week truce\n\n- the release of hostages\n\n- the entry of aid trucks",
  ],
  [
    "a question subheading",
    "Aid groups warned of famine in the north.\n\nWhat happens next?\n\nMediators said a second phase could start within days if both sides agree.",
  ],
  [
    "a subheading on the topic of the next paragraph",
    "Voters queued from dawn in Baghdad and Basra, officials said.\n\nTurnout concerns\n\nElectoral officials said turnout by midday had reached 24 percent, lower than in the previous election.",
  ],
  ["a sentence that mentions subscribing", "Hamas did not subscribe to the plan, officials said."],
  ["a sentence that mentions a photo", "Officials said the photo was taken near the border on Sunday."],
  [
    "a sentence about reader funding",
    "The station, which is listener-funded and broadcasts in three languages, was taken off the air on Sunday.",
  ],
  [
    "a short subheading after a section break",
    "The talks resumed on Monday in Doha after a two-week pause.\n\nWhat comes next\n\nMediators said a second phase could start within days.",
  ],
  [
    "a paragraph starting with an acronym and a dash",
    "NATO — the alliance's secretary-general said members would meet next week.",
  ],
];

describe("cleanText keeps article text", () => {
  for (const [name, text] of untouched) {
    it(name, () => {
      const result = cleanText(text);
      expect(result.removed).toEqual([]);
      expect(result.text).toBe(text);
    });
  }

  it("keeps two real words apart across a line break even when they form a word", () => {
    const { text } = cleanText(
      "Rescue teams said they were not\nable to reach the villages in the mountains east of Malatya.",
    );
    expect(text).toBe("Rescue teams said they were not able to reach the villages in the mountains east of Malatya.");
  });

  it("keeps a name and a lower-case word apart across a line break", () => {
    const { text } = cleanText(
      "Trucks waited for a second day at the Rafah\ncrossing, where inspections slowed the flow of aid.",
    );
    expect(text).toBe(
      "Trucks waited for a second day at the Rafah crossing, where inspections slowed the flow of aid.",
    );
  });
});
