import { fmix32 } from "./shingles.js";

/**
 * MinHash LSH parameters. Two texts with shingle Jaccard J share at least one band with probability
 * 1 − (1 − J^rows)^bands: with 24 bands of 3 rows, 1.00 at J = 0.8, 0.96 at J = 0.5, 0.79 at J = 0.4, 0.03 at
 * J = 0.1. A copy with a disclaimer appended (J ≈ 0.9) or a wire story trimmed to half its length (J ≈ 0.5) is
 * found; a different report of the same event (J ≈ 0.02–0.1) rarely comes up, and when it does the containment
 * check rejects it. Changing these needs a migration that rebuilds the band index.
 */
export const lshBands = 24;
export const lshRows = 3;

/** One seed per MinHash function: a fixed, documented sequence, so signatures are stable across runs. */
const seeds = Uint32Array.from({ length: lshBands * lshRows }, (_, i) => fmix32(0x2545f491 + i * 0x9e3779b9));

/**
 * The MinHash signature of a shingle set: for each of `lshBands × lshRows` hash functions, the least hash over the
 * set. Two signatures agree at a position with probability equal to the sets' Jaccard similarity.
 * An empty set gives an all-0xffffffff signature, which `bandKeys` never indexes.
 */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const k = seeds.length;
  const signature = new Uint32Array(k).fill(0xffffffff);
  const n = shingles.length;
  // Hot loop (k × shingles per article): fmix32 inlined on plain indexed typed-array reads.
  for (let j = 0; j < n; j++) {
    const s = shingles[j] as number;
    for (let i = 0; i < k; i++) {
      let h = s ^ (seeds[i] as number);
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < (signature[i] as number)) signature[i] = h;
    }
  }
  return signature;
}

/** 2^44: band keys keep 44 bits of hash and the band number above them, well inside a safe integer. */
const bandShift = 2 ** 44;

/**
 * The LSH keys of a signature, one per band: the band number and a 44-bit hash of that band's rows. Texts that
 * share a key are candidate near-duplicates. Returns no keys for texts with fewer than `minShingles` shingles,
 * whose signatures are too noisy to index.
 *
 * @example bandKeys(minhashSignature(shingleHashes(text)), shingles.length)
 */
export function bandKeys(signature: Uint32Array, shingleCount: number, minShingles = 1): number[] {
  if (shingleCount < minShingles || shingleCount === 0) return [];
  const keys: number[] = [];
  for (let band = 0; band < lshBands; band++) {
    let h1 = fmix32(0x68e31da4 ^ band);
    let h2 = fmix32(0xb5297a4d ^ band);
    for (let row = 0; row < lshRows; row++) {
      const value = signature[band * lshRows + row] ?? 0;
      h1 = fmix32(h1 ^ value);
      h2 = fmix32(h2 ^ fmix32(value ^ 0x1b56c4e9));
    }
    keys.push(band * bandShift + h1 * 4096 + (h2 & 0xfff));
  }
  return keys;
}
