import { describe, expect, it } from "vitest";
import { magnitudeClaims } from "./magnitudes.js";
import { testArticle } from "./testArticle.js";

describe("magnitudeClaims", () => {
  it("reads the magnitude of the story's earthquake", () => {
    const a = testArticle({ id: "a", text: "A magnitude 6.8 earthquake struck southern Peru on Wednesday." });
    const b = testArticle({ id: "b", text: "The institute measured the quake at magnitude 7.0 on Wednesday." });
    expect(magnitudeClaims(a).map((c) => [c.quantity, c.figure])).toEqual([[6.8, "magnitude 6.8"]]);
    expect(magnitudeClaims(b).map((c) => c.quantity)).toEqual([7]);
  });

  it("reads none from aftershocks, earlier quakes, or an article giving two magnitudes", () => {
    const after = testArticle({ id: "a", text: "A magnitude 5.1 aftershock shook the quake zone." });
    const earlier = testArticle({ id: "b", text: "A magnitude 8.0 earthquake killed 500 people in 2007." });
    const two = testArticle({
      id: "c",
      text: "A magnitude 6.8 quake struck. Another agency put the quake at magnitude 7.0.",
    });
    const noQuake = testArticle({ id: "d", text: "The scandal grew in magnitude 3 times over." });
    expect([after, earlier, two, noQuake].flatMap(magnitudeClaims)).toEqual([]);
  });
});
