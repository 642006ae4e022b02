import { copyThresholds } from "./copyPolicy.js";
import { bandKeys, minhashSignature } from "./minhash.js";
import { shingleHashes } from "./shingles.js";
import { simhash64 } from "./simhash.js";

/** What a store keeps of a text to find its near-duplicates. */
export interface Fingerprint {
  /** Distinct 3-word shingle hashes, sorted. */
  shingles: Uint32Array;
  simhash: bigint;
  /** MinHash LSH band keys; empty for texts too short to link as copies. */
  bandKeys: number[];
}

/**
 * Shingles, SimHash and LSH band keys of an article's clean text.
 *
 * @example fingerprint(article.text).bandKeys.length // 24
 */
export function fingerprint(text: string): Fingerprint {
  const shingles = shingleHashes(text);
  return {
    shingles,
    simhash: simhash64(shingles),
    bandKeys: bandKeys(minhashSignature(shingles), shingles.length, copyThresholds.minShingles),
  };
}
