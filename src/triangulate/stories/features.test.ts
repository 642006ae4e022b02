import { describe, expect, it } from "vitest";
import { documentFeatures } from "./features.js";

const doc = (title: string, text: string) => ({ id: "d", published: null, title, text });

describe("documentFeatures", () => {
  it("keeps stemmed content words and multi-word names, drops stop words and bare numbers", () => {
    const f = documentFeatures(doc("", "Tax cuts, Paul Ryan said: the 2012 budget slashes programs."));
    expect(f.has("e:paul_ryan")).toBe(true);
    expect(f.has("e:tax_cut")).toBe(false);
    expect(f.has("slash")).toBe(true);
    expect(f.has("program")).toBe(true);
    expect(f.has("said")).toBe(false);
    expect(f.has("the")).toBe(false);
    expect(f.has("2012")).toBe(false);
  });

  it("ends a name at punctuation and takes no names from Title Case headlines", () => {
    const f = documentFeatures(
      doc("Bull Market Rivals Nineties At Half Valuation", "He met Obama. Congress adjourned."),
    );
    expect([...f.keys()].filter((k) => k.startsWith("e:"))).toEqual([]);
  });

  it("weighs title words above body words", () => {
    const f = documentFeatures(doc("Flood", "Drought."));
    expect(f.get("flood")).toBeGreaterThan(f.get("drought") ?? 0);
  });

  it("adds actor, place, event and quote features when the analysis provides them", () => {
    const f = documentFeatures({
      ...doc("", ""),
      actors: ["person:marco-rubio"],
      places: ["Doha"],
      events: [{ source: "USA", target: "QAT", code: "042", date: "2025-01-02T10:00:00Z" }],
      quotes: ["we will not accept any deal that leaves hostages behind"],
    });
    expect(f.has("a:person:marco-rubio")).toBe(true);
    expect(f.has("p:doha")).toBe(true);
    expect(f.has("v:04:USA>QAT")).toBe(true);
    expect(f.has("v:04:USA>QAT@2025-01-02")).toBe(true);
    expect([...f.keys()].some((k) => k.startsWith("q:"))).toBe(true);
  });

  it("never throws on odd text", () => {
    expect(() => documentFeatures(doc("\u0000", "’’ -- ... \n\n\n 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀"))).not.toThrow();
  });
});
