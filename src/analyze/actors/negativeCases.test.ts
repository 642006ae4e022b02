import { describe, expect, it } from "vitest";
import { analyse } from "./testSupport.js";

const persons = (text: string): string[] =>
  analyse(text)
    .mentions.filter((m) => m.actor.startsWith("person:"))
    .map((m) => m.text);

describe("text that names no person", () => {
  it.each([
    ["a sentence-initial capitalised word", "Negotiators met again. Yesterday the talks stalled."],
    ["months and weekdays", "In May the talks resumed, and on Monday and Friday August they stalled."],
    ["a title without a name", "The Secretary of State said the Prime Minister would travel."],
    ["a title across sentences", "He spoke to the Police Chief\n\nWoodburn Police Chief offices closed."],
    ["an institution named after a person", "She checked into the Betty Ford Center in California."],
    ["a sports team", "The Boston Red Sox offered more. The Red Sox offer was large."],
    ["a team after a city prefix", "San Diego Chargers defensive players trained."],
    ["a product after a determiner", "He drove a gray 2013 Toyota Camry and bought a new MacBook Pro."],
    ["a company with a corporate suffix", "Interoute Plc said the cables were cut."],
    ["a headline in title case", "Bomb Explodes At Bank Branch\n\nThe blast damaged the building."],
    ["a capital used as a place", "Talks in Doha and Cairo continued."],
    ["a registry name", "Hamas, Hezbollah and the Houthis welcomed it. Al Jazeera reported it."],
    ["a place prefix", "Santa Monica and New Orleans were hit."],
    ["a title then a common word", "Surgeon General Today announced it. Actress Dies Aged 91."],
    ["a town after a locative", "Families sheltered in the ruins of Beit Hanoun, and near Kafr Qasim."],
    [
      "a name qualifying a thing",
      "The Nixon administration and the Genovese crime family met at Harry Winston jewellers.",
    ],
    ["a company's branch in a state", "Vodafone Egypt said service had resumed."],
    ["a business noun before a name", "Thieves raided jeweler Harry Winston, and the bank Goldman Sachs said so."],
    ["a word with an inner capital", "AMD bought the server startups SeaMicro Calxeda and Xeon CPUs."],
    ["continents and regions", "Traffic between Europe and the Middle East fell, and Western Europe was cut off."],
    ["an institution's name without its head", "She left the Betty Ford Center. Betty Ford, she said, was quiet."],
    ["a place prefix in capitals", "SAN Diego Chargers receivers trained."],
    ["no text", ""],
    [
      "weekdays opening sentences",
      "Thursday brought no news. However, Monday was quieter. Friday prayers were cut short.",
    ],
    ["a month and a title-case word", "In September, talks resumed. March organizers said Hope would prevail."],
    ["a newspaper name", "Sunday Times reporters wrote that the border stayed shut."],
    ["a verb clause after a comma is no role", "The envoys arrived, received the letter and left."],
  ])("%s", (_label, text) => {
    expect(persons(text)).toEqual([]);
  });

  it("does not read a fragment across a title (no 'State Marco')", () => {
    expect(persons("Secretary of State Marco Rubio spoke.")).toEqual(["Marco Rubio"]);
  });

  it("does not read a state inside a title run as part of the name", () => {
    expect(persons("Deputy U.S. Trade Representative Owen Marsh spoke.")).toEqual(["Owen Marsh"]);
  });

  it("finds nothing at all in plain prose", () => {
    expect(analyse("It rained all afternoon and nobody came to the meeting.").mentions).toEqual([]);
  });
});
