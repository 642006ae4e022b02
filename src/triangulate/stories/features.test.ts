import { describe, expect, it } from "vitest";
import { documentFeatures, slugText } from "./features.js";

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
      events: [
        { source: "USA", target: "QAT", code: "042", date: "2025-01-02T10:00:00Z" },
        { source: "USA", target: null, code: "010", date: null },
      ],
      quotes: ["we will not accept any deal that leaves hostages behind"],
    });
    expect(f.has("a:person:marco-rubio")).toBe(true);
    expect(f.has("p:doha")).toBe(true);
    expect(f.has("v:04:USA>QAT")).toBe(true);
    // Dated and one-sided dyads are near-unique per article: left out (docs/QUALITY.md, analysed ablation).
    expect(f.has("v:04:USA>QAT@2025-01-02")).toBe(false);
    expect(f.has("v:01:USA>-")).toBe(false);
    expect([...f.keys()].some((k) => k.startsWith("q:"))).toBe(true);
  });

  it("never throws on odd text", () => {
    expect(() => documentFeatures(doc("\u0000", "’’ -- ... \n\n\n 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀"))).not.toThrow();
  });

  it("reads the URL slug like a title, and only a slug", () => {
    const f = documentFeatures({ ...doc("", ""), url: "https://news.example/2014/03/mt-gox-files-for-bankruptcy/" });
    expect(f.get("gox")).toBe(3);
    expect(f.has("bankruptci")).toBe(true);
    expect(documentFeatures({ ...doc("", ""), url: "https://news.example/tech-news/1234.html" }).size).toBe(0);
  });
});

describe("slugText", () => {
  it("finds the slug among the path segments", () => {
    expect(slugText("http://x.example/tech/tech-news/Mt-Gox-files-for-US-bankruptcy/articleshow/31804393.cms")).toBe(
      "mt gox files for us bankruptcy",
    );
    expect(slugText("http://x.example/tv/la-et-st-snl-lena-dunham,0,3006797.story")).toBe("la et st snl lena dunham");
    expect(slugText("https://x.example/entry/trump-shutdown-no-deal_us_5c2d3767e4b0407e9087d626")).toBe(
      "trump shutdown no deal us",
    );
    expect(slugText("https://x.example/2014/mh370-search-widens-to-indian-ocean")).toBe(
      "mh370 search widens to indian ocean",
    );
  });

  it("returns nothing for ids, section names and non-URLs", () => {
    expect(slugText("http://online.example/article/BT-CO-20140310-700166.html")).toBe("");
    expect(slugText("http://x.example/tech-news/")).toBe("");
    expect(slugText("not a url")).toBe("");
    expect(slugText(null)).toBe("");
  });
});
