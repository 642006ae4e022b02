import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/**
 * The readings of ordinary news together (each has its own file of cases): a paragraph of political news that codes
 * nothing, and a paragraph of events that keeps every one.
 */
describe("findEvents: ordinary political news", () => {
  it.each([
    "The new law allows businesses to refuse service to gay couples.",
    "Biden and Ryan did engage in a lengthy back-and-forth in the middle of the debate.",
    "Mr. Clapper insisted it was not an undisclosed collection program.",
    "Congressional Democrats helped defeat a job retraining program.",
    "Changing that policy would dramatically reshape the country.",
    "The plan is expected to meet resistance from Ms. Pelosi.",
    "Charges included conspiracy to commit offenses against the United States.",
    "Romney favors allowing domestic partnerships.",
  ])("codes nothing: %s", (text) => {
    expect(coded(text)).toEqual([]);
  });

  it.each([
    ["Israel allowed aid trucks into Gaza on Monday.", "08"],
    ["Russian forces engaged Ukrainian troops near Bakhmut.", "19"],
    ["Israel insisted that Hamas must disarm.", "10"],
    ["The United States helped Ukraine defend itself.", "07"],
    ["Trump met Putin in Helsinki on Monday.", "04"],
    ["France recognized Palestine on Wednesday.", "05"],
  ])("stays an event: %s", (text, root) => {
    expect(coded(text).some((e) => e.startsWith(root))).toBe(true);
  });
});
