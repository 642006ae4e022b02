import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** "called" that names (BASIL, eval/events/precision.ts): no telephone call, no appeal. */
describe("findEvents: a thing called by a name", () => {
  it("a group called by its name codes no call", () => {
    expect(
      coded(
        "Tea party activist Alex Poulter, who co-founded a Kansas City-area group called Political Chips, disputed it.",
      ),
    ).toEqual([]);
  });

  it("what someone called a thing appeals for nothing", () => {
    expect(coded("Trump attacked what he called a witch hunt by Robert Mueller.").some((e) => e.startsWith("02"))).toBe(
      false,
    );
  });

  it("an actor who called another stays a call", () => {
    expect(coded("Netanyahu called Obama on Tuesday.").some((e) => e.startsWith("04"))).toBe(true);
  });

  it("a group that called on another to act stays an appeal", () => {
    expect(coded("The rebel group called on the government to resign.")).toContain(
      "0241 agent:rebels>agent:government",
    );
  });
});
