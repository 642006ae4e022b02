import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** Verbs of force used as political figures (BASIL, eval/events/precision.ts): no force, nothing coded. */
describe("findEvents: a verb of force used as a political figure", () => {
  it.each([
    ["fighting a law", "The Justice Department is fighting the law, which has not taken effect yet."],
    ["defeating legislation", "Warren said Democrats in Congress have got to defeat this piece of legislation."],
    ["defeating a program", "Congressional Democrats helped defeat a job retraining program on Friday."],
    ["killing a bill", "Senate Republicans vowed to kill the bill."],
    ["targeting policies behind an actor", "Other countries would target U.S. policies."],
    ["shooting down a plan", "Republicans shot down Obama's plan."],
    ["attacking values", "Perry argued that Obama is attacking the fundamentals conservatives believe in."],
    ["defeated in an election, passive", "Russell Pearce was defeated in a recall election by a moderate Republican."],
    ["defeating a rival in a primary", "Eric Cantor was defeated by David Brat in the primary on Tuesday."],
    ["fighting to protect a program", "Democrats are fighting to protect Social Security for today's seniors."],
    ["a battle over details", "Even for a Congress known to battle over every little detail, the reading was simple."],
    ["a fight over the budget", "Republicans fought over the budget."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it.each([
    ["an attack on a town", "Rebels attacked the town of Aleppo on Monday.", "19"],
    ["fighting an army", "Ukraine fought Russian forces near Bakhmut.", "19"],
    ["a strike on a state", "Israel struck Gaza overnight.", "19"],
    ["an attack on positions", "Rebels attacked army positions near Idlib.", "19"],
    ["an attack on activists", "Police attacked rights activists in Minsk.", "19"],
    ["a defeat with no election", "Ukrainian troops defeated Russian forces near Kharkiv.", "19"],
    ["an attack with a plan named later", "Russia attacked Ukraine in line with its plan.", "19"],
    ["troops fighting to hold a town", "Ukrainian troops are fighting to hold Bakhmut.", "19"],
    ["an armed group fighting to hold a city", "Hamas fought to hold Gaza City.", "19"],
    ["fighting over a town", "Rebels battled government forces over the town of Aleppo.", "19"],
  ])("%s stays an event", (_case, text, root) => {
    expect(coded(text).some((e) => e.startsWith(root))).toBe(true);
  });
});

describe("findEvents: an attack of words", () => {
  it("a thinly-veiled attack is criticism, no force", () => {
    expect(coded("Biden made a thinly-veiled attack on Trump on Thursday.")).toEqual([]);
  });
  it("a fierce attack stays force", () => {
    expect(coded("Russia launched a fierce attack on Ukraine.")).toContain("190 country:RUS>country:UKR");
  });
});

describe("findEvents: force as blame, effort or words", () => {
  it.each([
    ["fighting for issues", "Democrats continued fighting for the issues that animated his campaign."],
    ["attacked for doing", "Republicans are often attacked for supporting him."],
    ["targeted for not doing", "The committee targeted Sen. Charles Schumer for not speaking out on the issue."],
    ["messaging attacking", "Trump's messaging and actions attacking undocumented immigrants continued."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it.each([
    ["fighting for a town", "Ukrainian troops are fighting for Bakhmut.", "190 country:UKR>"],
    ["fighters attacking with no words before", "Hamas fighters attacking Israeli troops were killed.", "19"],
  ])("%s stays force", (_case, text, first) => {
    expect(coded(text).some((e) => e.startsWith(first))).toBe(true);
  });
});
