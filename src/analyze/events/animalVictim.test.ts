import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** Animals killed or freed (BASIL, eval/events/precision.ts): no attack, no release. */
describe("findEvents: an animal as the victim", () => {
  it("a hunter killing a lion attacks no one", () => {
    expect(coded("An American dentist killed Cecil, a lion beloved in Zimbabwe.")).toEqual([]);
  });

  it("elephants that were killed are no victims of an attack", () => {
    expect(
      coded("Hunters import trophies of elephants that were killed in two African countries.").some((e) =>
        e.startsWith("19"),
      ),
    ).toBe(false);
  });

  it("gunmen killing villagers stays an attack", () => {
    expect(coded("Gunmen killed 12 villagers in Borno.").some((e) => e.startsWith("19"))).toBe(true);
  });

  it("a dog handler killed by fighters stays an attack", () => {
    expect(coded("The dog handler was killed by Taliban fighters.").some((e) => e.startsWith("19"))).toBe(true);
  });
});
