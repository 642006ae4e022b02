import { describe, expect, it } from "vitest";
import { copySimilarity, publishedBefore } from "./copyPolicy.js";
import { shingleHashes } from "./shingles.js";
import { riverFlood } from "./testTexts.js";

const similarity = (a: string, b: string) => copySimilarity(shingleHashes(a), shingleHashes(b));

describe("copySimilarity", () => {
  it("links a republished, an edited and a trimmed copy of a wire story", () => {
    expect(similarity(riverFlood.original, riverFlood.republished)).toBe(1);
    expect(similarity(riverFlood.original, riverFlood.trimmed)).toBe(1);
    expect(similarity(riverFlood.editedCopy, riverFlood.original)).toBeGreaterThan(0.9);
  });

  it("does not link another outlet's report of the same event, though it shares quotes", () => {
    expect(similarity(riverFlood.original, riverFlood.otherOutlet)).toBeNull();
  });

  it("does not link a short excerpt or a one-line brief", () => {
    const firstParagraph = riverFlood.original.split("\n\n")[0] ?? "";
    expect(similarity(firstParagraph, riverFlood.original)).toBeNull();
    expect(similarity("Flood forces 3,000 from homes.", "Flood forces 3,000 from homes.")).toBeNull();
  });
});

describe("publishedBefore", () => {
  it("compares instants, and bare dates by calendar day", () => {
    expect(publishedBefore("2024-11-04T08:00:00Z", "2024-11-04T09:00:00Z")).toBe(true);
    expect(publishedBefore("2024-11-04T09:00:00+02:00", "2024-11-04T08:00:00Z")).toBe(true);
    expect(publishedBefore("2024-11-03", "2024-11-04T00:30:00Z")).toBe(true);
    expect(publishedBefore("2024-11-04", "2024-11-04T09:00:00Z")).toBe(false);
    expect(publishedBefore("2024-11-04T09:00:00Z", "2024-11-04")).toBe(false);
  });
  it("never calls an unknown or unreadable date earlier", () => {
    expect(publishedBefore(null, "2024-11-04")).toBe(false);
    expect(publishedBefore("2024-11-04", null)).toBe(false);
    expect(publishedBefore("last Tuesday", "2024-11-04")).toBe(false);
  });
});
