import { describe, expect, it } from "vitest";
import { findByline } from "./findByline.js";

describe("findByline", () => {
  it.each([
    ["By Jane Doe and John Roe, Reuters", "Jane Doe and John Roe", "Reuters"],
    ["Jane Doe – The Daily Star", "Jane Doe", "The Daily Star"],
    ["By Jane Doe | Al Jazeera", "Jane Doe", "Al Jazeera"],
    ["By Jane Doe, Middle East correspondent", "Jane Doe", null],
    ["By Jane Doe in Jerusalem", "Jane Doe", null],
    [
      "By Ahmed al-Masri, Sara Haddad and Tom Roe, Associated Press",
      "Ahmed al-Masri, Sara Haddad and Tom Roe",
      "Associated Press",
    ],
    ["Reporting by Aidan Lewis and Patrick Werr; Editing by Hugh Lawson", "Aidan Lewis and Patrick Werr", null],
    ["Written by Omar Khalil", "Omar Khalil", null],
    ["By Reuters", null, "Reuters"],
    ["By Tomasz Wilk, Senior Energy Writer", "Tomasz Wilk", null],
    ["By Tomasz Wilk and Ana Ruiz, Staff Reporters", "Tomasz Wilk and Ana Ruiz", null],
    ["By Tomasz Wilk · Friday 7 June 2024", "Tomasz Wilk", null],
    ["By Tomasz Wilk | 7 June 2024, 09:15", "Tomasz Wilk", null],
    ["Tomasz Wilk · The Harbour Post", "Tomasz Wilk", "The Harbour Post"],
  ])("%s", (line, byline, outlet) => {
    expect(findByline(line)).toEqual({ byline, outlet });
  });

  it.each([
    "Gaza Truce – What We Know",
    "Hamas - Reuters",
    "By the end of the week, the talks had stalled.",
    "Lebanon elects new president after two-year vacuum",
    "By Monday",
    "Turnout concerns",
  ])("is not a byline: %s", (line) => {
    expect(findByline(line)).toBeNull();
  });
});
