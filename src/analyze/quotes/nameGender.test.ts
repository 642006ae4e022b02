import { describe, expect, it } from "vitest";
import { givenNameGender, isCommonWord, isGivenName } from "./nameGender.js";

describe("givenNameGender", () => {
  it("reads the gender of a given name one list holds", () => {
    expect(givenNameGender("Loretta")).toBe("she");
    expect(givenNameGender("Gary")).toBe("he");
  });
  it("settles names both lists hold (or neither) that news uses for one sex", () => {
    expect(givenNameGender("Hillary")).toBe("she");
    expect(givenNameGender("Bill")).toBe("he");
    expect(givenNameGender("Donald")).toBe("he");
  });
  it("leaves names of either sex and unknown names without a gender", () => {
    expect(givenNameGender("Jordan")).toBeNull();
    expect(givenNameGender("Kofi")).toBeNull();
    expect(givenNameGender("Clinton")).toBeNull();
  });
});

describe("isGivenName and isCommonWord", () => {
  it("tell given names and English words", () => {
    expect(isGivenName("Marshall")).toBe(true);
    expect(isGivenName("Street")).toBe(false);
    expect(isCommonWord("City")).toBe(true);
    expect(isCommonWord("Annan")).toBe(false);
  });
});
