import { describe, expect, it } from "vitest";
import { placeUse } from "./placeUse.js";
import type { PlaceUseContext } from "./placeUse.js";
import { tokenizeSentence } from "./tokenizeSentence.js";

/** placeUse for the words [first, stop) of a sentence, with the mention ending at its last word. */
function useOf(
  text: string,
  first: number,
  stop: number,
  context: Partial<PlaceUseContext> = {},
): ReturnType<typeof placeUse> {
  const words = tokenizeSentence(text, 0, text.length);
  const end = words[stop - 1]?.end ?? 0;
  const agents = new Map([["rebels", "rebels"]]);
  return placeUse(text, words, first, stop, { agents, personAt: () => false, end, metonym: false, ...context });
}

describe("placeUse", () => {
  it("reads the constituency of a person after a place", () => {
    expect(useOf("Arizona's John McCain said so.", 0, 1, { personAt: (k) => k === 2 })).toBe("constituency");
    expect(useOf("Arizona's John McCain said so.", 0, 1)).toBeNull();
  });

  it("reads a place after a determiner and before a common noun as a setting", () => {
    expect(useOf("The Benghazi attacks killed four Americans.", 1, 2)).toBe("setting");
    expect(useOf("Nine Indiana-based companies protested.", 1, 2, { end: 12 })).toBe("setting");
  });

  it("leaves a place acting: before a verb, an agent noun or an organ of its own", () => {
    expect(useOf("Israel struck Gaza overnight.", 2, 3)).toBeNull();
    expect(useOf("Gaza said the talks failed.", 0, 1)).toBeNull();
    expect(useOf("The Darfur rebels attacked.", 1, 2)).toBeNull();
    expect(useOf("The Massachusetts Legislature voted.", 1, 2)).toBeNull();
  });

  it("keeps a capital acting after 'a' and for an institution named after it", () => {
    expect(useOf("The Cairo meeting ended.", 1, 2, { metonym: true })).toBe("setting");
    expect(useOf("A Cairo official said so.", 1, 2, { metonym: true })).toBeNull();
    expect(useOf("The Baghdad University Medical School protested.", 1, 2, { metonym: true })).toBeNull();
  });
});
