import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** Registry entries the event coder needed (data/actors): older wire names and West Bank towns. */
describe("registry entries seen through the event coder", () => {
  it("knows the European Community, under its name and its abbreviation", () => {
    expect(coded("European Community ministers met in Bosnia.")).toEqual(["044 org:european-community>country:BIH"]);
    expect(coded("The EC demanded the withdrawal of Serbian forces from Bosnia.")[0]).toBe(
      "1056 org:european-community>country:SRB",
    );
  });
  it("knows Bosnia and Jericho", () => {
    expect(coded("Bosnia and Slovenia agreed to a ceasefire.")).toContain("0356 country:BIH>country:SVN");
    expect(coded("Israel shelled targets in Jericho.")[0]).toBe("194 country:ISR>place:jericho");
  });
  it("does not read the letters EC inside another word or a lone place as an actor acting", () => {
    expect(coded("The ECB raised rates.")).toEqual([]);
    expect(coded("Jericho was quiet on Monday.")).toEqual([]);
  });
});
