import { describe, expect, it } from "vitest";
import { loadContract } from "./contract.js";

describe("the pinned dossier contract", () => {
  it("is the shared contract, verbatim, whenever the shared one is present", () => {
    const { schema, pinned, path } = loadContract();
    expect(path).toMatch(/dossier\.schema\.json$/);
    expect(pinned).toEqual(schema);
  });
});
