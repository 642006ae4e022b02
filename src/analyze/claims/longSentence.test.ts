import { describe, expect, it } from "vitest";
import { findClaims, SENTENCE_REACH } from "./findClaims.js";

/** Words with no sentence end, as a page without punctuation or a table of numbers gives. */
const filler = (size: number): string =>
  "and the crowd kept on waiting there ".repeat(Math.ceil(size / 36)).slice(0, size);

describe("findClaims in a sentence without end", () => {
  it("reads each figure's own stretch of a huge sentence: its attribution and what it counts", () => {
    const far = `${filler(5 * SENTENCE_REACH)}, the port authority said 1,200 dockers walked out, ${filler(5 * SENTENCE_REACH)}`;
    const [claim] = findClaims(far, { published: "2024-03-05" });
    const [alone] = findClaims("the port authority said 1,200 dockers walked out", { published: "2024-03-05" });
    expect(alone).toBeDefined();
    expect(claim?.quantity).toBe(1200);
    expect(claim?.attributedTo).toBe(alone?.attributedTo);
    expect(claim?.what).toBe(alone?.what);
  });

  it("leaves a sentence within reach as it is", () => {
    const text = `Officials said 40 trucks crossed on Tuesday; ${filler(SENTENCE_REACH / 2)} 12 more were turned back.`;
    const claims = findClaims(text, { published: "2024-03-05" });
    expect(claims.map((c) => c.quantity)).toContain(40);
    expect(claims.find((c) => c.quantity === 40)?.attributedTo).toBe("Officials");
  });
});
