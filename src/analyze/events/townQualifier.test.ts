import { describe, expect, it } from "vitest";
import { findActors, loadRegistry } from "../actors/index.js";
import type { Registry } from "../actors/index.js";
import { tokenizeSentence } from "./tokenizeSentence.js";
import { townQualifier } from "./townQualifier.js";

let registry: Registry | null = null;

/** The town word townQualifier finds for the mention whose text is `state`, or -1. */
function townOf(text: string, state: string): number {
  registry ??= loadRegistry();
  const { actors, mentions } = findActors(text, [{ start: 0, end: text.length, paragraph: 0 }], registry);
  const words = tokenizeSentence(text, 0, text.length);
  const mention = mentions.find((m) => m.text === state);
  if (!mention) throw new Error(`no mention of ${state}`);
  const first = words.findIndex((w) => w.start === mention.start);
  const stop = words.findIndex((w) => w.start >= mention.end);
  return townQualifier(
    text,
    words,
    first,
    stop < 0 ? words.length : stop,
    mentions,
    new Map(actors.map((a) => [a.id, a])),
  );
}

describe("townQualifier", () => {
  it("finds the town a state or country qualifies", () => {
    expect(townOf("A stop in Oskaloosa, Iowa, to criticize him.", "Iowa")).toBe(3);
    expect(townOf("They met in Mount Pleasant, Iowa.", "Iowa")).toBe(3);
    expect(townOf("They met in Paris, France.", "France")).toBe(3);
  });

  it("finds none in a list, after an English word, a person or a place of another state", () => {
    expect(townOf("California, Delaware and New Jersey sued.", "Delaware")).toBe(-1);
    expect(townOf("Texas sued, and Ohio, Iowa and Utah joined.", "Iowa")).toBe(-1);
    expect(townOf("Meanwhile, France criticized Russia.", "France")).toBe(-1);
    expect(townOf("He thanked Angela Merkel, France, and Italy.", "France")).toBe(-1);
    expect(townOf("They flew from Paris, Germany, to Rome.", "Germany")).toBe(-1);
    expect(townOf("Residents of Oskaloosa, Iowa's largest town, agreed.", "Iowa")).toBe(-1);
  });
});
