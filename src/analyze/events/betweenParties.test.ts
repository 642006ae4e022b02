import { describe, expect, it } from "vitest";
import type { ActorSlot } from "./actorSlots.js";
import { partiesBetween } from "./betweenParties.js";
import { coded } from "./testCoder.js";
import { tokenizeSentence } from "./tokenizeSentence.js";

/** Slots standing on the given words of `text` (each a one-word actor). */
function setup(text: string, actorWords: string[]): { words: ReturnType<typeof tokenizeSentence>; slots: ActorSlot[] } {
  const words = tokenizeSentence(text, 0, text.length);
  const slots = words.flatMap((w, k): ActorSlot[] =>
    actorWords.includes(w.norm)
      ? [
          {
            actor: `x:${w.norm}`,
            country: null,
            person: false,
            first: k,
            stop: k + 1,
            start: w.start,
            end: w.end,
            evidence: "stated",
          },
        ]
      : [],
  );
  return { words, slots };
}

describe("partiesBetween", () => {
  it("lists the sides after between, over a few words from the verb", () => {
    const { words, slots } = setup("Talks were held on Monday between Israel and Syria.", ["israel", "syria"]);
    expect(partiesBetween(words, slots, 3).map((p) => p.slot.actor)).toEqual(["x:israel", "x:syria"]);
  });
  it("finds nothing with one side, punctuation or an actor first", () => {
    const one = setup("Talks were held between Israel and the rest.", ["israel"]);
    expect(partiesBetween(one.words, one.slots, 3)).toEqual([]);
    const comma = setup("Talks were held, between Israel and Syria.", ["israel", "syria"]);
    expect(partiesBetween(comma.words, comma.slots, 3)).toEqual([]);
    const actor = setup("Talks were held in Egypt between Israel and Syria.", ["egypt", "israel", "syria"]);
    expect(partiesBetween(actor.words, actor.slots, 3)).toEqual([]);
  });
});

describe("events whose sides follow between", () => {
  it("codes a passive meeting both ways", () => {
    expect(coded("Talks were held between Israel and Syria in Washington on Monday.")).toEqual([
      "046 country:ISR>country:SYR",
      "046 country:SYR>country:ISR",
    ]);
  });
  it("codes fighting between two sides both ways, with no place as target", () => {
    expect(coded("Fighting broke out on Monday between Hamas and Fatah in Gaza.")).toEqual([
      "190 group:hamas>group:fatah",
      "190 group:fatah>group:hamas",
    ]);
  });
  it("keeps a stated subject: a mediator between two sides is the source", () => {
    expect(coded("Qatar mediated between Israel and Hamas.")[0]).toBe("045 country:QAT>country:ISR");
  });
});
