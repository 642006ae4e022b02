import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("contestReading: games won and offices taken are no force", () => {
  it("reads a win in a game as no assault", () => {
    expect(coded("Japan beat Germany in the World Cup.")).toEqual([]);
    expect(coded("Japan beat Germany 2-1 in their opening match.")).toEqual([]);
    expect(coded("Brazil crushed Chile 4-0.")).toEqual([]);
  });
  it("reads control of a ball or a company, and an office taken over, as no seizure", () => {
    expect(coded("The striker took control of the ball and scored.")).toEqual([]);
    expect(coded("Shareholders took control of the company.")).toEqual([]);
    expect(coded("France took over the EU presidency on Monday.")).toEqual([]);
  });
});

describe("contestReading: negative cases", () => {
  it("keeps beatings and seizures of ground", () => {
    expect(coded("Rebels beat the villagers with sticks.")).toEqual(["182 agent:rebels>agent:civilians"]);
    expect(coded("Rebels took over the city of Goma.")).toEqual(["192 agent:rebels>place:goma"]);
    expect(coded("Israeli troops took control of the Rafah crossing.")).toEqual(["192 country:ISR>place:rafah"]);
  });
});
