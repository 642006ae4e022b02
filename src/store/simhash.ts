import { fmix32 } from "./shingles.js";

/**
 * 64-bit SimHash (Charikar) of a set of shingle hashes: each bit is the majority vote of that bit over the
 * shingles' 64-bit hashes, so texts sharing most shingles differ in few bits. The Hamming distance between two
 * SimHashes estimates the angle between the texts' shingle vectors: P(bit differs) = θ/π.
 *
 * Cheap to store (8 bytes) and compare; story clustering reuses it. Near-duplicate lookup in the store uses MinHash
 * bands instead (see minhash.ts): for a copy holding 80% of its original's shingles a SimHash differs in ~9 of 64
 * bits on average, past the reach of a 4×16-bit band index.
 *
 * @example simhash64(shingleHashes(text)) // 0x9f3a…n
 */
export function simhash64(shingles: Uint32Array): bigint {
  const votes = new Int32Array(64);
  for (const s of shingles) {
    // Two independent 32-bit halves from one 32-bit shingle hash.
    const lo = fmix32(s ^ 0x5bd1e995);
    const hi = fmix32(s ^ 0x27d4eb2f);
    for (let bit = 0; bit < 32; bit++) {
      votes[bit] = (votes[bit] ?? 0) + ((lo >>> bit) & 1 ? 1 : -1);
      votes[bit + 32] = (votes[bit + 32] ?? 0) + ((hi >>> bit) & 1 ? 1 : -1);
    }
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((votes[bit] ?? 0) > 0) lo |= 1 << bit;
    if ((votes[bit + 32] ?? 0) > 0) hi |= 1 << bit;
  }
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

/** Number of differing bits between two 64-bit SimHashes (0–64). */
export function hammingDistance(a: bigint, b: bigint): number {
  let x = BigInt.asUintN(64, a ^ b);
  let count = 0;
  while (x !== 0n) {
    x &= x - 1n;
    count++;
  }
  return count;
}

/** The SimHash as 16 lower-case hex digits, the form the store keeps. */
export function simhashToHex(hash: bigint): string {
  return BigInt.asUintN(64, hash).toString(16).padStart(16, "0");
}

/** Reads a SimHash written by `simhashToHex`; throws on anything else (a corrupt row). */
export function simhashFromHex(hex: string): bigint {
  if (!/^[0-9a-f]{16}$/.test(hex)) throw new Error(`not a 64-bit SimHash in hex: "${hex}"`);
  return BigInt(`0x${hex}`);
}
