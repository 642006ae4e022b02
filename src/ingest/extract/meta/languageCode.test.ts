import { describe, expect, it } from "vitest";
import { languageCode } from "./languageCode.js";

describe("languageCode", () => {
  it.each([
    ["en", "en"],
    ["en-US", "en"],
    ["en_GB", "en"],
    ["EN", "en"],
    ["zh-Hans-CN", "zh"],
    ["deu", "de"],
    ["iw", "he"],
    ["de, en", "de"],
  ])("%s → %s", (tag, code) => expect(languageCode(tag)).toBe(code));

  it.each(["", "x-default", "english", "zz", "fil-PH", "12"])("no ISO 639-1 code for %j", (tag) => {
    expect(languageCode(tag)).toBeNull();
  });
});
