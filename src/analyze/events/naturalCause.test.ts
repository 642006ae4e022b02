import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** What a natural hazard or an accident does is no actor's use of force (demo corpus: the Peru earthquake). */
describe("findEvents: natural hazards and accidents", () => {
  it.each([
    ["a participle after the hazard's clause", "A magnitude 6.8 earthquake struck southern Peru, killing 67 people."],
    ["a place inside the subject", "An earthquake in the Ica region, further north, killed more than 500 people."],
    ["an introduction before the subject", "In Peru, an earthquake killed 12 people."],
    ["a plural hazard", "Floods killed 30 people in Pakistan."],
    ["an accident", "A landslide buried a village in Nepal, killing 12 people."],
    ["a passive with the hazard as agent", "Dozens of people were killed by the quake in Peru."],
    ["a hazard right before the verb", "Rescuers tried to reach districts where landslides had blocked the roads."],
    [
      "an agentless toll in a disaster report",
      "An earthquake struck Peru. At least 380 people were injured, the institute said.",
    ],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text).filter((code) => /^(14|17|18|19|20)/.test(code))).toEqual([]);
  });

  it.each([
    [
      "a hazard in an introduction",
      "After the earthquake, Peruvian rebels attacked the Peruvian army.",
      "190 agent:rebels:PER>agent:military:PER",
    ],
    ["a hazard modifying the victims", "Israel attacked earthquake victims in Gaza.", "190 country:ISR>"],
    ["an actor's strikes", "Israeli strikes killed 12 people in Gaza.", "190 country:ISR>agent:civilians:PSE"],
    ["an agentless toll with no disaster", "At least 380 people were injured in Gaza, the ministry said.", "190 "],
    [
      "an attack named in a disaster report",
      "Floods hit Pakistan. Five people were killed in an attack on a relief convoy.",
      "190 ",
    ],
  ])("%s stays an event", (_case, text, first) => {
    expect(coded(text)[0]?.startsWith(first)).toBe(true);
  });
});
