import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "for X to do" after a noun of asking (BASIL, eval/events/precision.ts): what X is wanted to do, not done. */
describe("findEvents: an infinitive with its own subject after a noun of asking", () => {
  it("pressure for a chairman to step down is no resignation", () => {
    expect(coded("Pressure has been mounting all year for Steele to step down from the position.")).toEqual([]);
  });

  it("a request for her to surrender a server surrenders nothing", () => {
    expect(coded("Gowdy repeated a request for her to surrender her server.").some((e) => e.startsWith("08"))).toBe(
      false,
    );
  });

  it("a conference call for a group to praise someone is no appeal to do it", () => {
    expect(
      coded("The RNC sponsored a conference call for Republicans to praise Obama's surge.").some((e) =>
        e.startsWith("05"),
      ),
    ).toBe(true);
  });

  it("time it took for police to disperse a crowd is no request", () => {
    expect(coded("It took two hours for the police to attack the protesters.").some((e) => e.startsWith("1"))).toBe(
      true,
    );
  });
});
