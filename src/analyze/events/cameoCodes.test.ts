import { describe, expect, it } from "vitest";
import { loadCameoTable } from "./cameoCodes.js";
import { loadEventDictionary } from "./eventDictionary.js";

const table = loadCameoTable();

describe("CAMEO code table", () => {
  it("scores every code within the Goldstein range", () => {
    for (const code of table.codes) {
      const entry = table.get(code);
      expect(entry?.goldstein).toBeGreaterThanOrEqual(-10);
      expect(entry?.goldstein).toBeLessThanOrEqual(10);
      expect(entry?.label).not.toBe("");
    }
  });

  it("holds every root 01–20 and the sub-codes the issue lists", () => {
    const roots = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0"));
    const sub = [
      "036",
      "040",
      "041",
      "042",
      "043",
      "044",
      "045",
      "046",
      "057",
      "061",
      "062",
      "063",
      "064",
      "071",
      "072",
      "073",
      "074",
      "075",
    ];
    const more = [
      "111",
      "112",
      "120",
      "121",
      "122",
      "123",
      "124",
      "125",
      "130",
      "131",
      "132",
      "133",
      "134",
      "135",
      "136",
      "137",
      "138",
    ];
    const rest = [
      "160",
      "161",
      "162",
      "163",
      "164",
      "165",
      "166",
      "172",
      "173",
      "174",
      "175",
      "180",
      "181",
      "182",
      "183",
      "184",
      "185",
      "186",
    ];
    const last = ["190", "191", "192", "193", "194", "195"];
    for (const code of [...roots, ...sub, ...more, ...rest, ...last]) expect(table.get(code), code).toBeDefined();
  });

  it("uses the standard Goldstein scores", () => {
    const expected: Record<string, number> = {
      "01": 0,
      "036": 4,
      "042": 1.9,
      "043": 2.8,
      "046": 7,
      "057": 8,
      "111": -2,
      "112": -2,
      "138": -7,
      "173": -5,
      "180": -9,
      "190": -10,
      "193": -10,
      "195": -10,
    };
    for (const [code, score] of Object.entries(expected)) expect(table.get(code)?.goldstein, code).toBe(score);
  });

  it("covers every code the dictionary can emit", () => {
    const dictionary = loadEventDictionary();
    for (const patterns of dictionary.patterns.values())
      for (const p of patterns) expect(table.get(p.code), p.source).toBeDefined();
    for (const derive of Object.values(dictionary.derive)) {
      for (const code of derive.values()) if (code !== "=" && code !== "-") expect(table.get(code), code).toBeDefined();
    }
    for (const code of ["040", "042", "043", "044"]) expect(table.get(code)).toBeDefined();
  });

  it("gives quad classes by root", () => {
    expect([
      table.get("010")?.quad,
      table.get("046")?.quad,
      table.get("073")?.quad,
      table.get("112")?.quad,
      table.get("195")?.quad,
    ]).toEqual([0, 1, 2, 3, 4]);
  });
});
