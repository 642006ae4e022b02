import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("findEvents: a complaint in a reporting tail is about the clause it reports", () => {
  it("aims a protest in words at the reported clause's subject", () => {
    expect(
      coded(
        "Croatian authorities are failing to uphold the property rights of refugees, Amnesty International protested here Wednesday.",
      ),
    ).toEqual(["110 org:amnesty-international>country:HRV"]);
  });
  it("aims a complaint at the reported clause's subject", () => {
    expect(coded("Israel is expanding settlements, Egypt complained on Monday.")).toEqual([
      "114 country:EGY>country:ISR",
    ]);
  });
  it("keeps the addressee of a complaint with words of its own", () => {
    expect(coded("Israel is expanding settlements, Egypt complained to the UN on Monday.")).not.toContain(
      "114 country:EGY>country:ISR",
    );
  });
  it("keeps a demonstration that is no reporting tail", () => {
    expect(coded("Croatia raised prices, and students protested in the capital.")[0]).toMatch(/^14/);
  });
});
