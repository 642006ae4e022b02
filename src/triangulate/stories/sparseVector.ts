/** A unit-length sparse vector: feature hashes sorted ascending, with their weights. */
export interface SparseVector {
  terms: Uint32Array;
  weights: Float32Array;
}

/**
 * The `size` heaviest entries of a weight map, sorted by hash and scaled to unit length.
 *
 * @example topVector(new Map([[7, 3], [2, 4]]), 8) // { terms: [2, 7], weights: [0.8, 0.6] }
 */
export function topVector(weights: Map<number, number>, size: number): SparseVector {
  if (scratchTerms.length < weights.size) growScratch(weights.size);
  let n = 0;
  for (const [t, w] of weights) {
    if (!(w > 0)) continue;
    scratchTerms[n] = t;
    scratchWeights[n] = w;
    n++;
  }
  return topOfScratch(n, size);
}

/**
 * `topVector` over the first `count` entries of parallel arrays (a centroid's sums), in their order.
 *
 * @example topVectorOf(Uint32Array.of(7, 2), Float64Array.of(3, 4), 2, 8) // { terms: [2, 7], weights: [0.8, 0.6] }
 */
export function topVectorOf(terms: Uint32Array, weights: Float64Array, count: number, size: number): SparseVector {
  if (scratchTerms.length < count) growScratch(count);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const w = weights[i] as number;
    if (!(w > 0)) continue;
    scratchTerms[n] = terms[i] as number;
    scratchWeights[n] = w;
    n++;
  }
  return topOfScratch(n, size);
}

function growScratch(n: number): void {
  scratchTerms = new Uint32Array(n * 2);
  scratchWeights = new Float64Array(n * 2);
  scratchOrder = new Int32Array(n * 2);
}

/** The unit vector of the `size` heaviest of the `n` entries in the scratch arrays. */
function topOfScratch(n: number, size: number): SparseVector {
  const terms = scratchTerms;
  const ws = scratchWeights;
  // Heaviest first, ties in entry order (what a stable sort of the entries gives), then the kept ones by hash.
  const order = scratchOrder.subarray(0, n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (ws[b] as number) - (ws[a] as number) || a - b);
  const kept = order.subarray(0, Math.min(n, size)).sort((a, b) => (terms[a] as number) - (terms[b] as number));
  let norm = 0;
  for (const i of kept) norm += (ws[i] as number) * (ws[i] as number);
  norm = Math.sqrt(norm) || 1;
  const vector: SparseVector = { terms: new Uint32Array(kept.length), weights: new Float32Array(kept.length) };
  kept.forEach((i, k) => {
    vector.terms[k] = terms[i] as number;
    vector.weights[k] = (ws[i] as number) / norm;
  });
  return vector;
}

/** Scratch of `topVector`, reused: it runs for every document and every changed story. */
let scratchTerms = new Uint32Array(1024);
let scratchWeights = new Float64Array(1024);
let scratchOrder = new Int32Array(1024);

/** Cosine of two unit vectors: a merge over their sorted terms. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i] as number;
    const y = bt[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** Adds `v` into a running sum (a story centroid), keeping at most `size` entries. */
export function addInto(sum: Map<number, number>, v: SparseVector, size: number): void {
  for (let i = 0; i < v.terms.length; i++) {
    const t = v.terms[i] as number;
    sum.set(t, (sum.get(t) ?? 0) + (v.weights[i] as number));
  }
  if (sum.size > size * 2) {
    const kept = [...sum].sort((a, b) => b[1] - a[1]).slice(0, size);
    sum.clear();
    for (const [t, w] of kept) sum.set(t, w);
  }
}

/** What `overlap` measures: the cosine of two unit vectors and how many terms they share. */
export interface Overlap {
  cos: number;
  shared: number;
}

/**
 * The cosine and the count of shared terms in one merge over the sorted terms, written into `out` (reused by the caller: this runs
 * for every candidate of every add).
 */
export function overlap(a: SparseVector, b: SparseVector, out: Overlap): Overlap {
  let i = 0;
  let j = 0;
  let dot = 0;
  let shared = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i] as number;
    const y = bt[j] as number;
    if (x === y) {
      dot += (a.weights[i++] as number) * (b.weights[j++] as number);
      shared++;
    } else if (x < y) i++;
    else j++;
  }
  out.cos = dot;
  out.shared = shared;
  return out;
}
