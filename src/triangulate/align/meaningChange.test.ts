import { describe, expect, it } from "vitest";
import { droppedCondition, negationFlip } from "./meaningChange.js";

describe("droppedCondition", () => {
  it("finds a condition cut off right after the shared words, or an opening 'If …,' left out", () => {
    expect(
      droppedCondition(
        "We are ready to release all the remaining hostages in a single exchange if the occupation commits to a permanent end to the war.",
        "We are ready to release all the remaining hostages in a single exchange.",
      ),
    ).toBe("if the occupation commits to a permanent end to the war");
    expect(
      droppedCondition("If they sign, we will lift the sanctions on steel.", "We will lift the sanctions on steel."),
    ).toBe("if they sign");
  });

  it("finds none when the cut stops at a sentence end or before a clause the condition does not govern", () => {
    const statement = "We are not going to have a country anymore. If we do not act, it will get worse.";
    expect(droppedCondition(statement, "We are not going to have a country anymore.")).toBeNull();
    expect(
      droppedCondition(
        "It is very important that the right candidate be chosen, but if that candidate is wrong, I will run.",
        "It is very important that the right candidate be chosen,",
      ),
    ).toBeNull();
    expect(droppedCondition("Ready if asked.", "Ready.")).toBeNull();
  });

  it("finds none when the cut wording keeps the condition, punctuated as a sentence of its own", () => {
    // BASIL: one outlet ends the "If …" sentence with a full stop, another runs on with a comma.
    expect(
      droppedCondition(
        "If we do not get tough and smart real fast, we are not going to have a country anymore, Because our leaders are weak, I said this was going to happen.",
        "If we do not get tough and smart real fast, we are not going to have a country anymore. Because our leaders are weak, I said this was going to happen.",
      ),
    ).toBeNull();
  });
});

describe("negationFlip", () => {
  it("finds one sentence negated in one wording only", () => {
    expect(negationFlip("We will not sign a bad deal with them.", "We will sign a bad deal with them.")).toBe(
      "We will not sign a bad deal with them.",
    );
    expect(negationFlip("We won't sign a bad deal with them.", "We will sign a bad deal with them.")).toBe(
      "We won't sign a bad deal with them.",
    );
  });

  it("finds none between different sentences of one statement", () => {
    expect(
      negationFlip("I'm not in the censorship business.", "I probably have a generational reaction to it."),
    ).toBeNull();
    expect(negationFlip("We will not sign a bad deal with them.", "We will not sign a bad deal with them.")).toBeNull();
  });
});
