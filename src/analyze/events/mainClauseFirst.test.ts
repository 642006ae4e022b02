import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("findEvents: the main clause's event comes first", () => {
  it("puts a fronted 'when' clause's event after the main clause's", () => {
    expect(coded("When Iraq attacked Kuwait, Egypt sent troops to Saudi Arabia.")).toEqual([
      "154 country:EGY>country:SAU",
      "190 country:IRQ>country:KWT",
    ]);
  });
  it("puts a fronted 'after' clause's event after the main clause's", () => {
    expect(coded("After Iraq attacked Kuwait on Monday, the United Nations condemned Iraq.")[0]).toBe(
      "111 org:united-nations>country:IRQ",
    );
  });
  it("keeps the order when the subordinate clause comes last", () => {
    expect(coded("Egypt sent troops to Saudi Arabia when Iraq attacked Kuwait.")[0]).toBe(
      "154 country:EGY>country:SAU",
    );
  });
  it("keeps the order with a fronted clause and no event after it", () => {
    expect(coded("When Iraq attacked Kuwait, nobody was ready.")[0]).toBe("190 country:IRQ>country:KWT");
  });
  it("joins no subject across the comma that closes a fronted clause", () => {
    expect(coded("When Iraq attacked Kuwait, Egypt sent troops to Saudi Arabia.")).not.toContain(
      "154 country:KWT>country:SAU",
    );
  });
});
