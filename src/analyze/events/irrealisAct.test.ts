import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** What did not or may not happen, said past the verb group (ordinary news, eval/events/precision.ts). */
describe("findEvents: counterfactuals, plans' content, wished outcomes and alternatives not taken", () => {
  it.each([
    [
      "a counterfactual past",
      "He called for lifting the embargo of Cuba, which would have helped rice farmers in Cuba.",
    ],
    ["a bill's content", "Republicans urged a veto of a bill that would allow businesses to deny service to gays."],
    ["a relative 'who would be'", "They discussed the Israeli hostages who would be freed under a second phase."],
    ["an embedded question", "The most sensitive question in Cairo is which prisoners would be released."],
    ["'would see X freed'", "The draft would see Hamas free the 59 hostages still held in Gaza."],
    ["'must see X disarmed'", "Israel says the second phase must see Hamas disarmed."],
    ["an alternative not taken", "Israel wants them deported abroad rather than returned to the West Bank."],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it.each([
    ["a future threat", "Iran said it would attack Israel.", "138 country:IRN>country:ISR"],
    ["a stated intent", "Israel said it would release prisoners.", "0353 country:ISR>"],
    ["a past act", "Hamas freed 59 hostages in Gaza.", "0841 group:hamas>"],
    ["a wish with 'to' is an appeal", "The US wants Israel to withdraw from Gaza.", "0256 country:USA>country:ISR"],
  ])("%s stays an event", (_case, text, first) => {
    expect(coded(text)[0]?.startsWith(first)).toBe(true);
  });
});

describe("findEvents: how an act looks, and questions", () => {
  it.each([
    ["appeared inclined to", "Justice Stephen Breyer also appeared inclined to allow the lawsuit to proceed."],
    ["seemed to agree", "Russia seemed to agree with Iran on the deal."],
    [
      "a yes-no question",
      "Does he stand with President Obama in support of the mosque or does he stand with the families?",
    ],
    ["a question with an actor subject", "Will Israel attack Iran?"],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });
  it.each([
    ["a perfect infinitive reports the act", "Israel appears to have attacked Gaza.", "190 country:ISR>place:gaza"],
    ["a question mark elsewhere leaves a statement", "Israel attacked Gaza, but why?", "190 country:ISR>place:gaza"],
    [
      "an act that appeared to happen",
      "Obama appeared to endorse Netanyahu.",
      "051 person:barack-obama>person:benjamin-netanyahu",
    ],
  ])("%s", (_case, text, expected) => {
    expect(coded(text)).toContain(expected);
  });
});

/** What a law or a part of one would do (BASIL, eval/events/precision.ts): its content, no act. */
describe("findEvents: a law's content", () => {
  it.each([
    ["a law subject of 'would'", "The legislation would give the president authority to approve trade deals."],
    [
      "a law subject with an actor in its phrase",
      "An amendment sponsored by Representative Raul Ruiz of California would prohibit federal funds from being spent at hotels.",
    ],
  ])("%s codes nothing", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it("a law's infinitive codes only the proposal", () => {
    expect(coded("Lawmakers proposed an amendment to ban travel to Cuba.").every((e) => e.startsWith("03"))).toBe(true);
  });

  it.each([
    ["an actor subject under a plan", "Israel would withdraw under the plan.", "035 country:ISR>"],
    ["a plan's infinitive is an intent", "Obama announced his plan to send 30,000 more troops to Afghanistan.", "154"],
  ])("%s stays an event", (_case, text, first) => {
    expect(coded(text).some((e) => e.startsWith(first))).toBe(true);
  });
});

describe("findEvents: a counterfactual condition", () => {
  it("a modal act under 'if he were' codes nothing", () => {
    expect(
      coded("Perry signaled that he would not support the lawsuit if he were elected president.").some((e) =>
        e.startsWith("12"),
      ),
    ).toBe(false);
  });
  it("a real condition keeps the intent", () => {
    expect(
      coded("Hamas said it would free all the hostages if Israel committed to ending the war.").some((e) =>
        e.startsWith("035"),
      ),
    ).toBe(true);
  });
});
