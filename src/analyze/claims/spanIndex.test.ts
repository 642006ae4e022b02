import { describe, expect, it } from "vitest";
import { SpanIndex } from "./spanIndex.js";

const spans = [
  { start: 30, end: 34 },
  { start: 0, end: 50 },
  { start: 10, end: 12 },
];

describe("SpanIndex", () => {
  it("finds an overlap with a long span that starts early, whatever the input order", () => {
    const index = new SpanIndex(spans);
    expect(index.overlapsAny({ start: 45, end: 46 })).toBe(true);
    expect(index.overlapsAny({ start: 50, end: 60 })).toBe(false);
    expect(new SpanIndex([{ start: 10, end: 12 }]).overlapsAny({ start: 12, end: 20 })).toBe(false);
    expect(new SpanIndex([{ start: 10, end: 12 }]).overlapsAny({ start: 5, end: 11 })).toBe(true);
    expect(new SpanIndex([]).overlapsAny({ start: 0, end: 1 })).toBe(false);
  });

  it("lists the spans starting inside a span, in order of start", () => {
    expect(new SpanIndex(spans).startingIn({ start: 5, end: 31 })).toEqual([
      { start: 10, end: 12 },
      { start: 30, end: 34 },
    ]);
    expect(new SpanIndex(spans).startingIn({ start: 51, end: 90 })).toEqual([]);
  });
});
