/**
 * Word shingles of a text as 32-bit hashes: the common ground of near-duplicate detection (SimHash, MinHash) and of
 * the exact containment check that confirms a copy.
 */

/**
 * A word: letters, marks and digits, with inner apostrophes ("don't"). Scripts written without spaces (Chinese,
 * Japanese, Thai, Lao, Khmer, Myanmar) give one token per character, so their shingles are character 3-grams.
 */
const tokenPattern =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]|[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*/gu;

/** Typographic apostrophes, folded to `'` so "don’t" and "don't" are one token. */
const apostrophePattern = /[’‘ʼ`´]/g;

/** Murmur3's 32-bit finaliser: a fast bijective mix, so distinct inputs stay distinct. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units, mixed. */
function hashToken(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    h ^= token.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/**
 * Normalised word tokens: NFKC, lower case, apostrophes folded, punctuation dropped.
 *
 * @example tokenize("The U.N. said, “don’t.”") // ["the", "u", "n", "said", "don't"]
 */
export function tokenize(text: string): string[] {
  const normalised = text.normalize("NFKC").toLowerCase().replace(apostrophePattern, "'");
  return normalised.match(tokenPattern) ?? [];
}

/**
 * The distinct hashes of the text's word `size`-grams (3 by default), sorted ascending. A text shorter than
 * `size` words gives one shingle of all its words; an empty text gives none.
 *
 * @example shingleHashes("the river burst its banks").length // 3
 */
export function shingleHashes(text: string, size = 3): Uint32Array {
  const tokens = tokenize(text).map(hashToken);
  const n = Math.min(size, tokens.length);
  if (n === 0) return new Uint32Array(0);
  const hashes = new Uint32Array(tokens.length - n + 1);
  for (let i = 0; i + n <= tokens.length; i++) {
    let h = 0x9e3779b9 ^ n;
    // Nested mixing keeps word order: "a b c" and "c b a" differ.
    for (let j = 0; j < n; j++) h = fmix32(h ^ (tokens[i + j] ?? 0));
    hashes[i] = h;
  }
  hashes.sort();
  return unique(hashes);
}

function unique(sorted: Uint32Array): Uint32Array {
  let w = 0;
  for (let r = 0; r < sorted.length; r++) {
    if (r === 0 || sorted[r] !== sorted[w - 1]) sorted[w++] = sorted[r] ?? 0;
  }
  return sorted.subarray(0, w);
}

/** Size of the intersection of two sorted, distinct hash sets. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/**
 * How much of the smaller set lies in the larger one (0–1): 1 for a copy with a disclaimer appended, or a wire story
 * trimmed at the end. Empty sets contain nothing: 0.
 */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  return smaller === 0 ? 0 : intersectionSize(a, b) / smaller;
}

/** |A ∩ B| / |A ∪ B| (0–1); 0 when both are empty. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const shared = intersectionSize(a, b);
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}
