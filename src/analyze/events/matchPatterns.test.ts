import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** A pattern word that names an actor ("disperse protesters") is also the pattern's target. */
describe("matchPatterns: an actor named by the pattern's own word", () => {
  it("takes the protesters a dispersal or clash pattern names as its target", () => {
    expect(coded("Kenyan police dispersed protesters.")).toEqual(["175 country:KEN>agent:protesters:KEN"]);
    expect(coded("Security forces used force against protesters.")).toEqual(["175 agent:military>agent:protesters"]);
    expect(coded("Police clashed with protesters in Nairobi.")).toEqual(["175 agent:police>agent:protesters:KEN"]);
  });
  it("crosses an actor's name set off by commas inside the pattern", () => {
    expect(coded("Jakarta forced the UN refugee agency, UNHCR, out of the country.")).toEqual([
      // Expelling an international body is 166, not 174 (rootRefinements).
      "166 country:IDN>org:un-high-commissioner-for-refugees",
    ]);
  });
});

describe("matchPatterns: pattern words that name no target, negative cases", () => {
  it("does not make the source's own forces its target", () => {
    for (const event of coded("Kenya deployed troops to the border.")) expect(event).not.toMatch(/>agent:military/);
    for (const event of coded("The UN sent inspectors to the site.")) expect(event).not.toMatch(/>agent:inspectors/);
  });
  it("does not make hostages released the target, but the state they are held from", () => {
    expect(coded("Hamas offered to release the hostages if Israel ends the war.")).not.toContain(
      "0841 group:hamas>agent:hostages",
    );
  });
  it("keeps a named actor right after the pattern as its target", () => {
    expect(coded("Israeli police clashed with Palestinian protesters.")).toEqual(["175 country:ISR>country:PSE"]);
  });
  it("does not cross a comma that sets off no actor", () => {
    expect(coded("Jakarta forced the agency, after long talks, out of the country.")).not.toContain(
      // Expelling an international body is 166, not 174 (rootRefinements).
      "166 country:IDN>org:un-high-commissioner-for-refugees",
    );
  });
});

describe("matchPatterns: a passive whose subject is the pattern's noun", () => {
  it("reads 'sanctions were imposed on X by Y' as Y imposing sanctions on X", () => {
    expect(coded("Sanctions were imposed on Iran by the United States.")).toEqual(["163 country:USA>country:IRN"]);
  });
  it("does not read a noun far before the auxiliary, or an active verb, as fronted", () => {
    expect(coded("Sanctions on Iran's oil exports were imposed by the United States.")).not.toContain(
      "163 country:USA>country:IRN",
    );
    expect(coded("Sanctions hurt Iran, and the United States imposed tariffs on China.")).not.toContain(
      "163 country:USA>country:IRN",
    );
  });
});
