import { describe, expect, it } from "vitest";
import { findDateline } from "./findDateline.js";

const rest = "The talks resumed on Monday.";

describe("findDateline", () => {
  it.each([
    ["WASHINGTON, United States (MNTV) – ", "WASHINGTON", "MNTV"],
    ["GAZA CITY, Oct 7 (Reuters) - ", "GAZA CITY", "Reuters"],
    ["JERUSALEM — ", "JERUSALEM", null],
    ["KHARTOUM: ", "KHARTOUM", null],
    ["ST. LOUIS (AP) — ", "ST. LOUIS", "AP"],
    ["Beirut, Lebanon (CNN) — ", "Beirut", "CNN"],
    ["Cairo, March 3 - ", "Cairo", null],
    ["(Reuters) - ", null, "Reuters"],
  ])("%s", (prefix, dateline, outlet) => {
    const found = findDateline(prefix + rest);
    expect(found).toEqual({ dateline, outlet, prefix: prefix.trimEnd(), rest });
  });

  it.each([
    "NATO — the alliance said on Monday it would meet.",
    "BREAKING: The meeting will be held on Monday.",
    "Trump, Netanyahu — the two leaders met on Monday.",
    "Hamas — the group that runs Gaza — said it would reply.",
    "The talks resumed on Monday - officials said.",
    "JERUSALEM — ",
  ])("no dateline in: %s", (text) => {
    expect(findDateline(text)).toBeNull();
  });
});
