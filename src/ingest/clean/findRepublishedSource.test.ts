import { describe, expect, it } from "vitest";
import { findRepublishedSource } from "./findRepublishedSource.js";

describe("findRepublishedSource", () => {
  it.each([
    ["This story first appeared on Pacific News Wire and is reproduced with permission.", "Pacific News Wire"],
    ["This article was republished from The Conversation under a Creative Commons licence.", "The Conversation"],
    ["Originally published by the Island Bulletin.", "the Island Bulletin"],
    ["Reprinted with permission from Harbour Media Group.", "Harbour Media Group"],
    ["This report comes from KXQ News", "KXQ News"],
  ])("%s → %s", (line, source) => {
    expect(findRepublishedSource(line)).toBe(source);
  });

  it.each([
    "Disclaimer: This story is auto-generated from a syndicated feed and has not been edited by our staff.",
    "The views expressed in this article are the author's own.",
    "The letter was republished from an archive copy in 1998.",
  ])("names no source: %s", (line) => {
    expect(findRepublishedSource(line)).toBeNull();
  });
});
