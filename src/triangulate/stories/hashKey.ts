/**
 * A 32-bit hash of a feature key (FNV-1a, then Murmur3's finaliser to spread the bits). Features are kept as hashes
 * so the frequency tables and posting lists hold numbers, not strings; with a million distinct features about a
 * hundred pairs collide, which changes no similarity measurably.
 *
 * @example hashKey("e:paul_ryan") // 32-bit unsigned integer
 */
export function hashKey(key: string): number {
  return finish(fnv(FNV_OFFSET, key));
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const ZERO = 48;

function fnv(state: number, text: string): number {
  let h = state;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** Outlet names → FNV state after `${outlet}\u0000`, so the per-feature keys below skip re-hashing the name. */
const prefixStates = new Map<string, number>();
const PREFIX_CACHE_LIMIT = 10_000;
const digits = new Uint8Array(10);

/**
 * `hashKey(`${prefix}\u0000${n}`)` for a 32-bit unsigned `n`, without building the string: term statistics key
 * every feature of every document by outlet this way.
 *
 * @example hashKeyOfPair("bbc.co.uk", 42) === hashKey("bbc.co.uk\u000042") // true
 */
export function hashKeyOfPair(prefix: string, n: number): number {
  let h = prefixStates.get(prefix);
  if (h === undefined) {
    h = fnv(FNV_OFFSET, `${prefix}\u0000`);
    if (prefixStates.size >= PREFIX_CACHE_LIMIT) prefixStates.clear();
    prefixStates.set(prefix, h);
  }
  let count = 0;
  let rest = n >>> 0;
  do {
    digits[count++] = rest % 10;
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  while (count > 0) {
    h ^= ZERO + (digits[--count] as number);
    h = Math.imul(h, FNV_PRIME);
  }
  return finish(h);
}

/** Murmur3's finaliser. */
function finish(state: number): number {
  let h = state;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
