import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupAddress, LookupOptions } from "node:dns";
import ipaddr from "ipaddr.js";

/** Decides whether an IP address may be connected to: null when it may, else why not ("10.0.0.5 is a private address"). */
export type AddressPolicy = (address: string) => string | null;

/** Resolves a host name to every address it has (the default is the system resolver, as `http.request` uses). */
export type Resolve = (hostname: string) => Promise<readonly LookupAddress[]>;

/** The `lookup` option of `http.request` / `net.connect`. */
export type Lookup = (
  hostname: string,
  options: LookupOptions,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

/** ipaddr.js range names, as words for a message. */
const RANGE_WORDS: Readonly<Record<string, string>> = {
  unspecified: "an unspecified",
  broadcast: "a broadcast",
  multicast: "a multicast",
  linkLocal: "a link-local",
  loopback: "a loopback",
  carrierGradeNat: "a carrier-grade NAT",
  private: "a private",
  uniqueLocal: "a unique-local (private)",
  ipv4Mapped: "an IPv4-mapped",
  reserved: "a reserved",
};

/**
 * The default policy: only globally routable unicast addresses. Refuses loopback, private (10/8, 172.16/12,
 * 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10, which holds cloud metadata services), 0.0.0.0/8, ::,
 * carrier-grade NAT (100.64/10), multicast, reserved and documentation ranges, and IPv6 forms that embed an IPv4
 * address (::ffff:10.0.0.1 is judged as 10.0.0.1; 6to4, Teredo and NAT64 are refused outright).
 *
 * @example publicOnly("169.254.169.254") // "169.254.169.254 is a link-local address"
 * @example publicOnly("93.184.216.34") // null
 */
export const publicOnly: AddressPolicy = (address) => {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  // process() turns ::ffff:a.b.c.d into a.b.c.d, so the IPv4 ranges apply to it.
  const range = ipaddr.process(address).range();
  if (range === "unicast") return null;
  return `${address} is ${RANGE_WORDS[range] ?? `a special-purpose (${range})`} address`;
};

/** The system resolver, every address, in the order the system gives. */
export const systemResolve: Resolve = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Raised when a host resolves to an address the policy refuses; carries the policy's reason. */
export class RefusedAddressError extends Error {
  override readonly name = "RefusedAddressError";
}

/**
 * A `lookup` for `http.request` that resolves the host, checks EVERY address against the policy and refuses the
 * connection if any one is refused (so a name with one public and one private address cannot be used to reach the
 * private one). The socket connects to a checked address, so a DNS answer that changes between check and connect
 * (rebinding) cannot slip through.
 *
 * @example http.request(url, { lookup: guardedLookup(publicOnly, systemResolve) })
 */
export function guardedLookup(policy: AddressPolicy, resolve: Resolve): Lookup {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const refused = addresses.map((a) => policy(a.address)).find((reason) => reason !== null);
        if (refused !== undefined)
          return callback(new RefusedAddressError(`${hostname} resolves to a refused address: ${refused}`), "");
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = addresses.filter((a) => wanted === 0 || a.family === wanted);
        const first = usable[0];
        if (first === undefined) {
          const error: NodeJS.ErrnoException = new Error(`${hostname} has no usable address`);
          error.code = "ENOTFOUND";
          return callback(error, "");
        }
        if (options.all === true) return callback(null, [...usable]);
        return callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), ""),
    );
  };
}

/**
 * The IP address a URL host is written as (`127.0.0.1`, `[::1]` → `::1`), or null for a host name. Such hosts are
 * connected to without a lookup, so the guard checks them before the request.
 */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return ipaddr.IPv4.isValidFourPartDecimal(bare) || ipaddr.IPv6.isValid(bare) ? bare : null;
}
