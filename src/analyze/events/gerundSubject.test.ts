import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** A gerund as the subject of a modal (BASIL, eval/events/precision.ts): an act talked about, not done. */
describe("findEvents: a gerund subject", () => {
  it.each([
    ["after 'that'", "McConnell warned Trump that declaring an emergency would spark a backlash."],
    ["opening the sentence", "Changing that policy would dramatically reshape the country."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it.each([
    ["a progressive verb", "Israel is shelling Gaza.", "19"],
    ["a gerund with a finite verb after it", "Shelling Gaza has killed three people, Israel said.", "19"],
  ])("%s stays an event", (_case, text, root) => {
    expect(coded(text).some((e) => e.startsWith(root))).toBe(true);
  });
});
