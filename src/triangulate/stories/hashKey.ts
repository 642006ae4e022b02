/**
 * A 32-bit hash of a feature key (FNV-1a, then Murmur3's finaliser to spread the bits). Features are kept as hashes
 * so the frequency tables and posting lists hold numbers, not strings; with a million distinct features about a
 * hundred pairs collide, which changes no similarity measurably.
 *
 * @example hashKey("e:paul_ryan") // 32-bit unsigned integer
 */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
