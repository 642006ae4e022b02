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

  it("finds a negation added to a sentence that already holds one", () => {
    // Recall by perturbation (BASIL): "…has happened…, which is not only unfortunate" with "has not happened".
    const plain = "What has happened over the weeks is a partisanship which is not only unfortunate.";
    const negated = "What has not happened over the weeks is a partisanship which is not only unfortunate.";
    expect(negationFlip(negated, plain)).toBe(negated);
    expect(negationFlip(plain, negated)).toBe(negated);
  });

  it("finds a negation whose surrounding words the other wording holds, the sentences cut differently", () => {
    const negated = "I was not stunned when Eric Cantor lost his primary election.";
    expect(negationFlip(negated, "I was stunned when Eric Cantor lost his primary election earlier this week.")).toBe(
      negated,
    );
  });

  it("finds a negation whose lead-in the other outlet worded differently, the words after it the same", () => {
    // BASIL, planted: "I think President Peña is [not] taking an enormous political risk by hosting Trump".
    const negated = "I think President Peña is not taking an enormous political risk by hosting Trump.";
    expect(
      negationFlip(negated, "I think the President Peña is taking an enormous political risk by hosting Trump."),
    ).toBe(negated);
  });

  it("finds a negation in a run that holds another negation both wordings share", () => {
    // BASIL, planted: "I can't imagine what this place would [not] be — I can't imagine what the country would be".
    const negated = "I can't imagine what this place would not be, I can't imagine what the country would be.";
    const other =
      "I can't imagine what this place would be — I can't imagine what the country would be, for the court.";
    expect(negationFlip(negated, other)).toBe(negated);
  });

  it("finds none when both wordings hold both negations of the run, cut differently", () => {
    const negated = "I can't imagine what this place would not be, I can't imagine what the country would be.";
    const other =
      "I can't imagine what this place would not be — I can't imagine what the country would be, for the court.";
    expect(negationFlip(negated, other)).toBeNull();
    expect(negationFlip(other, negated)).toBeNull();
  });

  it("finds none when the words after the negation go on differently, however the lead-in matches", () => {
    expect(negationFlip("He said it is not going to be easy.", "He said it is going to be a long night.")).toBeNull();
    expect(
      negationFlip("I think the plan is not working for us.", "The plan is working, they say, for now."),
    ).toBeNull();
  });

  it("finds none when the words around a negation are too few or go on differently", () => {
    // Two words after the negation only: "we can [not] win" is too common to call one sentence.
    expect(negationFlip("Without you we can not win.", "We can win this race together, friends.")).toBeNull();
    expect(
      negationFlip("We can not win this without you, friends.", "We can win this race together, friends."),
    ).toBeNull();
    expect(negationFlip("He said it was not a crime at all.", "It was not a crime, he said, at all.")).toBeNull();
  });

  it("finds a negation when one outlet wrote a pronoun's auxiliary contracted and the other in full", () => {
    // Recall by perturbation (BASIL): Pelosi's "We're asking the president…", "We are [not] asking…" in another outlet.
    expect(
      negationFlip(
        "We are not asking the president to open up government.",
        "We're asking the president to open the government, We are giving him a path.",
      ),
    ).toBe("We are not asking the president to open up government.");
    expect(
      negationFlip(
        "President Obama has not said that he's determined to prevent Iran from getting nuclear weapons.",
        "President Obama has said that he is determined to prevent Iran from getting nuclear weapons, If you are…",
      ),
    ).not.toBeNull();
  });

  it("finds none through a spelled-out contraction when the sentences still differ", () => {
    // "It's" spelled out is "it is": the run after the negation still goes on differently.
    expect(negationFlip("He said it's not going to be easy.", "He said it is going to be a long night.")).toBeNull();
    // "Trump's" is a possessive, not "Trump is": no run of shared words around the negation.
    expect(negationFlip("Trump is not the plan's author, he said.", "Trump's plan has an author, he said.")).toBeNull();
    // "he'd" (had or would) is left alone: "he'd not go" does not meet "he would go there".
    expect(negationFlip("He'd not go there with them today.", "He would go there with them today.")).toBeNull();
  });

  it("finds none when the negated wording itself holds the sentence's unnegated form", () => {
    // BASIL (LePage): both outlets quote both sentences; only the punctuation of the first differs.
    const fox =
      "I'm looking at all options, I think some things are beyond my ability. I'm not going to say that I'm not going to finish it. I'm not saying that I am going to finish it.";
    const hpo =
      "I'm looking at all options. I think some things are beyond my ability. I'm not going to say that I'm not going to finish it. I'm not saying that I am going to finish it.";
    expect(negationFlip(fox, hpo)).toBeNull();
    expect(negationFlip(hpo, fox)).toBeNull();
    // One outlet quoting only the negated sentence against one quoting only the other is still a flip.
    expect(
      negationFlip(
        "I am not going to say that I am not going to finish it.",
        "I am going to say that I am going to finish it.",
      ),
    ).not.toBeNull();
  });

  it("finds none when the same negations stand in the same places, however often written", () => {
    expect(negationFlip("No, no, we will go ahead with the plan.", "No, we will go ahead with the plan.")).toBeNull();
    expect(
      negationFlip("We won't sign and we will not pay for it.", "We will not sign and we won't pay for it."),
    ).toBeNull();
  });

  it("finds none between different sentences of one statement", () => {
    expect(
      negationFlip("I'm not in the censorship business.", "I probably have a generational reaction to it."),
    ).toBeNull();
    expect(negationFlip("We will not sign a bad deal with them.", "We will not sign a bad deal with them.")).toBeNull();
  });
});
