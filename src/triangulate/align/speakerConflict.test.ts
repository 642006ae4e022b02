import { describe, expect, it } from "vitest";
import type { QuoteItem } from "./quoteItems.js";
import { quoteItems } from "./quoteItems.js";
import { speakerConflict } from "./speakerConflict.js";
import { testArticle } from "./testArticle.js";

const words = "Nobody at this table wants a trade war, but nobody is going to sign a bad deal either,";

interface Said {
  id: string;
  text: string;
  quotes: { text: string; speaker: string; speakerText: string }[];
  actors: { id: string; name: string }[];
}

function items(spec: Said): QuoteItem[] {
  return quoteItems([testArticle(spec)], (x) => x);
}

function says(id: string, speaker: string, name: string, written = name.split(" ").at(-1) ?? name, extra = ""): Said {
  return {
    id,
    text: `"${words}" ${written} said.${extra}`,
    quotes: [{ text: words, speaker, speakerText: written }],
    actors: [{ id: speaker, name }],
  };
}

function conflict(a: Said, b: Said): string {
  const all = [...items(a), ...items(b)];
  const [x] = items(a);
  const [y] = items(b);
  if (x === undefined || y === undefined) throw new Error("no quote");
  return speakerConflict(x, y, all);
}

describe("speakerConflict", () => {
  it("finds two people given the same words", () => {
    expect(conflict(says("a", "person:halvorsen", "Ida Halvorsen"), says("b", "person:doyle", "Sean Doyle"))).toBe(
      "different",
    );
  });

  it("finds two people even when both articles name both (a story about two people names them everywhere)", () => {
    const a = says("a", "person:halvorsen", "Ida Halvorsen", "Halvorsen", " Doyle arrived later.");
    const b = says("b", "person:doyle", "Sean Doyle", "Doyle", " Halvorsen left early.");
    expect(conflict(a, b)).toBe("different");
  });

  it("is one person under two ids", () => {
    expect(conflict(says("a", "person:obama", "Obama"), says("b", "person:barack-obama", "Barack Obama"))).toBe(
      "same person",
    );
  });

  it("is no conflict when a spokesperson speaks for the person, or two speak jointly", () => {
    const spokeswoman: Said = {
      id: "a",
      text: `"${words}" Tricia Enright, a spokeswoman for Senator Menendez, said.`,
      quotes: [{ text: words, speaker: "person:enright", speakerText: "Tricia Enright" }],
      actors: [{ id: "person:enright", name: "Tricia Enright" }],
    };
    expect(conflict(spokeswoman, says("b", "person:menendez", "Robert Menendez"))).toBe("named beside the other");
    const joint: Said = {
      id: "a",
      text: `"${words}" Pelosi and Schumer said in a joint statement.`,
      quotes: [{ text: words, speaker: "person:pelosi", speakerText: "Pelosi" }],
      actors: [{ id: "person:pelosi", name: "Nancy Pelosi" }],
    };
    expect(conflict(joint, says("b", "person:schumer", "Chuck Schumer"))).toBe("named beside the other");
  });

  it("is no conflict when the words name one of the speakers", () => {
    const named = "Sheriff Arpaio knows the struggle border states face as Washington fails to secure the border,";
    const perry: Said = {
      id: "a",
      text: `"${named}" Perry said.`,
      quotes: [{ text: named, speaker: "person:perry", speakerText: "Perry" }],
      actors: [{ id: "person:perry", name: "Rick Perry" }],
    };
    const arpaio: Said = {
      id: "b",
      text: `"${named}" Arpaio said.`,
      quotes: [{ text: named, speaker: "person:arpaio", speakerText: "Arpaio" }],
      actors: [{ id: "person:arpaio", name: "Joe Arpaio" }],
    };
    expect(conflict(perry, arpaio)).toBe("named in the words");
  });

  it("is no conflict when an article quotes the other speaker saying words like these too", () => {
    const both: Said = {
      id: "a",
      text: `"${words}" Halvorsen said. Doyle agreed: "Nobody wants a trade war and nobody will sign a bad deal."`,
      quotes: [
        { text: words, speaker: "person:halvorsen", speakerText: "Halvorsen" },
        {
          text: "Nobody wants a trade war and nobody will sign a bad deal.",
          speaker: "person:doyle",
          speakerText: "Doyle",
        },
      ],
      actors: [
        { id: "person:halvorsen", name: "Ida Halvorsen" },
        { id: "person:doyle", name: "Sean Doyle" },
      ],
    };
    expect(conflict(both, says("b", "person:doyle", "Sean Doyle"))).toBe("said twice");
  });
});
