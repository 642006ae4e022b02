import { describe, expect, it } from "vitest";
import { guardedLookup, literalAddress, publicOnly } from "./ssrfGuard.js";

describe("publicOnly", () => {
  it.each([
    "127.0.0.1",
    "127.255.255.254",
    "::1",
    "0.0.0.0",
    "::",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.0.1",
    "169.254.169.254",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "100.64.0.1",
    "224.0.0.1",
    "255.255.255.255",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "2002:7f00:1::", // 6to4 wrapping 127.0.0.1
    "64:ff9b::a00:1", // NAT64 wrapping 10.0.0.1
    "192.0.2.1",
    "not-an-ip",
  ])("refuses %s", (address) => {
    expect(publicOnly(address)).toMatch(/ is (a|an|not an) .*address$/);
  });

  it.each(["93.184.216.34", "8.8.8.8", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:93.184.216.34"])(
    "allows %s",
    (address) => {
      expect(publicOnly(address)).toBeNull();
    },
  );
});

describe("literalAddress", () => {
  it("reads IP literals as a URL spells them, and nothing else", () => {
    expect(literalAddress("127.0.0.1")).toBe("127.0.0.1");
    expect(literalAddress("[::1]")).toBe("::1");
    expect(literalAddress(new URL("http://0x7f000001/").hostname)).toBe("127.0.0.1");
    expect(literalAddress("example.org")).toBeNull();
    expect(literalAddress("localhost")).toBeNull();
  });
});

describe("guardedLookup", () => {
  const lookupWith = (addresses: { address: string; family: number }[]) =>
    guardedLookup(publicOnly, async () => addresses);

  it("answers every address, or the first, as net.connect asks", async () => {
    const lookup = lookupWith([
      { address: "93.184.216.34", family: 4 },
      { address: "2606:2800:220:1:248:1893:25c8:1946", family: 6 },
    ]);
    const all = await new Promise((resolve) => lookup("example.org", { all: true }, (_e, a) => resolve(a)));
    expect(all).toHaveLength(2);
    const one = await new Promise((resolve) => lookup("example.org", { family: 6 }, (_e, a, f) => resolve([a, f])));
    expect(one).toEqual(["2606:2800:220:1:248:1893:25c8:1946", 6]);
  });

  it("fails when any address is refused", async () => {
    const lookup = lookupWith([
      { address: "93.184.216.34", family: 4 },
      { address: "::1", family: 6 },
    ]);
    const error = await new Promise((resolve) => lookup("two.example", { all: true }, (e) => resolve(e)));
    expect(String(error)).toBe(
      "RefusedAddressError: two.example resolves to a refused address: ::1 is a loopback address",
    );
  });
});
