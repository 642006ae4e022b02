import { describe, expect, it } from "vitest";
import { analyse } from "./testSupport.js";

/** The actor id of the mention whose text is `text`, the `nth` time it appears (0-based). */
function actorAt(text: string, mentionText: string, nth = 0): string | undefined {
  return analyse(text).mentions.filter((m) => m.text === mentionText)[nth]?.actor;
}

describe("a one-word outlet name that is the surname of a person the article names", () => {
  const about = "Michael Bloomberg, the former New York mayor, spoke on Monday. ";

  it("is the person where it acts", () => {
    expect(actorAt(`${about}In the speech Bloomberg criticized Democrats.`, "Bloomberg")).toBe(
      "person:michael-bloomberg",
    );
    expect(actorAt(`${about}“It is a disaster,” Bloomberg said.`, "Bloomberg")).toBe("person:michael-bloomberg");
    expect(actorAt(`${about}Trump attacked Bloomberg's record.`, "Bloomberg")).toBe("person:michael-bloomberg");
  });

  it("stays the outlet where it is used as one", () => {
    expect(actorAt(`${about}He told Bloomberg he would run.`, "Bloomberg")).toBe("media:bloomberg");
    expect(actorAt(`${about}Bloomberg reported that he would run.`, "Bloomberg")).toBe("media:bloomberg");
    expect(actorAt(`${about}He would run, according to Bloomberg.`, "Bloomberg")).toBe("media:bloomberg");
    expect(actorAt(`${about}In an interview with Bloomberg, he said so.`, "Bloomberg")).toBe("media:bloomberg");
    expect(actorAt(`${about}He founded the Bloomberg financial news empire.`, "Bloomberg")).toBe("media:bloomberg");
  });

  it("stays the outlet when no person of that surname is named", () => {
    expect(actorAt("Bloomberg criticized the plan on Monday.", "Bloomberg")).toBe("media:bloomberg");
    expect(actorAt("The bank will cut jobs, Bloomberg said.", "Bloomberg")).toBe("media:bloomberg");
  });
});

describe("a lone surname whose title says it is someone else", () => {
  it("is not the child named before: 'President Obama' after 'Sasha Obama'", () => {
    const text = "A post criticized Malia and Sasha Obama's clothes. The daughters join President Obama every year.";
    expect(actorAt(text, "Obama")).toBe("person:barack-obama");
  });

  it("is not a woman named before: 'Mr. Obama' after 'Malia Obama'", () => {
    const text = "Malia Obama attended. Later Mr. Obama pardoned a turkey.";
    expect(actorAt(text, "Obama", 0)).not.toBe(actorAt(text, "Malia Obama"));
  });

  it("still joins the person it names", () => {
    const text = "Barack Obama spoke on Monday. President Obama then left. Mr. Obama returned.";
    expect(actorAt(text, "Obama", 0)).toBe("person:barack-obama");
    expect(actorAt(text, "Obama")).toBe("person:barack-obama");
  });
});

describe("two people of one surname", () => {
  it("does not join a second full name through the first one's surname", () => {
    const text = "Bill Clinton spoke first. Mr. Clinton left. Later Hillary Rodham Clinton arrived.";
    expect(actorAt(text, "Bill Clinton")).toBe("person:bill-clinton");
    expect(actorAt(text, "Hillary Rodham Clinton")).toBe("person:hillary-clinton");
  });

  it("gives a lone surname to the one its title agrees with, not to the one named last", () => {
    const text =
      "Hillary Rodham Clinton was asked to testify. Mrs. Clinton agreed. The server held mail of her husband, " +
      "former President Bill Clinton. But Mrs. Clinton said on Tuesday she would not hand it over.";
    expect(
      analyse(text)
        .mentions.filter((m) => m.text === "Clinton")
        .map((m) => m.actor),
    ).toEqual(["person:hillary-clinton", "person:hillary-clinton"]);
  });

  it("a town's name is the surname of the person named in full, unless used as a place", () => {
    const text = "Arkansas Gov. Asa Hutchinson signed the bill. Hutchinson said his son asked him to veto it.";
    expect(actorAt(text, "Hutchinson")).toBe("person:asa-hutchinson");
    expect(actorAt("Residents of Hutchinson, Kansas, sheltered.", "Hutchinson")).toBe("place:hutchinson");
  });
});

describe("a junior of a public figure", () => {
  it("keeps the suffix in the id, so the son is not the father", () => {
    expect(actorAt("Donald Trump Jr. met a lawyer in June.", "Donald Trump Jr")).toBe("person:donald-trump-jr");
    expect(actorAt("Martin Luther King Jr. spoke in Memphis.", "Martin Luther King Jr")).toBe(
      "person:martin-luther-king",
    );
  });
});

describe("Washington, the U.S. state, and Washington, the capital", () => {
  it.each([
    ["a state office after it", "Washington Gov. Jay Inslee announced a ban."],
    ["a lawmaker's state after 'of'", "Jay Inslee, Democrat of Washington, asked Republicans to explain."],
    ["the word state after it", "Washington state officials met on Monday."],
    ["'the state of'", "The state of Washington sued the company."],
    ["another state beside it", "In addition to Connecticut and Washington, Seattle imposed bans."],
    ["a city of the state before it", "He lives in Seattle, Washington, with his family."],
  ])("is the state with %s", (_name, text) => {
    expect(actorAt(text, "Washington")).toBe("place:washington-state");
  });

  it.each([
    ["acting as the U.S.", "Washington warned Moscow on Monday."],
    ["beside another capital", "Officials in Washington and Moscow disagreed."],
    ["after a motion word", "Trump, returning to Washington, posted a tweet."],
  ])("is not the state %s", (_name, text) => {
    expect(actorAt(text, "Washington")).not.toBe("place:washington-state");
  });
});

describe("registry forms added for U.S. news", () => {
  it("reads dotted agency names and more outlets", () => {
    expect(actorAt("The investigation by the F.B.I. began in 2012.", "F.B.I.")).toBe("org:fbi");
    const told = analyse("A staffer told The Huffington Post that it was likely.").mentions;
    expect(told.find((m) => m.text === "The Huffington Post")).toMatchObject({
      actor: "media:huffpost",
      channel: true,
    });
  });
});

describe("a capital whose name more often names somewhere else", () => {
  /** The state of the actor of the mention whose text is `mentionText`. */
  function stateAt(text: string, mentionText: string): string | null | undefined {
    const { mentions, actors } = analyse(text);
    const id = mentions.find((m) => m.text === mentionText)?.actor;
    return actors.find((a) => a.id === id)?.country;
  }

  it("is a place of no state where the article never names the capital's state", () => {
    const text = "Nearly 90 Georgetown University faculty have called Paul Ryan to task.";
    expect(actorAt(text, "Georgetown")).toBe("place:georgetown");
    expect(stateAt(text, "Georgetown")).toBeNull();
    expect(stateAt("Nassau County police arrested two men.", "Nassau")).toBeNull();
  });

  it("is the capital standing for its state where the article names the state", () => {
    const text = "Georgetown accused Venezuela of aggression in the region claimed by Guyana.";
    expect(actorAt(text, "Georgetown")).toBe("country:GUY");
    expect(stateAt("Guyana's president flew home to Georgetown.", "Georgetown")).toBe("GUY");
    expect(actorAt("The Bahamas said Nassau would host the summit.", "Nassau")).toBe("country:BHS");
  });

  it("leaves other capitals standing for their state", () => {
    expect(actorAt("Caracas rejected the claim.", "Caracas")).toBe("country:VEN");
  });
});
