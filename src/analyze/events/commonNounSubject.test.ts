import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

describe("findEvents: a subordinate clause with a common-noun subject", () => {
  it("gives no earlier actor as the source", () => {
    const events = coded(
      "Obama warned the bill could cause chaos, as other countries would use the measure to justify curbs on Iran.",
    );
    expect(events.some((e) => e.startsWith("05") && e.includes("barack-obama>"))).toBe(false);
  });
  it.each([
    ["an agent subject", "Israel struck Gaza as militants fired rockets at Israel.", "194 agent:militants"],
    [
      "named actors taken up",
      "Norway and the United States made little headway, although the two sides agreed to keep negotiating.",
      "03",
    ],
  ])("keeps the source with %s", (_case, text, first) => {
    const events = coded(text);
    expect(events.some((e) => e.startsWith(first) && !e.includes(" -"))).toBe(true);
  });
});
