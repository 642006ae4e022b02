import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("findEvents: relatives of an actor are not the actor", () => {
  it("relatives of the hostages do not urge as the hostages", () => {
    const events = coded("Relatives of the hostages urged the Israeli delegation not to leave Doha.");
    expect(events.some((e) => e.includes("agent:hostages>"))).toBe(false);
  });
  it("lawyers for a person do not appeal as that person", () => {
    expect(coded("Lawyers for Imran Khan appealed to the Supreme Court.").some((e) => e.includes("imran-khan>"))).toBe(
      false,
    );
  });
  it("an actor after a singular apposition stays for a later pronoun", () => {
    expect(
      coded(
        "Tom Kirsch, an attorney for Jackson's wife, said she has signed a plea agreement with federal prosecutors.",
      ),
    ).not.toContain("057 person:tom-kirsch>agent:judiciary");
  });
  it("the hostages themselves stay actors", () => {
    expect(coded("Hamas released three hostages in Gaza.")[0]?.startsWith("0841 group:hamas>")).toBe(true);
  });
});
